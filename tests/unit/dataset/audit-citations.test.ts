import { describe, expect, it } from 'vitest';
import { classFlags, isMirror, titleLooksUrlDerived } from '../../../scripts/curation/audit-citations';
import { isBlogOrPersonal, isLocalPage, isPartisanRelay, onlyOldPagesForCurrentFact, pageYear } from '../../../scripts/curation/citation-classes';

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

const by = (url: string, publisher: string) => ({ url, title: 'T', publisher, accessed: '2026-12-07' });

describe('citation classes an editor would not accept', () => {
  it('blogs, personal sites and student pages', () => {
    expect(isBlogOrPersonal(by('http://paul.quiles.over-blog.com/2017/05/pourquoi-ministre-des-armees.html', 'Paul Quilès'))).toBe(true);
    expect(isBlogOrPersonal(by('http://www.joellegarriaud.com/2017/05/perimetre/', "Joëlle Garriaud-Maylam (senator's site)"))).toBe(true);
    expect(isBlogOrPersonal(by('https://blogs.transparent.com/portuguese/the-media-in-brazil', 'Transparent Language'))).toBe(true);
    expect(isBlogOrPersonal(by('https://u.osu.edu/intstds4850/tag/nigeria', 'Ohio State University (u.osu.edu)'))).toBe(true);
    expect(isBlogOrPersonal(by('http://www.princeton.edu/~someone/wiki/docs/x.html', 'Princeton University'))).toBe(true);
    expect(isBlogOrPersonal(by('https://snhr.org/blog/2015/12/17/15657/', 'Syrian Network for Human Rights'))).toBe(false);
    expect(isBlogOrPersonal(by('https://www.reuters.com/article/x', 'Reuters'))).toBe(false);
    expect(isBlogOrPersonal(by('https://www.bbc.co.uk/news/world-1', 'BBC News'))).toBe(false);
  });

  it('local TV stations and small-town pages, not national outlets whose names look like call signs', () => {
    expect(isLocalPage(by('https://www.kjrh.com/news/national/new-york-times-names-a-g-sulzberger-as-new-publisher', 'KJRH'))).toBe(true);
    expect(isLocalPage(by('https://www.2news.com/news/x', 'KTVN 2 News'))).toBe(true);
    expect(isLocalPage(by('https://patch.com/new-york/x', 'Patch'))).toBe(true);
    expect(isLocalPage(by('https://www.example.com/x', 'Smalltown County Gazette'))).toBe(true);
    expect(isLocalPage(by('https://www.wionews.com/world/x', 'WION'))).toBe(false);
    expect(isLocalPage(by('https://www.kff.org/news-summary/x', 'KFF'))).toBe(false);
    expect(isLocalPage(by('https://www.nytimes.com/2020/x', 'The New York Times'))).toBe(false);
  });

  it('partisan relays of someone else’s report, but not a partisan site cited about itself', () => {
    expect(isPartisanRelay(by('https://humanevents.com/2011/03/12/conservative-spotlight-the-hudson-institute/', 'Human Events'), [])).toBe(true);
    expect(isPartisanRelay(by('https://news.antiwar.com/2023/05/24/x/', 'Antiwar.com'), [])).toBe(true);
    expect(isPartisanRelay(by('https://www.breitbart.com/about/', 'Breitbart'), ['breitbart.com'])).toBe(false);
    expect(isPartisanRelay(by('https://www.hrw.org/report/x', 'Human Rights Watch'), [])).toBe(false);
  });

  it('reads the year a page’s address gives it', () => {
    expect(pageYear('https://www.reuters.com/article/businessNews/idCAKCN0QJ2AJ20150814')).toBe(2015);
    expect(pageYear('https://www.theguardian.com/media/2018/oct/08/x')).toBe(2018);
    expect(pageYear('https://www.nieuwsblad.be/cnt/dmf20190430_04365844')).toBe(2019);
    expect(pageYear('http://www.abc.net.au/pm/content/2007/s1865832.htm')).toBe(2007);
    expect(pageYear('https://en.wikipedia.org/wiki/Hudson_Institute')).toBeNull();
    expect(pageYear('https://www.example.org/report-1999-2-pages')).toBeNull();
  });

  it('an outlet’s owner resting only on pages more than five years old', () => {
    const old = by('https://www.reuters.com/article/idCAKCN0QJ2AJ20150814', 'Reuters');
    const recent = by('https://www.example.org/2024/05/owner-change', 'Example');
    const undated = by('https://www.thestar.com/about', 'Toronto Star');
    expect(onlyOldPagesForCurrentFact({ owner: 'The Woodbridge Company', sources: [old] }, '2026-12-07')).toBe(true);
    expect(onlyOldPagesForCurrentFact({ owner: 'The Woodbridge Company', sources: [old, recent] }, '2026-12-07')).toBe(false);
    expect(onlyOldPagesForCurrentFact({ owner: 'The Woodbridge Company', sources: [old, undated] }, '2026-12-07')).toBe(false);
    expect(onlyOldPagesForCurrentFact({ owner: null, sources: [old] }, '2026-12-07')).toBe(false);
  });
});

describe('the outlet’s own word', () => {
  const station = { id: 'kcra-tv', domains: ['kcra.com'], owner: 'Hearst Television', parent: 'Hearst Communications', sources: [] };
  it('does not flag a local station’s own homepage cited for that station, nor its owner’s homepage', () => {
    expect(classFlags(by('https://kcra.com/', 'KCRA 3'), 'sources.0', station)).toEqual([]);
    expect(classFlags(by('https://www.hearst.com/', 'Hearst Communications'), 'sources.1', station)).toEqual([]);
    expect(classFlags(by('https://lindaikejisblog.com/', 'Linda Ikeji'), 'sources.0', { id: 'li', domains: ['lindaikejisblog.com'], sources: [] })).toEqual([]);
  });

  it('still flags a station’s page cited for another outlet, and an owner’s deep page that is not its homepage', () => {
    const national = { id: 'nyt', domains: ['nytimes.com'], owner: 'The New York Times Company', sources: [] };
    expect(classFlags(by('https://www.kjrh.com/news/national/x', 'KJRH'), 'sources.0', national)).toEqual(['local-page']);
    expect(classFlags(by('https://kcra.com/article/x', 'KCRA 3'), 'sources.0', national)).toEqual(['local-page']);
    const blogged = { id: 'x', domains: ['x.com'], owner: 'Someone', sources: [] };
    expect(classFlags(by('https://someone.blogspot.com/2020/01/x.html', 'Someone'), 'sources.0', blogged)).toEqual(['blog']);
  });
});
