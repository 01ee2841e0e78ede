import { describe, expect, it } from 'vitest';
import type { Attribution, ClaimNote } from '@/lib/model/analysis';
import { notesByDate, claimsInOrder } from '@/lib/present/claims';
import { countryName, entityTypeLabel, formatDate, formatShare, fundingSentence, safeHref, truncateAtWord } from '@/lib/present/labels';
import { shareRows } from '@/lib/present/profile';
import { groupSources, sourceGroup } from '@/lib/present/sources';
import { ANALYSIS, EN, FR } from './fixture';

const a = (x: Partial<Attribution> & Pick<Attribution, 'speaker' | 'kind'>): Attribution => ({
  role: null, affiliation: null, mode: 'direct', cue: 'said', cueTone: 'neutral', text: '', via: null, qualifiers: [],
  paragraph: 0, start: 0, end: 0, entity: null, ...x,
});
const entity = (type: string) => ({ id: 'x', name: 'X', type, country: null, typology: null, affiliation: null, note: 'n', citations: [] });

describe('source grouping', () => {
  it.each([
    [a({ speaker: 'a source close to the talks', kind: 'anonymous' }), 'anonymous'],
    [a({ speaker: 'the report', kind: 'document' }), 'documents'],
    [a({ speaker: 'Reuters', kind: 'media', mode: 'credit' }), 'media'],
    [a({ speaker: 'Agence France-Presse', kind: 'organization', entity: entity('outlet:wire') }), 'media'],
    [a({ speaker: 'Ministry of Health', kind: 'organization', entity: entity('ministry') }), 'officials'],
    [a({ speaker: 'UNICEF', kind: 'organization', entity: entity('international-body') }), 'officials'],
    [a({ speaker: 'Amnesty International', kind: 'organization', entity: entity('ngo') }), 'ngos'],
    [a({ speaker: 'Airwars', kind: 'organization', entity: entity('monitor') }), 'ngos'],
    [a({ speaker: 'Hamas', kind: 'organization', entity: entity('armed-group') }), 'other'],
    [a({ speaker: 'Russia', kind: 'organization' }), 'officials'],
    [a({ speaker: 'Islamic State', kind: 'organization' }), 'other'],
    [a({ speaker: 'the Kremlin', kind: 'organization' }), 'officials'],
    [a({ speaker: 'defense ministry', kind: 'organization' }), 'officials'],
    [a({ speaker: 'Syrian-American Medical Society', kind: 'organization' }), 'ngos'],
    [a({ speaker: 'Anatoly Antonov', kind: 'named', role: 'deputy defense minister' }), 'officials'],
    [a({ speaker: 'John Kirby', kind: 'named', role: 'State Department spokesman' }), 'officials'],
    [a({ speaker: 'Rami Abdulrahman', kind: 'named', role: 'head of the Observatory' }), 'ngos'],
    [a({ speaker: 'Jane Doe', kind: 'named', role: 'a correspondent in Beirut' }), 'media'],
    [a({ speaker: 'Umm Ahmad', kind: 'named', role: 'a mother of three' }), 'other'],
    [a({ speaker: 'Jean Dupont', kind: 'named', role: 'porte-parole du ministère des Affaires étrangères' }), 'officials'],
    [a({ speaker: 'Marie Curie', kind: 'named', role: 'directrice de l’ONG Solidarités' }), 'ngos'],
    [a({ speaker: 'Hans Meier', kind: 'named', role: 'Sprecher der Bundesregierung' }), 'officials'],
    [a({ speaker: 'Ana López', kind: 'named', role: 'periodista' }), 'media'],
    [a({ speaker: 'Karim', kind: 'named', role: 'un habitant du quartier' }), 'other'],
    [a({ speaker: 'Stéphane Dujarric', kind: 'named', role: 'UN spokesman' }), 'officials'],
    [a({ speaker: 'Anatoly Antonov', kind: 'named', entity: { ...entity('person'), affiliation: 'Russian state official: deputy defence minister' } }), 'officials'],
    [a({ speaker: 'Jan Egeland', kind: 'named', entity: { ...entity('person'), affiliation: 'Secretary General of the Norwegian Refugee Council' } }), 'ngos'],
    [a({ speaker: 'Maria Zakharova', kind: 'named', role: 'spokeswoman' }), 'officials'],
    [a({ speaker: 'Nadim Houry', kind: 'named', role: 'deputy director at Human Rights Watch' }), 'ngos'],
  ])('%# %o → %s', (attribution, group) => {
    expect(sourceGroup(attribution)).toBe(group);
  });

  it('keeps a speaker’s attributions together, marks repeats and keeps analysis indexes', () => {
    const groups = groupSources([
      a({ speaker: 'Antonov', kind: 'named', role: 'minister' }),
      a({ speaker: 'Lavrov', kind: 'named', role: 'foreign minister' }),
      a({ speaker: 'a witness', kind: 'anonymous' }),
      a({ speaker: 'antonov', kind: 'named', role: 'minister' }),
    ]);
    expect(groups.map((g) => g.group)).toEqual(['officials', 'anonymous']);
    expect(groups[0]!.items.map((i) => [i.attribution.speaker, i.index, i.repeat])).toEqual([
      ['Antonov', 0, false],
      ['antonov', 3, true],
      ['Lavrov', 1, false],
    ]);
  });

  it('puts every attribution of the fixture in exactly one group', () => {
    const groups = groupSources(ANALYSIS.attributions);
    expect(groups.flatMap((g) => g.items.map((i) => i.index)).sort((x, y) => x - y)).toEqual(ANALYSIS.attributions.map((_, i) => i));
  });
});

