import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import type { Analysis } from '@/lib/model/analysis';
import type { TabState } from '@/lib/messaging/protocol';
import { EN, FR } from './fixture';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

const analysis: Analysis = {
  url: 'https://www.rferl.org/a/1.html',
  article: { title: 'A title', byline: null, siteName: null, lang: 'en', publishedTime: null, wordCount: 10, readerable: true },
  outlet: {
    id: 'rferl', name: 'Radio Free Europe/Radio Liberty', domain: 'rferl.org', kind: 'broadcaster', country: 'US', typology: 'ISFM',
    owner: 'USAGM', parent: null, funding: 'state-funded-firewall', note: 'A note.', reliability: null, matchedBy: 'domain',
    citations: [{ url: 'https://about.rferl.org/faq/', title: 'RFE/RL FAQ' }], reviewed: '2026-11-25',
    tier: 'curated', origin: null, lowCredibility: null,
  },
  site: { host: 'www.rferl.org', registrableDomain: 'rferl.org', claimedName: null, impersonates: null, syndicatedFrom: null },
  attributions: [
    {
      speaker: '<img src=x onerror=alert(1)>', role: 'deputy minister', affiliation: null, kind: 'named', mode: 'direct',
      cue: 'claimed', cueTone: 'loaded', text: 'We did <b>nothing</b>', via: null, qualifiers: [], paragraph: 0, start: 0, end: 5, entity: null,
    },
  ],
  profile: { byKind: { named: 1 }, quotedShare: [], anonymousShare: 0, sides: [] },
  claims: [],
  pageClaimReviews: [],
  datasetVersion: 'test',
};

function show(state: TabState) {
  const el = root();
  render(<Popup state={state} messages={EN} onReveal={() => {}} />, el);
  return el;
}

describe('Popup', () => {
  it('shows the outlet card in plain words with citations that open in a new tab', () => {
    const el = show({ state: 'ready', analysis });
    const card = el.querySelector('section.outlet-card[data-outlet="rferl"]')!;
    expect(card.querySelector('.outlet-name')?.textContent).toBe('Radio Free Europe/Radio Liberty');
    expect(card.textContent).toContain('Funded by the US government; editorially independent by law');
    const link = card.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://about.rferl.org/faq/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('renders page-derived text as text, never as markup, and marks loaded cues', () => {
    const el = show({ state: 'ready', analysis });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('.speaker')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(el.querySelector('.cue')?.textContent).toContain('loaded');
  });

  it('says "unknown outlet" when the dataset has no record', () => {
    const el = show({ state: 'ready', analysis: { ...analysis, outlet: null, article: { ...analysis.article, siteName: 'Some Site' } } });
    expect(el.querySelector('[data-outlet="unknown"]')?.textContent).toContain('Unknown outlet');
  });

  it.each([
    [{ state: 'analysing' }, 'analysing', 'Analysing'],
    [{ state: 'not-article', url: 'u', title: 't' }, 'not-article', 'Not an article'],
    [{ state: 'restricted', url: 'chrome://x' }, 'restricted', 'can’t read this page'],
    [{ state: 'no-access', reason: 'no permission' }, 'no-access', 'No access to this page'],
    [{ state: 'too-large', url: 'u', reason: 'page has 99 elements' }, 'too-large', 'Page too large'],
    [{ state: 'failed', reason: 'boom' }, 'failed', 'Couldn’t analyse this page'],
    [{ state: 'tab-closed' }, 'tab-closed', 'This tab is no longer open'],
  ] as [TabState, string, string][])('shows the %j state', (state, kind, text) => {
    const el = show(state);
    expect(el.querySelector(`section.status[data-state="${kind}"]`)?.textContent).toContain(text);
  });

  it('in the side panel, "no access" asks for a click on the toolbar button, in English and French', () => {
    for (const [messages, words] of [[EN, 'Click the Sourcelight button'], [FR, 'Cliquez sur le bouton Sourcelight']] as const) {
      const el = root();
      render(<Popup state={{ state: 'no-access', reason: 'x' }} messages={messages} onReveal={() => {}} surface="panel" />, el);
      expect(el.querySelector('.popup')?.getAttribute('data-surface')).toBe('panel');
      expect(el.querySelector('section.status[data-state="no-access"]')?.textContent).toContain(words);
    }
  });

  it('shows the reason for failures as a technical detail, as text', () => {
    const el = show({ state: 'failed', reason: '<script>x</script>' });
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('.technical')?.textContent).toBe('Technical details: <script>x</script>');
  });
});

describe('Popup, taking too long', () => {
  it('says so in plain words and offers "Try again", which calls back', () => {
    const el = root();
    let retried = 0;
    render(<Popup state={{ state: 'too-slow' }} messages={EN} onReveal={() => {}} onRetry={() => retried++} />, el);
    const status = el.querySelector('[data-state="too-slow"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toContain('This is taking too long');
    const button = status?.querySelector('button');
    expect(button?.textContent).toBe('Try again');
    button?.click();
    expect(retried).toBe(1);
    expect(el.querySelector('.spinner')).toBeNull();
  });
});
