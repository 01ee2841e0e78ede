import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import type { Messages } from '@/lib/i18n';
import type { Analysis, OutletSummary } from '@/lib/model/analysis';
import { ANALYSIS, EN, FR } from './fixture';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A directory outlet as the matcher summarises it (test data). */
const DIRECTORY_OUTLET: OutletSummary = {
  id: 'wd-q42', name: 'Nordlys Avis', domain: 'nordlys.example', kind: 'newspaper', country: 'NO', typology: null,
  owner: null, parent: null, funding: 'unknown', note: 'Newspaper in Norway, listed in Wikidata.', reliability: null,
  matchedBy: 'domain', citations: [{ url: 'https://www.wikidata.org/wiki/Q42', title: 'Nordlys Avis (Wikidata item Q42)' }],
  reviewed: '2026-12-07', tier: 'directory', origin: 'wikidata', lowCredibility: null,
};

function card(outlet: OutletSummary, messages: Messages = EN) {
  const analysis: Analysis = { ...ANALYSIS, outlet };
  const el = document.body.appendChild(document.createElement('div'));
  render(<Popup state={{ state: 'ready', analysis }} messages={messages} onReveal={() => {}} />, el);
  return el.querySelector('section.outlet-card')!;
}
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('outlet card tiers', () => {
  it('says a Wikidata record was not reviewed, in English and in French', () => {
    expect(text(card(DIRECTORY_OUTLET).querySelector('.outlet-tier'))).toBe('From Wikidata; not reviewed by Sourcelight');
    expect(text(card(DIRECTORY_OUTLET, FR).querySelector('.outlet-tier'))).toBe('Tiré de Wikidata ; non vérifié par Sourcelight');
  });

  it('names the Local News Dataset and its year', () => {
    const outlet = { ...DIRECTORY_OUTLET, origin: 'local-news-2018' as const };
    expect(text(card(outlet).querySelector('.outlet-tier'))).toBe('From the Local News Dataset (2018); not reviewed by Sourcelight');
  });

  it('shows no tier line on a curated record, and a reviewed date only there', () => {
    const curated = card(ANALYSIS.outlet!);
    expect(curated.querySelector('.outlet-tier')).toBeNull();
    expect(text(curated.querySelector('.provenance'))).toContain('reviewed');
    expect(text(card(DIRECTORY_OUTLET).querySelector('.provenance'))).toContain('Imported from open data');
  });

  it('shows CRED-1’s listing as CRED-1’s, with its citation among the sources', () => {
    const listed = card({
      ...DIRECTORY_OUTLET,
      lowCredibility: { category: 'unreliable', citation: { url: 'https://github.com/aloth/cred-1', title: 'CRED-1' } },
    });
    expect(text(listed.querySelector('.low-credibility'))).toBe('Listed by CRED-1 as “unreliable”');
    expect([...listed.querySelectorAll('.why a')].map((a) => a.getAttribute('href'))).toContain('https://github.com/aloth/cred-1');
    expect(card(DIRECTORY_OUTLET).querySelector('.low-credibility')).toBeNull();
  });
});
