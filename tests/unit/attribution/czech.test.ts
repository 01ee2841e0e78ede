import { describe, expect, it } from 'vitest';
import { findAttributions, type FoundAttribution } from '../../../lib/attribution';
import { guessNominative, Stemmer } from '../../../lib/attribution/inflection';
import { lexiconFor } from '../../../lib/attribution/lexicon';

const find = (paragraphs: string[]) => findAttributions(paragraphs, 'cs');
const rows = (found: FoundAttribution[]) => found.map((a) => [a.speaker, a.kind, a.cue]);
const inflection = lexiconFor('cs').inflection!;

describe('the Czech name normaliser', () => {
  const stemmer = new Stemmer(inflection);

  it('gives the forms of one name one key, fleeting vowels and softened plurals included', () => {
    for (const [a, b] of [
      ['Fiala', 'Fialy'],
      ['Fiala', 'Fialovi'],
      ['Novák', 'Nováka'],
      ['Novák', 'Novákem'],
      ['Declan', 'Declana'],
      ['Pavel', 'Pavla'],
      ['Marek', 'Markovi'],
      ['Jiří', 'Jiřího'],
      ['odborníci', 'odborníků'],
    ]) {
      expect(stemmer.key(a!), `${a} / ${b}`).toBe(stemmer.key(b!));
    }
  });

  it('keeps different names apart and leaves short words alone', () => {
    expect(stemmer.key('Novák')).not.toBe(stemmer.key('Nováková'));
    expect(stemmer.key('Fiala')).not.toBe(stemmer.key('Fischer'));
    expect(stemmer.stems('on')).toEqual(['on']);
  });

  it('guesses the nominative of a masculine name seen only in another case, and leaves feminine names alone', () => {
    expect(guessNominative('Declana Rice', inflection)).toBe('Declan Rice');
    expect(guessNominative('Petra Fialy', inflection)).toBe('Petr Fiala');
    expect(guessNominative('Pavla Nováka', inflection)).toBe('Pavel Novák');
    expect(guessNominative('Jany Malé', inflection)).toBe('Jany Malé');
    expect(guessNominative('Evy Novotné', inflection)).toBe('Evy Novotné');
  });
});

describe('Czech speech verbs in every gender and number', () => {
  it('reads masculine, feminine, neuter and plural past forms and the present', () => {
    const found = find([
      'Ministr zahraničí Jan Lipavský řekl, že Česko pomoc nezastaví.',
      '„Nebudeme ustupovat,“ prohlásila předsedkyně vlády Eva Novotná.',
      'Ministerstvo zdravotnictví uvedlo, že počet nakažených klesá.',
      'Policisté sdělili, že pachatele zadrželi.',
      '„Je to chyba,“ řeklo vedení klubu.',
      'Analytici uvádějí, že inflace dál zpomaluje.',
    ]);
    expect(rows(found)).toEqual([
      ['Jan Lipavský', 'named', 'řekl'],
      ['Eva Novotná', 'named', 'prohlásila'],
      ['Ministerstvo zdravotnictví', 'organization', 'uvedlo'],
      ['Policisté', 'anonymous', 'sdělili'],
      ['vedení klubu', 'organization', 'řeklo'],
      ['Analytici', 'anonymous', 'uvádějí'],
    ]);
    expect(found[0]!.role).toBe('ministr zahraničí');
    expect(found[1]!.role).toBe('předsedkyně vlády');
  });

  it('keeps the outlet of "uvedl pro ČTK" as the relay', () => {
    const [a] = find(['Mluvčí hasičů Martin Kratochvíl uvedl pro ČTK, že požár je pod kontrolou.']);
    expect(a).toMatchObject({ speaker: 'Martin Kratochvíl', role: 'mluvčí hasičů', via: 'ČTK', text: 'požár je pod kontrolou' });
  });

  it('does not read "pro" before a non-outlet as a relay', () => {
    const [a] = find(['Starosta Jiří Kos uvedl pro jistotu, že silnice zůstane zavřená.']);
    expect(a?.via ?? null).toBeNull();
  });
});

describe('"podle" with the genitive', () => {
  it('reads an organisation, a role with a name, unnamed experts and a pronoun, the head in its listed form', () => {
    const found = find([
      'Podle ministerstva obrany bylo zničeno pět tanků.',
      'Podle mluvčího policie Pavla Nováka nikdo nebyl zraněn.',
      'Podle odborníků je situace vážná.',
    ]);
    expect(found.map((a) => [a.speaker, a.kind, a.text])).toEqual([
      ['ministerstvo obrany', 'organization', 'bylo zničeno pět tanků'],
      ['Pavel Novák', 'named', 'nikdo nebyl zraněn'],
      ['odborníci', 'anonymous', 'je situace vážná'],
    ]);
    expect(found[1]!.role).toBe('mluvčí policie');
  });

  it('links a name in the genitive back to its nominative form in the article', () => {
    const found = find([
      'Premiér Petr Fiala v pondělí jednal s odbory.',
      'Podle Petra Fialy je rozpočet vyrovnaný.',
      '„Nebudeme zvyšovat daně,“ řekl Fiala.',
      'Podle něj vláda ušetří deset miliard.',
    ]);
    expect(found.map((a) => a.speaker)).toEqual(['Petr Fiala', 'Petr Fiala', 'Petr Fiala']);
    expect(found.every((a) => a.role === 'Premiér')).toBe(true);
  });

  it('does not merge two different people who share a first name', () => {
    const found = find(['Podle Petra Fialy je rozpočet vyrovnaný.', 'Petr Pavel ale uvedl, že zákon nepodepíše.']);
    expect(new Set(found.map((a) => a.speaker))).toEqual(new Set(['Petr Fiala', 'Petr Pavel']));
  });
});
