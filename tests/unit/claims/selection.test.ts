import { describe, expect, it } from 'vitest';
import { detectClaims, MIN_CHECKWORTHINESS, scoreSentence } from '../../../lib/claims/detect';
import { findNumbers } from '../../../lib/claims/numbers';

/** One error class of check-worthy selection per case, each from a sentence of that shape (issue 19). */
const score = (text: string, lang = 'en', attributed = false) => scoreSentence({ text, paragraph: 0, start: 0, end: text.length }, attributed, lang);
const kinds = (text: string, lang = 'en') => findNumbers(text, lang).map((n) => `${n.raw}:${n.kind}`);

describe('check-worthy: what a fact-checker picks', () => {
  it.each([
    ['an attributed figure', 'The board said 2.4 million ballots were cast, of which about 310,000 arrived by mail.', 'en'],
    ['a superlative with its source', 'It is the largest data breach ever reported in the country, according to the authority.', 'en'],
    ['a record since records began', 'Interior Minister Samuel Otieno said the rainfall was the heaviest in the region since records began in 1961.', 'en'],
    ['a "the most in a decade" first', 'The federation confirmed last month that three athletes had failed doping tests this year, the most in a decade.', 'en'],
    ['an accusation of fact with no figure', 'Opposition leader Nadia Reyes accused Ashby of misleading parliament.', 'en'],
    ['a German accusation ("warf … vor")', 'Der Fahrgastverband Pro Bahn warf dem Vorstand vor, die Zahlen durch ausgefallene Züge zu schönen.', 'de'],
    ['a Spanish accusation with a figure', 'El Gobierno canario acusó al Ejecutivo central de no cumplir su compromiso de trasladar a 4.000 menores.', 'es'],
    ['a "never happened"-shaped denial', 'Transport Minister Colin Ashby told parliament that his ministry had never received the report.', 'en'],
    ['a denial with a source', 'The defence ministry in Moscow denied striking the town and said its forces had hit a warehouse.', 'en'],
    ['a court ruling with no figure', 'Das Verwaltungsgericht Lindenau hat das Fahrverbot für ältere Dieselautos für rechtswidrig erklärt.', 'de'],
    ['a jury verdict', 'The jury acquitted him on two counts of wire fraud after deliberating for nine hours.', 'en'],
    ['a checkable comparison', 'The minister said the government had created "more jobs in one year than the previous government did in five".', 'en'],
    ['a causal claim with a figure', 'Chief executive Laura Brenner blamed tariffs for $900 million of the loss.', 'en'],
    ['a Portuguese statistic with a scale word', 'Até sábado foram registrados 184 mil casos e 97 mortes confirmadas, segundo a secretaria.', 'pt'],
    ['a Czech superlative', 'Podle mluvčího hasičského záchranného sboru jde o největší lesní požár v historii Česka.', 'cs'],
  ])('%s', (_, text, lang) => {
    expect(score(text, lang).checkworthiness).toBeGreaterThanOrEqual(MIN_CHECKWORTHINESS);
  });
});

describe('check-worthy: what it drops', () => {
  it.each([
    ['an age in Spanish', 'Quesada, de 48 años, fue candidato a alcalde en 2019.', 'es'],
    ['a crowd in a scene', 'Tickets for the meet cost 15 euros and about 4,000 spectators attended.', 'en'],
    ['a phone number', 'Customers can call the helpline at 0800 123 456 from 8 a.m. to 8 p.m.', 'en'],
    ['a duration and an audience', 'Die Verhandlung dauerte knapp drei Stunden; im Saal saßen rund 40 Zuhörer.', 'de'],
    ['a price in passing', 'A cup of coffee in the capital now costs about 3 dollars.', 'en'],
    ['a prediction', 'Analysts expect the result to be certified within two weeks.', 'en'],
    ['an ordinal with an age', 'Okafor, 22, finished third in the 200 metres an hour later.', 'en'],
    ['a German article that is not "die"', 'Ein Sprecher der Stadt sagte, man sei von dem Urteil überrascht und werde die Begründung abwarten.', 'de'],
    ['"correct the record" is not a record', 'Ashby said he would correct the record if he had made a mistake.', 'en'],
    ['a first-time election in a biography', 'Le maire, élu pour la première fois en 2014, se représentera en mars.', 'fr'],
  ])('%s', (_, text, lang) => {
    expect(score(text, lang).checkworthiness).toBeLessThan(MIN_CHECKWORTHINESS);
  });

  it('reads dates, times, ages and durations in Spanish, Portuguese, German, Czech and Russian as descriptive', () => {
    expect(kinds('llegó el 15 de enero a las 11.30 con 180 personas', 'es')).toEqual(['15:date', '11.30:time', '180:count']);
    expect(kinds('Os postos abrem às 7h e a vacina', 'pt')).toEqual(['7:time']);
    expect(kinds('am 15. Januar, seit 20 Jahren', 'de')).toEqual(['15:date', '20:duration']);
    expect(kinds('Hasič Petr Novák, 34, pracuje u sboru', 'cs')).toEqual(['34:age']);
    expect(kinds('слышали взрывы около трёх часов ночи', 'ru')).toEqual(['около трёх:duration']);
    expect(kinds('between the ages of 25 and 54', 'en')).toEqual(['25:age', '54:age']);
  });

  it('finds units and scale words in other languages, and never past the end of the clause', () => {
    const [pt] = findNumbers('foram registrados 184 mil casos', 'pt');
    expect([pt?.value, pt?.unit]).toEqual([184_000, 'cases']);
    const de = findNumbers('Etwa 12.000 Fahrzeuge, 61 Prozent', 'de');
    expect(de.map((n) => n.unit)).toEqual([null, 'percent']);
  });
});

describe('ranking', () => {
  it('prefers the lead between two claims of near equal weight (inverted pyramid)', () => {
    const lead = 'The agency said 100 people were displaced by the floods in the delta region this week.';
    const later = 'The agency said the floods caused $200 million in damage in the delta region this week.';
    const filler = 'Shops opened late.';
    const paragraphs = [lead, filler, filler, filler, filler, filler, filler, later];
    // One claim fits (about 50 words); the later one scores a little higher (a large sum) but the lead wins.
    expect(scoreSentence({ text: later, paragraph: 6, start: 0, end: later.length }, false).checkworthiness).toBeGreaterThan(
      scoreSentence({ text: lead, paragraph: 0, start: 0, end: lead.length }, false).checkworthiness,
    );
    expect(detectClaims(paragraphs, [], 'en').map((c) => c.text)).toEqual([lead]);
  });
});
