import { describe, expect, it } from 'vitest';
import type { ClaimNote } from '@/lib/model/analysis';
import { notesByDate, claimsInOrder } from '@/lib/present/claims';
import { countryName, entityTypeLabel, formatDate, formatShare, fundingSentence, safeHref, truncateAtWord } from '@/lib/present/labels';
import { shareRows } from '@/lib/present/profile';
import { ANALYSIS, EN, FR } from './fixture';

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
