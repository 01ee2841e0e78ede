import { describe, expect, it } from 'vitest';
import { findAttributions, type FoundAttribution } from '../../../lib/attribution';

const find = (paragraphs: string[], lang: string | null = 'en') => findAttributions(paragraphs, lang);
const only = (found: FoundAttribution[]) => {
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('direct quotations', () => {
  it('reads `"...," Name said` with a title before the name', () => {
    const a = only(find(['"We will rebuild the bridge," Mayor Jane Holloway said.']));
    expect(a).toMatchObject({ speaker: 'Jane Holloway', role: 'Mayor', kind: 'named', mode: 'direct', cue: 'said', text: 'We will rebuild the bridge' });
  });

  it('reads an inverted cue with an appositive role and its affiliation', () => {
    const a = only(find(['“Prices will keep rising,” said Tomas Reyes, a senior fellow at the Hamilton Institute.']));
    expect(a.speaker).toBe('Tomas Reyes');
    expect(a.role).toBe('a senior fellow at the Hamilton Institute');
    expect(a.affiliation).toBe('Hamilton Institute');
  });

  it('gives the character span of the quotation inside the paragraph', () => {
    const text = 'The mayor spoke late. “Nothing is decided,” Jane Holloway said.';
    const a = only(find([text]));
    expect(text.slice(a.start, a.end)).toBe('Nothing is decided');
  });

  it('continues a quotation across paragraphs (no closing mark until the last)', () => {
    const found = find(['“The first part is simple,” said Karen Lodge, the chief executive. “We hire engineers.', '“Then we build the terminal.”']);
    const last = found.filter((a) => a.paragraph === 1);
    expect(last.map((a) => [a.speaker, a.mode, a.text])).toEqual([['Karen Lodge', 'direct', 'Then we build the terminal.']]);
  });

  it('attributes a quotation that opens a paragraph to the sentence after it', () => {
    const found = find(['Paul Ostrander runs the port.', '“Nobody saw this coming.” Ostrander said later.']);
    const quote = found.find((a) => a.mode === 'direct');
    expect(quote).toMatchObject({ speaker: 'Paul Ostrander', text: 'Nobody saw this coming.' });
  });

  it('reads a colon before a quotation', () => {
    const a = only(find(['Karen Lodge added: “We are not going anywhere.”']));
    expect(a).toMatchObject({ speaker: 'Karen Lodge', mode: 'direct', cue: 'added' });
  });

  it('reads « guillemets » with a French cue and auxiliary', () => {
    const a = only(find(['« Nous ne reculerons pas », a déclaré la ministre Claire Vautrin.'], 'fr'));
    expect(a).toMatchObject({ speaker: 'Claire Vautrin', mode: 'direct', cue: 'déclaré', text: 'Nous ne reculerons pas' });
    expect(a.role).toMatch(/ministre/);
  });

  it('reads „German“ quotes with an inverted cue', () => {
    const a = only(find(['„Wir haben keine Wahl“, sagte Bürgermeister Jonas Keller.'], 'de'));
    expect(a).toMatchObject({ speaker: 'Jonas Keller', role: 'Bürgermeister', mode: 'direct', cue: 'sagte' });
  });

  it('reads a Russian quotation with a dash and a gendered cue', () => {
    const a = only(find(['«Мы не допустим эскалации», — заявил министр Игорь Волков.'], 'ru'));
    expect(a).toMatchObject({ speaker: 'Игорь Волков', mode: 'direct', cue: 'заявил' });
    expect(a.role).toBe('министр');
  });

  it('ignores scare quotes and titles in quotation marks', () => {
    expect(find(['The so-called "peace plan" was published on Monday in "The Gazette".'])).toEqual([]);
  });
});

describe('indirect speech', () => {
  it('reads an organisation with a date and "that"', () => {
    const a = only(find(['The health ministry said on Monday that 14 people had died.']));
    expect(a).toMatchObject({ speaker: 'health ministry', kind: 'organization', mode: 'indirect', text: '14 people had died' });
  });

  it('reads a sentence-final cue with the content before the speaker', () => {
    const a = only(find(['The port will close for a week, the transport authority said Tuesday.']));
    expect(a).toMatchObject({ speaker: 'transport authority', kind: 'organization', text: 'The port will close for a week' });
  });

  it('reads "according to"', () => {
    const a = only(find(['According to the Harbor Monitoring Group, the spill covered three kilometers.']));
    expect(a).toMatchObject({ speaker: 'Harbor Monitoring Group', kind: 'organization', cue: 'According to', text: 'the spill covered three kilometers' });
  });

  it('reads "citing" as a second source next to the speaker', () => {
    const found = find(['The agency, citing police sources, said the suspect had fled.']);
    expect(found.map((a) => [a.speaker, a.kind, a.cue])).toEqual(
      expect.arrayContaining([
        ['police sources', 'anonymous', 'citing'],
        ['agency', 'organization', 'said'],
      ]),
    );
  });

  it('tags loaded cues', () => {
    const found = find(['Paul Kessler claimed the vote was rigged.', 'Northwind Shipping insisted that no rules were broken.']);
    expect(found.map((a) => [a.speaker, a.cue, a.cueTone])).toEqual([
      ['Paul Kessler', 'claimed', 'loaded'],
      ['Northwind Shipping', 'insisted', 'loaded'],
    ]);
  });

  it('reads a coordinated list of organisations as one source', () => {
    const a = only(find(['Local charities, aid agencies, and church groups working in the valley have all reported shortages.']));
    expect(a.speaker).toBe('Local charities, aid agencies, and church groups');
    expect(a.cue).toBe('reported');
  });

  it('does not read "has not commented" or a passive "was told" as a statement', () => {
    expect(find(['The ministry has not commented on the report.', 'Residents were told to stay indoors.'])).toEqual([]);
  });

  it('does not take a reporter\'s dateline for a source', () => {
    expect(find(['Stella Marsh reported from Lisbon.'])).toEqual([]);
  });

  it('reads French "selon" and "a affirmé que"', () => {
    const found = find(['Selon le ministère de la Santé, 40 personnes ont été hospitalisées.', "Le porte-parole du gouvernement, Marc Olivier, a affirmé que la réforme serait maintenue."], 'fr');
    expect(found.map((a) => [a.speaker, a.kind])).toEqual([
      ['ministère de la Santé', 'organization'],
      ['Marc Olivier', 'named'],
    ]);
    expect(found[1]!.role).toMatch(/porte-parole/);
  });

  it('reads Russian "по словам" and "сообщает"', () => {
    const found = find(['По словам Волкова, переговоры зашли в тупик.', 'Агентство Интерфакс сообщает, что переговоры продолжатся.'], 'ru');
    expect(found.map((a) => a.cue)).toEqual(['По словам', 'сообщает']);
    expect(found[0]!.speaker).toBe('Волкова');
    expect(found[1]!.speaker).toMatch(/Интерфакс/);
  });
});

describe('anonymous, relayed and document sources', () => {
  it('keeps qualifiers of an unnamed source and the outlet it was relayed through', () => {
    const a = only(find(['A senior Western diplomatic source told Reuters the talks had stalled.']));
    expect(a).toMatchObject({ speaker: 'senior Western diplomatic source', kind: 'anonymous', via: 'Reuters', text: 'the talks had stalled' });
    expect(a.qualifiers).toEqual(['senior', 'western', 'diplomatic']);
  });

  it('ends the person told where the next phrase starts, with or without "that"', () => {
    const told = (sentence: string) => {
      const a = only(find([sentence]));
      return [a.via, a.text];
    };
    expect(told('Minister John Smith told the BBC the talks had failed.')).toEqual(['BBC', 'the talks had failed']);
    expect(told('Minister John Smith told the committee his plan would cost 3 million dollars.')).toEqual([null, 'his plan would cost 3 million dollars']);
    expect(told('Minister John Smith told a news conference that prices would rise.')).toEqual([null, 'prices would rise']);
    expect(told('Officials told the New York Times their budget was cut.')).toEqual(['New York Times', 'their budget was cut']);
  });

  it('keeps only the outer statement when the same source reports again inside it', () => {
    const found = find(['Elders say they are ignored when they tell the government their whale kin are sick.']);
    expect(found.map((a) => [a.speaker, a.cue, a.text])).toEqual([
      ['Elders', 'say', 'they are ignored when they tell the government their whale kin are sick'],
    ]);
    // Another source inside the statement is kept: it is a different voice.
    const nested = find(['Minister John Smith said that, according to the Red Cross, 40 people had died.']);
    expect(nested.map((a) => a.speaker)).toEqual(expect.arrayContaining(['John Smith', 'Red Cross']));
  });

  it('reads bare "officials said" and "analysts say"', () => {
    const found = find(['Officials said the road would reopen.', 'The deal is fragile, analysts say.']);
    expect(found.map((a) => [a.speaker, a.kind])).toEqual([
      ['Officials', 'anonymous'],
      ['analysts', 'anonymous'],
    ]);
  });

  it('reads reports and statements as documents', () => {
    const found = find(['A report by Human Rights Watch said the camps were overcrowded.', 'A statement from the embassy said the visit was cancelled.']);
    expect(found.map((a) => [a.speaker, a.kind, a.affiliation])).toEqual([
      ['report by Human Rights Watch', 'document', 'Human Rights Watch'],
      ['statement from the embassy', 'document', 'embassy'],
    ]);
  });

  it('reads vague media reports, including inside a quotation', () => {
    const found = find(['“According to local news reports, the dam was damaged,” Karen Lodge said.']);
    const media = found.find((a) => a.kind === 'media');
    expect(media).toMatchObject({ speaker: 'local news reports', cue: 'According to' });
    expect(media!.qualifiers).toEqual(['local']);
    expect(found.some((a) => a.speaker === 'Karen Lodge' && a.mode === 'direct')).toBe(true);
  });
});

describe('credit lines', () => {
  it('splits "With reporting by" into one media credit each', () => {
    const found = find(['With reporting by AFP, Interfax, and TASS']);
    expect(found.map((a) => [a.speaker, a.kind, a.mode])).toEqual([
      ['AFP', 'media', 'credit'],
      ['Interfax', 'media', 'credit'],
      ['TASS', 'media', 'credit'],
    ]);
  });

  it('reads "X contributed to this report" and photo credits', () => {
    const found = find(['Heba Habib contributed to this report.', 'Firefighters at the scene on Sunday.Anna Berg / Getty Images']);
    expect(found.map((a) => [a.speaker, a.kind, a.mode, a.affiliation])).toEqual([
      ['Heba Habib', 'named', 'credit', null],
      ['Anna Berg', 'named', 'credit', 'Getty Images'],
    ]);
  });
});

describe('who they are: coreference and roles', () => {
  const article = [
    'Eric Reeves, a senior fellow at the Harvard Center, said the figures were too low.',
    '“The real toll is far higher,” Mr. Reeves said.',
    'Reeves added that he had written to the agency.',
    '“We need access,” he said.',
  ];

  it('resolves "Mr. Reeves", "Reeves" and "he" to the full name and carries the role', () => {
    const found = find(article);
    expect(found.map((a) => a.speaker)).toEqual(['Eric Reeves', 'Eric Reeves', 'Eric Reeves', 'Eric Reeves']);
    expect(new Set(found.map((a) => a.role))).toEqual(new Set(['a senior fellow at the Harvard Center']));
  });

  it('takes the role from a pre-modifier mentioned before the person speaks', () => {
    const found = find(['Deputy foreign minister Lena Ostrova met the envoys on Friday.', '“This is unacceptable,” Ostrova said.']);
    expect(only(found)).toMatchObject({ speaker: 'Lena Ostrova', role: 'deputy foreign minister' });
  });

  it('resolves a first name given with a relation to the full name used later', () => {
    const found = find(['“She was so happy,” her sister, Maria, said.', 'Maria Lindqvist lives in Uppsala.']);
    expect(only(found)).toMatchObject({ speaker: 'Maria Lindqvist', role: 'sister' });
  });

  it('never resolves a pronoun across a different named person', () => {
    const found = find(['Anna Weiss said the plan was sound.', 'Tom Brandt attended the meeting.', '“It will work,” she said.']);
    expect(found.map((a) => a.speaker)).toEqual(['Anna Weiss']);
  });

  it('drops a pronoun with nobody to refer to', () => {
    expect(find(['“It will work,” he said.'])).toEqual([]);
  });

  it('resolves "it" to the organisation just quoted', () => {
    const found = find(['The Food Safety Board warned shoppers about the pills.', '“Do not take them,” it said in a statement.']);
    expect(found.map((a) => a.speaker)).toEqual(['Food Safety Board', 'Food Safety Board']);
  });

  it('does not make a speaker of an organisation named near a cue', () => {
    const found = find(['The campaign targeted rebels more often than the Islamic State group fighters Russia says it is fighting.']);
    expect(found.map((a) => a.speaker)).toEqual(['Russia']);
  });
});
