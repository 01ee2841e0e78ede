import { describe, expect, it } from 'vitest';
import { findAttributions, type FoundAttribution } from '../../../lib/attribution';

const find = (paragraphs: string[]) => findAttributions(paragraphs, 'fr');
const rows = (found: FoundAttribution[]) => found.map((a) => [a.paragraph, a.speaker, a.mode, a.cue]);

describe('French inversions with a subject clitic', () => {
  it('resolves "a-t-il ajouté" and "estime-t-il" to the person named before', () => {
    const found = find([
      'Le maire de Rennes, Paul Garnier, a inauguré mardi la nouvelle ligne de tramway.',
      '« Les travaux ont pris deux ans de retard », a-t-il reconnu.',
      'La facture reste raisonnable, estime-t-il.',
      '« Nous tiendrons le calendrier », a-t-il ajouté devant les habitants.',
    ]);
    expect(rows(found)).toEqual([
      [1, 'Paul Garnier', 'direct', 'reconnu'],
      [2, 'Paul Garnier', 'indirect', 'estime'],
      [3, 'Paul Garnier', 'direct', 'ajouté'],
    ]);
    expect(found[1]!.text).toBe('La facture reste raisonnable');
  });

  it('reads the euphonic -t- with typographic hyphens (U+2011, U+2010) and the plural clitic', () => {
    const found = find([
      'La ministre de la Culture, Hélène Roussel, était à Avignon samedi.',
      '« Le festival sera maintenu », a\u2011t\u2011elle précisé.',
      '« Les subventions suivront », a\u2010t\u2010elle assuré.',
      'Les syndicats du spectacle ont annoncé une grève pour jeudi.',
      '« Nous serons dans la rue », ont-ils averti.',
    ]);
    expect(rows(found)).toEqual([
      [1, 'Hélène Roussel', 'direct', 'précisé'],
      [2, 'Hélène Roussel', 'direct', 'assuré'],
      [3, 'syndicats', 'indirect', 'annoncé'],
      [4, 'syndicats', 'direct', 'averti'],
    ]);
    expect(found[0]!.role).toMatch(/ministre de la Culture/);
  });

  it('keeps the outlet after the cue as the relay ("a-t-elle déclaré à l’AFP")', () => {
    const found = find(['Claire Fontaine dirige l’hôpital depuis 2019.', '« Nous manquons de lits », a-t-elle déclaré à l’AFP.']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'Claire Fontaine', via: 'AFP', text: 'Nous manquons de lits' });
  });

  it('drops a clitic with nobody to refer to, and does not read questions or "dit au revoir" as statements', () => {
    expect(find(['« Rien n’est joué », a-t-il ajouté.'])).toEqual([]);
    expect(find(['Le navire a-t-il coulé ?', 'Il a dit au revoir à sa famille.', 'Pourquoi a-t-il quitté la réunion ?'])).toEqual([]);
  });
});

describe('French inverted speakers after the cue', () => {
  it('reads "a déclaré le ministre de l’Intérieur, Gérald Martin" as the person with the title as role', () => {
    const [a] = find(['« La situation est grave », a déclaré le ministre de l’Intérieur, Gérald Martin.']);
    expect(a).toMatchObject({ speaker: 'Gérald Martin', kind: 'named', mode: 'direct', text: 'La situation est grave' });
    expect(a!.role).toMatch(/ministre de l’Intérieur/);
  });

  it('skips time words between the cue and the speaker', () => {
    const [a] = find(['« Il faut agir vite », a déclaré mardi soir le Premier ministre.']);
    expect(a).toMatchObject({ kind: 'anonymous', mode: 'direct', text: 'Il faut agir vite' });
    expect(a!.speaker).toMatch(/Premier ministre/);
  });

  it('reads "a indiqué à l’AFP un responsable militaire" as an unnamed source relayed by AFP', () => {
    const [a] = find(['« Les combats ont repris dans la nuit », a indiqué à l’AFP un responsable militaire.']);
    expect(a).toMatchObject({ speaker: 'responsable militaire', kind: 'anonymous', via: 'AFP' });
    expect(a!.qualifiers).toEqual(['militaire']);
  });

  it('reads "« … », affirme X au Monde" and "souligne la préfecture dans un communiqué"', () => {
    const found = find(['« Nous ne céderons pas », affirme Jean Dupuis au Monde.', '« Nous restons vigilants », souligne la préfecture dans un communiqué.']);
    expect(found.map((a) => [a.speaker, a.kind, a.via])).toEqual([
      ['Jean Dupuis', 'named', 'Le Monde'],
      ['préfecture', 'organization', null],
    ]);
  });

  it('does not take a place after "à" for an outlet', () => {
    const [a] = find(['« Nous reviendrons », a déclaré à Lyon le maire, Thomas Perrin.']);
    expect(a?.via ?? null).toBeNull();
  });
});

describe('"selon" with a pronoun and documents consulted by an outlet', () => {
  it('resolves "selon lui" and "selon elle" to the person in view', () => {
    const found = find([
      'L’économiste Nadia Benali a publié une note sur les loyers.',
      'Selon elle, les prix baisseront en 2026.',
      'Les loyers resteront pourtant élevés à Paris, selon elle.',
    ]);
    expect(rows(found)).toEqual([
      [1, 'Nadia Benali', 'indirect', 'Selon'],
      [2, 'Nadia Benali', 'indirect', 'selon'],
    ]);
  });

  it('drops "selon lui" with no one named before', () => {
    expect(find(['Ce plan est une erreur, selon lui.'])).toEqual([]);
  });

  it('reads "selon un document consulté par l’AFP" as a document relayed by AFP', () => {
    const [a] = find(['Le texte prévoit 300 suppressions de postes, selon un document consulté par l’AFP.']);
    expect(a).toMatchObject({ speaker: 'document', kind: 'document', via: 'AFP', text: 'Le texte prévoit 300 suppressions de postes' });
  });
});