describe('labels', () => {
  it('words funding by country in each language', () => {
    expect(fundingSentence(EN, 'state-funded-firewall', 'US')).toBe('Funded by the US government; editorially independent by law');
    expect(fundingSentence(EN, 'state-controlled', 'CN')).toBe('Controlled by the Chinese government');
    expect(fundingSentence(FR, 'state-controlled', 'CN')).toBe('Contrôlé par le gouvernement chinois');
    expect(fundingSentence(FR, 'state-funded-firewall', 'BO')).toBe('Financé par l’État (Bolivie)\u00a0; indépendance éditoriale garantie par la loi');
    expect(fundingSentence(EN, 'state-funded-firewall', null)).toBe('Funded by a government; editorially independent by law');
    expect(fundingSentence(EN, 'private', 'US')).toBe('Privately owned');
  });

  it('formats countries, dates, shares and entity types for the locale', () => {
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('GB', 'fr')).toBe('Royaume-Uni');
    expect(countryName(null, 'en')).toBeNull();
    expect(formatDate('en', '2015-10-23')).toBe('Oct 23, 2015');
    expect(formatDate('fr', '2015-10-23')).toBe('23 oct. 2015');
    expect(formatDate('en', 'sometime')).toBe('sometime');
    expect(formatShare('en', 0.615)).toBe('62%');
    expect(formatShare('en', 0.001)).toBe('<1%');
    expect(entityTypeLabel(EN, 'outlet:wire')).toBe('News agency');
    expect(entityTypeLabel(FR, 'medical-ngo')).toBe('ONG médicale');
    expect(entityTypeLabel(EN, 'unheard-of')).toBe('unheard-of');
  });

  it('truncates at a word boundary', () => {
    expect(truncateAtWord('short', 10)).toEqual({ short: 'short', truncated: false });
    expect(truncateAtWord('one two three four five six', 14)).toEqual({ short: 'one two three…', truncated: true });
  });

  it('keeps only http(s) links', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe('profile and claims', () => {
  it('folds the tail of the quoted-share chart into one row', () => {
    const rows = shareRows(ANALYSIS.profile, 5);
    expect(rows.map((r) => [r.speaker, r.folded])).toEqual([
      ['Anatoly Antonov', 0], ['defense ministry', 0], ['Western media reports', 0], ['Syrian Observatory for Human Rights', 0], ['', 2],
    ]);
    expect(rows[0]!.width).toBe(100);
    expect(rows[4]!.share).toBeCloseTo(0.06, 5);
    expect(shareRows({ ...ANALYSIS.profile, quotedShare: [] })).toEqual([]);
  });

  it('orders notes by date with undated ones last, and claims by position', () => {
    const note = (date: string | null, by: string): ClaimNote => ({ stance: 'context', by, date, text: '', citation: null });
    expect(notesByDate([note(null, 'a'), note('2020-01-02', 'b'), note('2015-10-23', 'c'), note(null, 'd')]).map((n) => n.by)).toEqual(['c', 'b', 'a', 'd']);
    expect(claimsInOrder(ANALYSIS.claims).map((c) => c.index)).toEqual([1, 0]);
  });
});
