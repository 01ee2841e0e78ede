import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../lib/attribution';

/** Shapes of ordinary reporting in the other supported languages (sentences written for these tests). */
const rows = (lang: string, ...paragraphs: string[]) => findAttributions(paragraphs, lang).map((a) => [a.speaker, a.text]);
const roles = (lang: string, ...paragraphs: string[]) => findAttributions(paragraphs, lang).map((a) => [a.speaker, a.role]);

describe('German', () => {
  it('reads a compound title as the role, never as part of the name ("Vorstandschef Thomas Keller")', () => {
    expect(roles('de', '„Wir sind zufrieden“, sagte Vorstandschef Thomas Keller am Dienstag.')).toEqual([['Thomas Keller', 'Vorstandschef']]);
    expect(roles('de', 'Finanzministerin Julia Brandt erklärte, der Haushalt sei solide.')).toEqual([['Julia Brandt', 'Finanzministerin']]);
  });

  it('reads separable cues ("teilte … mit", "kündigte an") and keeps the particle out of the content', () => {
    expect(rows('de', 'Die Staatsanwaltschaft teilte mit, dass Anklage erhoben wurde.')).toEqual([['Staatsanwaltschaft', 'Anklage erhoben wurde']]);
    expect(roles('de', 'Der Bürgermeister von Lindau, Peter Graf, kündigte an, die Straße zu sperren.')).toEqual([['Peter Graf', 'Der Bürgermeister von Lindau']]);
  });

  it('reads "„…“, so Name" after a quotation, and "so" elsewhere as no cue', () => {
    expect(rows('de', 'Trainer Markus Hahn war enttäuscht.', '„Das ist inakzeptabel“, so Hahn.')).toEqual([['Markus Hahn', 'Das ist inakzeptabel']]);
    expect(rows('de', 'Das Spiel war so spannend wie lange nicht.')).toEqual([]);
  });
});

describe('languages that leave the subject out', () => {
  it('gives `"…", dijo.` to the person just named (Spanish, Portuguese, Czech)', () => {
    expect(rows('es', 'El alcalde Juan Pérez habló con los vecinos.', '"Vamos a reconstruir todo", dijo.')).toEqual([['Juan Pérez', 'Vamos a reconstruir todo']]);
    expect(rows('pt', 'O técnico Carlos Lima elogiou o time. "Foi uma vitória merecida", disse.')).toEqual([['Carlos Lima', 'Foi uma vitória merecida']]);
    expect(rows('cs', 'Ministr Jan Novák navštívil Ostravu. „Pomůžeme všem,“ řekl.')).toEqual([['Jan Novák', 'Pomůžeme všem']]);
  });

  it('gives no speaker when no person came before', () => {
    expect(rows('es', '"Vamos a ganar", dijo.')).toEqual([]);
  });
});

describe('Spanish and Portuguese inversions', () => {
  it('reads the speaker after a relay and a title in apposition ("declaró a la agencia EFE la alcaldesa …, Rosa Marín")', () => {
    const found = findAttributions(['"Estamos preocupados", declaró a la agencia EFE la alcaldesa de Valencia, Rosa Marín.'], 'es');
    expect(found.map((a) => [a.speaker, a.text])).toEqual([['Rosa Marín', 'Estamos preocupados']]);
    expect(rows('pt', '"Não vamos recuar", afirmou a presidente do sindicato, Ana Costa.')).toEqual([['Ana Costa', 'Não vamos recuar']]);
  });

  it('reads anonymous sources with an adjective after the head ("según fuentes policiales")', () => {
    expect(rows('es', 'Según fuentes policiales, el detenido tiene 34 años.')).toEqual([['fuentes policiales', 'el detenido tiene 34 años']]);
  });
});

describe('Russian', () => {
  it('reads a head-first title before the name after a dash inversion («…», — заявил министр финансов X)', () => {
    expect(roles('ru', '«Цены не вырастут», — заявил министр финансов Антон Соколов.')).toEqual([['Антон Соколов', 'министр финансов']]);
  });

  it('gives "по словам" + genitive the person in the nominative, with the title as role', () => {
    expect(roles('ru', 'По словам губернатора Игоря Белова, ремонт завершат к осени.')).toEqual([['Игорь Белов', 'губернатор']]);
  });

  it('reads a pronoun after an inverted cue as the person just named', () => {
    expect(rows('ru', 'Ольга Миронова возглавляет завод.', '«Работы много», — сказала она.')).toEqual([['Ольга Миронова', 'Работы много']]);
  });

  it('reads "title, body, name" as the person, and keeps the audience out of the content', () => {
    expect(findAttributions(['Представитель МИД Мария Орлова заявила журналистам, что переговоры продолжатся.'], 'ru').map((a) => [a.speaker, a.role, a.text])).toEqual([
      ['Мария Орлова', 'Представитель МИД', 'переговоры продолжатся'],
    ]);
  });
});

describe('"as" clauses', () => {
  it('takes the content after the clause’s comma, in every language ("Как сообщили в …, …", "Comme l’a indiqué …, …")', () => {
    expect(rows('ru', 'Как отметил глава региона Игорь Белов, ремонт завершат к осени.')).toEqual([['Игорь Белов', 'ремонт завершат к осени']]);
    expect(rows('fr', 'Comme l’a indiqué le préfet, la route restera fermée.')).toEqual([['préfet', 'la route restera fermée']]);
    expect(rows('en', 'As the minister said on Monday, the plan is dead.')).toEqual([['minister', 'the plan is dead']]);
  });
});

describe('sources after a preposition', () => {
  it('reads "Nach Angaben der Polizei" up to the verb, "Segundo ela" as the person just named, "в пресс-службе" as the body', () => {
    expect(rows('de', 'Nach Angaben der Polizei wurden drei Menschen verletzt.')).toEqual([['Polizei', 'wurden drei Menschen verletzt']]);
    expect(rows('pt', 'A ministra Helena Duarte visitou a região. Segundo ela, a ajuda chegará amanhã.')).toEqual([['Helena Duarte', 'a ajuda chegará amanhã']]);
    expect(rows('ru', '«Ситуация стабильная», — отметили в пресс-службе ведомства.')).toEqual([['пресс-служба ведомства', 'Ситуация стабильная']]);
  });

  it('reads "глава МЧС Александр Куренков" as the person, the title and body as role', () => {
    expect(roles('ru', 'Об этом сообщил глава МЧС Александр Куренков.')).toEqual([['Александр Куренков', 'глава МЧС']]);
  });
});
