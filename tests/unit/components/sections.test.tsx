import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/Popup';
import type { RevealTarget } from '@/components/reveal';
import type { Messages } from '@/lib/i18n';
import type { Analysis } from '@/lib/model/analysis';
import { ANALYSIS, EN, FR } from './fixture';

afterEach(() => {
  document.body.innerHTML = '';
});

function show(analysis: Analysis = ANALYSIS, messages: Messages = EN, onReveal: (t: RevealTarget) => void = () => {}) {
  const el = document.body.appendChild(document.createElement('div'));
  render(<Popup state={{ state: 'ready', analysis }} messages={messages} onReveal={onReveal} />, el);
  return el;
}
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => text(e));

describe('outlet card', () => {
  it('states the funding model, facts, note, why and provenance in plain words', () => {
    const card = show().querySelector('section.outlet-card[data-outlet="rferl"]')!;
    expect(text(card.querySelector('.badge'))).toBe('Funded by the US government; editorially independent by law');
    const facts = Object.fromEntries([...card.querySelectorAll('.facts > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]));
    expect(facts['Country']).toBe('United States');
    expect(facts['Owner']).toBe('U.S. Agency for Global Media (grantee)');
    expect(facts['Part of']).toBe('U.S. Agency for Global Media');
    expect(facts['State media type']).toContain('Independent state-funded and state-managed media (ISFM)');
    expect(facts['State media type']).toContain('editorial independence protected');
    expect(facts['Wikipedia reliability']).toContain('Generally reliable');
    expect(text(card.querySelector('.note'))).toContain('congressional grant');
    expect(text(card.querySelector('.why summary'))).toBe('Why we say this');
    const links = [...card.querySelectorAll('.why a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://about.rferl.org/faq/', 'https://statemediamonitor.com/typology/']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
      expect(text(a)).toContain('(opens in a new tab)');
    }
    expect(text(card.querySelector('.provenance'))).toMatch(/^From Sourcelight’s dataset, reviewed Nov 25, 2026; matched by the web address \(rferl\.org\)\.$/);
  });

  it('words state control by country', () => {
    const outlet = { ...ANALYSIS.outlet!, id: 'rt', funding: 'state-controlled' as const, country: 'RU', typology: 'SC' as const, reliability: null };
    const card = show({ ...ANALYSIS, outlet }).querySelector('section.outlet-card')!;
    expect(text(card.querySelector('.badge'))).toBe('Controlled by the Russian government');
    expect(card.querySelector('[data-reliability]')).toBeNull();
  });

  it('falls back to "the government of <country>" for countries without a set phrase', () => {
    const outlet = { ...ANALYSIS.outlet!, country: 'KG' };
    expect(text(show({ ...ANALYSIS, outlet }).querySelector('.badge'))).toBe('Funded by the government of Kyrgyzstan; editorially independent by law');
  });
});

const SITE = { host: 'www.expressnews.com', registrableDomain: 'expressnews.com', claimedName: null, impersonates: null, syndicatedFrom: null };
const BBC = { id: 'bbc', name: 'BBC', domains: ['bbc.co.uk', 'bbc.com'], claimedAs: 'BBC News' };

describe('site: unknown outlet, unverified names, syndication, impersonation', () => {
  it('always shows the address of an unknown outlet, and a name from the page set apart as not verified', () => {
    const el = show({ ...ANALYSIS, outlet: null, site: { ...SITE, claimedName: 'San Antonio Express-News' } });
    const card = el.querySelector('section.outlet-card[data-outlet="unknown"]')!;
    expect(text(card.querySelector('.outlet-name'))).toBe('expressnews.com');
    expect(text(card.querySelector('.outlet-claimed'))).toBe('Calls itself “\u2068San Antonio Express-News\u2069” not verified');
    expect(card.querySelector('.outlet-claimed .unverified')).not.toBeNull();
    expect(el.querySelector('.site-warning')).toBeNull();
  });

  it('shows the host alone when the page names nothing usable, and the host for an IP address', () => {
    const card = show({ ...ANALYSIS, outlet: null, site: SITE }).querySelector('section.outlet-card')!;
    expect(text(card.querySelector('.outlet-name'))).toBe('expressnews.com');
    expect(card.querySelector('.outlet-claimed')).toBeNull();
    const ip = show({ ...ANALYSIS, outlet: null, site: { ...SITE, host: '127.0.0.1', registrableDomain: null } });
    expect(text(ip.querySelector('.outlet-name'))).toBe('127.0.0.1');
  });

  it('says where a wire copy comes from, on the host outlet’s card and on an unknown one', () => {
    const known = show({ ...ANALYSIS, site: { ...SITE, syndicatedFrom: 'Associated Press' } });
    expect(text(known.querySelector('section.outlet-card[data-outlet="rferl"] .syndicated'))).toBe(
      'Syndicated from \u2068Associated Press\u2069, as the page’s credit line or metadata says.',
    );
    const unknown = show({ ...ANALYSIS, outlet: null, site: { ...SITE, syndicatedFrom: 'Associated Press' } }, FR);
    expect(text(unknown.querySelector('section.outlet-card[data-outlet="unknown"] .syndicated'))).toContain('Repris de \u2068Associated Press\u2069');
  });

  it('warns about a page presenting itself as an outlet it is not on, and shows no card or name of that outlet', () => {
    const site = { ...SITE, host: 'bbc.co.uk.news-today.example', registrableDomain: 'news-today.example', claimedName: 'BBC News', impersonates: BBC };
    const el = show({ ...ANALYSIS, outlet: null, site });
    const warning = el.querySelector('section.site-warning[data-impersonates="bbc"]')!;
    expect(text(warning.querySelector('.site-warning-text'))).toBe(
      'This page presents itself as \u2068BBC News\u2069, but it is not on a \u2068BBC\u2069 domain (bbc.co.uk, bbc.com).',
    );
    expect(el.querySelector('section.outlet-card[data-outlet="bbc"]')).toBeNull();
    const card = el.querySelector('section.outlet-card[data-outlet="unknown"]')!;
    expect(text(card.querySelector('.outlet-name'))).toBe('news-today.example');
    expect(card.querySelector('.outlet-claimed')).toBeNull();
    // The warning comes before the card, so it is read first.
    expect(warning.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const fr = show({ ...ANALYSIS, outlet: null, site }, FR);
    expect(text(fr.querySelector('.site-warning-text'))).toContain('Cette page se présente comme \u2068BBC News\u2069');
  });
});

describe('sources', () => {
  const rowOf = (section: Element, speaker: string) => [...section.querySelectorAll('.source')].find((li) => text(li.querySelector('.speaker')) === speaker)!;

  it('lists each source once, grouped by what it is, with its statements counted', () => {
    const el = show();
    const section = el.querySelector('section.sources')!;
    expect(section.querySelectorAll('.source-list > li')).toHaveLength(8);
    expect(section.querySelectorAll('.statement')).toHaveLength(ANALYSIS.attributions.length);
    const groups = [...section.querySelectorAll('.source-group')].map((g) => [g.getAttribute('data-group'), texts(g, '.speaker')]);
    expect(groups).toEqual([
      ['officials', ['defense ministry', 'Anatoly Antonov', 'Russia']],
      ['ngos', ['Syrian Observatory for Human Rights']],
      ['media', ['Western media reports', 'AFP']],
      ['anonymous', ['a senior Western diplomat']],
      ['documents', ['a UN report']],
    ]);
    expect(texts(section, '.group-title')).toEqual([
      'Officials and governments 3', 'NGOs and monitors 1', 'Media and wire services 2', 'Anonymous sources 1', 'Documents 1',
    ]);
    expect(text(section.querySelector('h2'))).toBe('Who is quoted 8');
    expect(text(el.querySelector('nav.jump a[href="#sources-heading"]'))).toBe('Sources 8');
  });

  it('gives each row its role, kind, statements, quoted share and a stable id', () => {
    const section = show().querySelector('section.sources')!;
    const antonov = rowOf(section, 'Anatoly Antonov');
    expect(antonov.id).toBe('source-anatoly-antonov');
    expect(text(antonov.querySelector('.role'))).toBe('deputy defense minister');
    expect(text(antonov.querySelector('.source-kind'))).toBe('Person');
    expect(text(antonov.querySelector('.share'))).toBe('52% of quoted text');
    expect(text(antonov.querySelector('.statements > summary'))).toBe('2 statements');
    expect(text(rowOf(section, 'AFP').querySelector('.share'))).toBe('Credited for reporting');
    expect(text(rowOf(section, 'Russia').querySelector('.statements > summary'))).toBe('1 statement');
    expect(rowOf(section, 'a senior Western diplomat').id).toBe('source-a-senior-western-diplomat');
  });

  it('hides several statements behind a disclosure, and shows a single one open', () => {
    const section = show().querySelector('section.sources')!;
    const antonov = rowOf(section, 'Anatoly Antonov').querySelector('details.statements') as HTMLDetailsElement;
    expect(antonov.open).toBe(false);
    expect(antonov.querySelectorAll('.statement')).toHaveLength(2);
    expect((rowOf(section, 'Russia').querySelector('details.statements') as HTMLDetailsElement).open).toBe(true);
  });

  it('marks loaded cues with a text label, not colour only', () => {
    const section = show().querySelector('section.sources')!;
    const loaded = [...section.querySelectorAll('.cue[data-tone="loaded"]')];
    expect(loaded).toHaveLength(1);
    expect(text(loaded[0]!.querySelector('.cue-flag'))).toBe('⚠ loaded word');
    expect(text(loaded[0]!.querySelector('.cue-word'))).toBe('claimed');
    expect(section.querySelectorAll('.cue-flag')).toHaveLength(1);
    expect(text(rowOf(section, 'Western media reports').querySelector('.source-meta .cue-word'))).toBe('according to');
  });

  it('shows via, qualifiers and mode per statement, and what the dataset knows per source', () => {
    const section = show().querySelector('section.sources')!;
    expect(text(rowOf(section, 'a senior Western diplomat').querySelector('.via'))).toBe('Told \u2068Reuters\u2069'); // page text isolated inside our sentence
    expect(text(rowOf(section, 'Western media reports').querySelector('.qualifiers'))).toBe('Described as: western');
    expect(text(rowOf(section, 'AFP').querySelector('.mode'))).toBe('Credited for reporting');
    const entity = rowOf(section, 'Syrian Observatory for Human Rights').querySelector('details.entity')!;
    expect(text(entity.querySelector('summary'))).toBe('What Sourcelight’s dataset knows');
    expect(text(entity)).toContain('Monitoring group');
    expect(text(entity)).toContain('United Kingdom');
    expect(text(entity)).toContain('Coventry');
    expect(entity.querySelector('a')?.getAttribute('target')).toBe('_blank');
    expect(text(rowOf(section, 'AFP').querySelector('details.entity'))).toContain('News agency');
  });

  it('collapses long quotes behind a button that expands them', async () => {
    const section = show().querySelector('section.sources')!;
    const long = [...section.querySelectorAll('.quote')].find((q) => q.querySelector('button'))!;
    expect(text(long.querySelector('q'))).toMatch(/…$/);
    const button = long.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(text(button)).toBe('Show full quote');
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(text(long.querySelector('q'))).toMatch(/within days$/);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(text(button)).toBe('Show less');
  });

  it('"Show in the article" steps through a source’s statements, saying where it is', async () => {
    const onReveal = vi.fn();
    const section = show(ANALYSIS, EN, onReveal).querySelector('section.sources')!;
    const row = rowOf(section, 'Anatoly Antonov');
    const button = row.querySelector('button.reveal') as HTMLButtonElement;
    const tick = () => new Promise((r) => setTimeout(r, 0));
    expect(text(button)).toBe('Show in the article');
    expect(text(row.querySelector('.reveal-step'))).toBe('');
    button.click();
    await tick();
    expect(onReveal).toHaveBeenLastCalledWith({ kind: 'attribution', index: 1 });
    expect(text(button)).toBe('Next in the article');
    expect(text(row.querySelector('.reveal-step'))).toBe('Statement 1 of 2');
    expect(row.querySelector('.statement[aria-current="step"]')?.getAttribute('data-index')).toBe('1');
    button.click();
    await tick();
    expect(onReveal).toHaveBeenLastCalledWith({ kind: 'attribution', index: 3 });
    expect(text(row.querySelector('.reveal-step'))).toBe('Statement 2 of 2');
    button.click();
    await tick();
    expect(onReveal).toHaveBeenLastCalledWith({ kind: 'attribution', index: 1 });
    expect(onReveal).toHaveBeenCalledTimes(3);

    const russia = rowOf(section, 'Russia').querySelector('button.reveal') as HTMLButtonElement;
    russia.click();
    await tick();
    expect(onReveal).toHaveBeenLastCalledWith({ kind: 'attribution', index: 5 });
    expect(text(russia)).toBe('Show in the article');
  });

  it('says in plain words when it cannot read the page’s language, and still shows the outlet and page reviews', () => {
    const italian = { ...ANALYSIS, article: { ...ANALYSIS.article, lang: 'it' }, attributions: [], profile: { byKind: {}, quotedShare: [], anonymousShare: 0, sides: [] } };
    const el = show(italian);
    const section = el.querySelector('section.sources')!;
    expect(text(section.querySelector('.sources-unread'))).toBe('Sourcelight cannot yet read sources in Italian. The publisher and the page’s own fact-checks are still shown.');
    expect(text(section)).not.toContain('No attributed sources found.');
    expect(el.querySelector('section.outlet-card[data-outlet="rferl"]')).not.toBeNull();
    expect(el.querySelectorAll('.page-review').length).toBe(ANALYSIS.pageClaimReviews.length);
    expect(text(show(italian, FR).querySelector('.sources-unread'))).toContain('Sourcelight ne sait pas encore lire les sources en italien.');
  });

  it('is translated', () => {
    const section = show(ANALYSIS, FR).querySelector('section.sources')!;
    const antonov = rowOf(section, 'Anatoly Antonov');
    expect(text(antonov.querySelector('.statements > summary'))).toBe('2 déclarations');
    expect(text(antonov.querySelector('.share'))).toBe('52 % du texte cité');
    expect(text(antonov.querySelector('button.reveal'))).toBe('Afficher dans l’article');
  });
});

describe('sourcing profile', () => {
  it('draws bars with their values written out, anonymous share and sides heard', () => {
    const profile = show().querySelector('section.profile')!;
    const rows = [...profile.querySelectorAll('.bar-row')].map((r) => [text(r.querySelector('.bar-label')), text(r.querySelector('.bar-value'))]);
    expect(rows).toEqual([
      ['Anatoly Antonov', '62%'],
      ['defense ministry', '17%'],
      ['Western media reports', '8%'],
      ['Syrian Observatory for Human Rights', '8%'],
      ['Others (2)', '6%'],
    ]);
    expect(profile.querySelector('.bar-track')?.getAttribute('aria-hidden')).toBe('true');
    expect((profile.querySelector('.bar-fill') as HTMLElement).style.width).toBe('100%');
    expect(text(profile.querySelector('.profile-anonymous'))).toBe('Anonymous sources: 4% of quoted text');
    const sides = [...profile.querySelectorAll('.sides > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
    expect(sides).toEqual([
      ['Russian government', '\u2068Anatoly Antonov\u2069 and \u2068defense ministry\u2069'],
      ['monitors and NGOs', '\u2068Syrian Observatory for Human Rights\u2069 and \u2068Syrian-American Medical Society\u2069'],
    ]);
  });
});

describe('claims', () => {
  it('lists claims in article order with claimant, figures and notes ordered by date', () => {
    const section = show().querySelector('section.claims')!;
    const claims = [...section.querySelectorAll('.claim')];
    expect(claims.map((c) => c.getAttribute('data-claim'))).toEqual(['1', '0']);
    const sohr = claims[1]!;
    expect(text(sohr.querySelector('.claimant'))).toBe('Claimed by \u2068Syrian Observatory for Human Rights\u2069');
    expect(text(sohr.querySelector('.claimant a'))).toBe('\u2068Syrian Observatory for Human Rights\u2069');
    expect(text(sohr.querySelector('.worthiness'))).toBe('Check-worthiness: 85%');
    expect(texts(sohr, '.figure')).toEqual(['at least 446 people', 'more than a third civilians']);
    expect(texts(sohr, '.derived .stance')).toEqual(['∑Sourcelight note']);
    expect(sohr.querySelector('.derived .note-by')).toBeNull();
    const notes = [...sohr.querySelectorAll('.match .note-item')];
    expect(notes.map((n) => n.getAttribute('data-stance'))).toEqual(['context', 'disputes', 'revises']);
    expect(notes.map((n) => text(n.querySelector('.stance-label')))).toEqual(['Context', 'Disputes', 'Revises']);
    expect(notes[0]!.querySelector('.stance-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(notes.map((n) => text(n.querySelector('time')) || text(n.querySelector('.muted')))).toEqual(['Oct 20, 2015', 'Oct 23, 2015', 'undated']);
    expect(notes[0]!.querySelector('a')?.getAttribute('href')).toBe('https://newsofbahrain.com/world/7378.html');
    // A non-http citation is shown as text, never as a link.
    expect(notes[2]!.querySelector('a')).toBeNull();
    expect(text(notes[2])).toContain('Bad link');
    expect(text(sohr.querySelector('.match-summary'))).toContain('Matches a claim in the dataset');
  });

  it('gives each claim its reason and links its claimant to the claimant’s row in the sources list', () => {
    const el = show();
    const sohr = el.querySelector('.claim[data-claim="0"]')!;
    expect(text(sohr.querySelector('.claim-reason'))).toBe('A casualty figure attributed to \u2068Syrian Observatory for Human Rights\u2069');
    const link = sohr.querySelector('a.claimant-link')!;
    expect(link.getAttribute('href')).toBe('#source-syrian-observatory-for-human-rights');
    // The sources list gives the claimant's row that id: the link moves focus to it.
    const row = el.querySelector('#source-syrian-observatory-for-human-rights');
    expect(row?.classList.contains('source')).toBe(true);
    (link as HTMLAnchorElement).click();
    expect(document.activeElement).toBe(row);
    const other = el.querySelector('.claim[data-claim="1"]')!;
    expect(text(other.querySelector('.claim-reason'))).toBe('An accusation by \u2068Western media reports\u2069');
  });

  it('links a claimant merged into a full name ("Volker" into "Kurt Volker") to that row, and a claimant with no row to nothing', () => {
    const base = ANALYSIS.attributions[0]!;
    const attributions = [
      { ...base, speaker: 'Kurt Volker', kind: 'named' as const, entity: null, paragraph: 1 },
      { ...base, speaker: 'Volker', kind: 'named' as const, entity: null, paragraph: 3 },
    ];
    const claims = [
      { ...ANALYSIS.claims[0]!, claimant: 'Volker' },
      { ...ANALYSIS.claims[1]!, claimant: 'Nancy Pelosi' },
    ];
    const el = show({ ...ANALYSIS, attributions, claims });
    const link = el.querySelector('.claim[data-claim="0"] a.claimant-link')!;
    expect(link.getAttribute('href')).toBe('#source-kurt-volker');
    const row = el.querySelector('#source-kurt-volker');
    expect(row?.classList.contains('source')).toBe(true);
    (link as HTMLAnchorElement).click();
    expect(document.activeElement).toBe(row);
    const unlisted = el.querySelector('.claim[data-claim="1"]')!;
    expect(unlisted.querySelector('a.claimant-link')).toBeNull();
    expect(text(unlisted.querySelector('.claimant'))).toContain('Nancy Pelosi');
  });

  it('words derived notes in the reader’s language and says where they come from instead of a date', () => {
    const sohr = show(ANALYSIS, FR).querySelector('.claim[data-claim="0"]')!;
    const note = sohr.querySelector('.derived .note-item')!;
    expect(text(note.querySelector('.note-text'))).toBe(
      'Ce chiffre vient d’une seule organisation (\u2068Syrian Observatory for Human Rights\u2069) ; les données ne contiennent aucune confirmation indépendante.',
    );
    expect(text(note.querySelector('.note-head .muted'))).toBe('d’après cet article et les données');
    expect(text(sohr.querySelector('.claim-reason'))).toBe('Un bilan humain attribué à \u2068Syrian Observatory for Human Rights\u2069');
  });

  it('says plainly when nothing is known about a claim, instead of an empty box', () => {
    const bare = { ...ANALYSIS.claims[1]!, claimant: null, derivedNotes: [], matches: [] };
    const claim = show({ ...ANALYSIS, claims: [bare] }).querySelector('.claim')!;
    expect(text(claim.querySelector('.claim-nothing'))).toBe(
      'Sourcelight has no other source on this claim. Check it against the source named, or a fact-checker.',
    );
    expect(text(claim.querySelector('.claim-reason'))).toBe('An accusation of fact');
    expect(claim.querySelector('a.claimant-link')).toBeNull();
    const known = show().querySelector('.claim[data-claim="0"]')!;
    expect(known.querySelector('.claim-nothing')).toBeNull();
  });

  it('shows the page’s own ClaimReview verdicts', () => {
    const review = show().querySelector('.page-review')!;
    expect(text(review.querySelector('.review-claim'))).toBe('Russian jets bombed a hospital in Idlib');
    expect(text(review.querySelector('.review-verdict'))).toBe('Verdict: Mostly true');
    expect(text(review.querySelector('.review-meta'))).toContain('Reviewed by Example Checks');
    expect(review.querySelector('a')?.getAttribute('href')).toBe('https://example.org/check/1');
  });

  it('calls onReveal with the claim’s index', () => {
    const onReveal = vi.fn();
    const claim = show(ANALYSIS, EN, onReveal).querySelector('.claim[data-claim="0"]')!;
    (claim.querySelector('button.reveal-claim') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith({ kind: 'claim', index: 0 });
  });

  it('says so when there are no claims or sources', () => {
    const el = show({ ...ANALYSIS, attributions: [], claims: [], pageClaimReviews: [], profile: { byKind: {}, quotedShare: [], anonymousShare: 0, sides: [] } });
    expect(text(el.querySelector('section.sources'))).toContain('No attributed sources found.');
    expect(text(el.querySelector('section.claims'))).toContain('No check-worthy claims found.');
    expect(el.querySelector('section.profile')).toBeNull();
  });
});

describe('structure and safety', () => {
  it('uses one h1 and section headings in order', () => {
    const el = show();
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(text(el.querySelector('h1'))).toBe(ANALYSIS.article.title);
    expect(texts(el, 'section.card > h2')).toEqual(['Publisher', 'Sourcing at a glance', 'Who is quoted 8', 'Claims worth checking 2']);
    for (const section of el.querySelectorAll('section[aria-labelledby]')) {
      expect(el.querySelector(`#${section.getAttribute('aria-labelledby')}`)).not.toBeNull();
    }
  });

  it('never turns page text into markup', () => {
    const hostile = '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>';
    const analysis: Analysis = {
      ...ANALYSIS,
      article: { ...ANALYSIS.article, title: hostile },
      attributions: ANALYSIS.attributions.map((a) => ({ ...a, speaker: hostile, role: hostile, text: hostile, via: a.via && hostile, qualifiers: [hostile] })),
      claims: ANALYSIS.claims.map((c) => ({ ...c, text: hostile, claimant: hostile })),
      pageClaimReviews: ANALYSIS.pageClaimReviews.map((r) => ({ ...r, claimReviewed: hostile, rating: hostile, author: hostile })),
      profile: { ...ANALYSIS.profile, quotedShare: [{ speaker: hostile, share: 1, chars: 10 }], sides: [{ label: hostile, speakers: [hostile] }] },
    };
    const el = show(analysis);
    expect(el.querySelector('img')).toBeNull();
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    // In-popup anchors only: section headings and the claimant's source row (a slug, never page markup).
    expect(hrefs.filter((h) => !/^https?:/.test(h) && !/^#[a-z-]+-heading$/.test(h) && !/^#source-[\p{L}\p{N}-]+$/u.test(h))).toEqual([]);
    expect(text(el.querySelector('h1'))).toBe(hostile);
  });
});

describe('long lists', () => {
  it('shows the first notes of a match and the rest behind a button', async () => {
    const match = ANALYSIS.claims[0]!.matches[0]!;
    const many = Array.from({ length: 6 }, (_, i) => ({ ...match.notes[0]!, date: `2015-10-${10 + i}`, by: `Source ${i}` }));
    const analysis = { ...ANALYSIS, claims: [{ ...ANALYSIS.claims[0]!, matches: [{ ...match, notes: many }] }] };
    const el = show(analysis);
    expect(el.querySelectorAll('.match .note-item')).toHaveLength(3);
    const button = el.querySelector('button.more-notes') as HTMLButtonElement;
    expect(text(button)).toBe('Show 3 more');
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.querySelectorAll('.match .note-item')).toHaveLength(6);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('links to each section from the top', () => {
    const el = show();
    const links = [...el.querySelectorAll('nav.jump a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#outlet-heading', '#sources-heading', '#claims-heading']);
    for (const a of links) expect(el.querySelector(a.getAttribute('href')!)).not.toBeNull();
  });
});

describe('French', () => {
  it('renders every section in French with French formatting', () => {
    const el = show(ANALYSIS, FR);
    const card = el.querySelector('section.outlet-card')!;
    expect(text(card.querySelector('.badge'))).toBe('Financé par le gouvernement américain ; indépendance éditoriale garantie par la loi');
    expect(text(card)).toContain('États-Unis');
    expect(text(card.querySelector('.provenance'))).toBe('Données de Sourcelight, vérifiées le 25 nov. 2026 ; identifié par l’adresse web (rferl.org).');
    expect(texts(el, 'section.card > h2')).toEqual(['Éditeur', 'Les sources en un coup d’œil', 'Qui est cité 8', 'Affirmations à vérifier 2']);
    expect(texts(el, '.group-title')[0]).toBe('Responsables et gouvernements 3');
    expect(text(el.querySelector('.cue-flag'))).toBe('⚠ mot connoté');
    expect(text(el.querySelector('.via'))).toBe('Propos recueillis par \u2068Reuters\u2069');
    expect(texts(el, '.bar-value')[0]).toBe('62 %');
    expect(texts(el, '.stance-label')).toContain('Conteste');
    expect(text(el.querySelector('.popup-footer'))).toBe('Analyse faite sur cet appareil. Rien n’est envoyé nulle part.');
    expect(text(el.querySelector('.sides dd'))).toBe('\u2068Anatoly Antonov\u2069 et \u2068defense ministry\u2069');
  });

  it('renders the states in French', () => {
    const el = document.body.appendChild(document.createElement('div'));
    render(<Popup state={{ state: 'not-article', url: 'u', title: 't' }} messages={FR} onReveal={() => {}} />, el);
    expect(text(el.querySelector('section.status[data-state="not-article"] h2'))).toBe('Ce n’est pas un article');
  });
});
