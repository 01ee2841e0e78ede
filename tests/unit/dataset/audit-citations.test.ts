import { describe, expect, it } from 'vitest';
import { isMirror, titleLooksUrlDerived } from '../../../scripts/curation/audit-citations';

const cite = (url: string, title: string) => ({ url, title, publisher: 'P', accessed: '2026-11-25' });

describe('citation audit', () => {
  it('recognises copy hosts, subdomains included, and leaves original publishers alone', () => {
    expect(isMirror('https://wikimili.com/en/Reuters')).toBe(true);
    expect(isMirror('https://de.zxc.wiki/wiki/Der_Spiegel')).toBe(true);
    expect(isMirror('https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/X')).toBe(true);
    expect(isMirror('https://en.wikipedia.org/wiki/TASS')).toBe(false);
    expect(isMirror('https://www.reuters.com/article/x')).toBe(false);
    expect(isMirror('not a url')).toBe(false);
  });

  it('flags titles that are only the lower-case slug with a capital first letter', () => {
    expect(titleLooksUrlDerived(cite('https://x.org/1/pdf-through-evidence-change-is-possible.html', 'Pdf through evidence change is possible'))).toBe(true);
  });

  it('accepts headlines with their own capitals or punctuation, and short slugs', () => {
    expect(titleLooksUrlDerived(cite('https://x.org/un-records-over-10-000-civilian-deaths', 'UN records over 10,000 civilian deaths'))).toBe(false);
    expect(titleLooksUrlDerived(cite('https://x.org/a/ars-technica-becomes-conde-nast-property/', 'Ars Technica Becomes Condé Nast Property'))).toBe(false);
    expect(titleLooksUrlDerived(cite('https://en.wikipedia.org/wiki/Douma_chemical_attack', 'Douma chemical attack'))).toBe(false);
  });

  it('accepts a slug-shaped title only for pages whose headline was re-read and confirmed', () => {
    const url = 'http://rachelkso.blogspot.com/2008/10/even-more-media-evolution.html';
    expect(titleLooksUrlDerived(cite(url, 'Even more media evolution'))).toBe(false);
    expect(titleLooksUrlDerived(cite(url.replace('rachelkso', 'someone-else'), 'Even more media evolution'))).toBe(true);
  });
});
