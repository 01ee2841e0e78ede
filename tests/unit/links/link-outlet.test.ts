import { describe, expect, it } from 'vitest';
import { lookupLinks } from '@/lib/links/link-outlet';
import { parseLinkLookupReply, parseRequest } from '@/lib/messaging/protocol';
import { EN, FR } from '../components/fixture';
import { testIndex, testOutlet } from '../dataset-fixture';

const index = testIndex([
  testOutlet('rferl', ['rferl.org'], { name: 'Radio Free Europe/Radio Liberty', funding: 'state-funded-firewall', owner: 'USAGM', kind: 'broadcaster' }),
  testOutlet('apfc', ['apnews.com/ap-fact-check'], { name: 'AP Fact Check', kind: 'fact-checker' }),
  testOutlet('ap', ['apnews.com'], { name: 'Associated Press', kind: 'wire' }),
  testOutlet('wd', ['smalltown.example'], { name: 'Smalltown Gazette', tier: 'directory', origin: 'wikidata', funding: 'unknown' }),
]);

describe('the background answers link look-ups', () => {
  it('by address only: each outlet once, and each address pointing to it or to nothing', () => {
    const reply = lookupLinks(EN, ['www.rferl.org/a/1.html', 'rferl.org', 'unknown.example/x', 'apnews.com/ap-fact-check/x', 'apnews.com/article/y'], index);
    expect(reply.outlets.map((o) => o.id)).toEqual(['rferl', 'apfc', 'ap']);
    expect(reply.matches).toEqual([0, 0, null, 1, 2]);
    expect(parseLinkLookupReply(reply)).not.toBeNull();
  });

  it("carries the popup card's facts, localised, with the badge's code and colour", () => {
    const [rferl] = lookupLinks(EN, ['rferl.org'], index).outlets;
    expect(rferl).toMatchObject({ name: 'Radio Free Europe/Radio Liberty', code: EN.t('badgeCode_state_funded_firewall'), kind: 'Broadcaster', tier: null });
    expect(rferl!.colour).toMatch(/^#[0-9a-f]{6}$/i);
    expect(rferl!.facts).toContainEqual({ label: 'Owner', value: 'USAGM' });
    expect(rferl!.facts).toContainEqual({ label: 'Country', value: 'United States' });
    expect(rferl!.citations).toEqual([{ url: 'https://example.org/source', title: 'Test source' }]);
    expect(rferl!.label).toContain('Radio Free Europe/Radio Liberty');
    const [french] = lookupLinks(FR, ['rferl.org'], index).outlets;
    expect(french!.facts).toContainEqual({ label: FR.t('factCountry'), value: 'États-Unis' });
  });

  it('says a directory outlet is from open data and not reviewed', () => {
    const [outlet] = lookupLinks(EN, ['smalltown.example'], index).outlets;
    expect(outlet!.tier).toBe('From Wikidata; not reviewed by Sourcelight');
  });

  it('the request is validated: bounded, and addresses only', () => {
    const ok = { type: 'sourcelight/lookup-links', addresses: ['rferl.org/a'] };
    expect(parseRequest(ok)).toEqual(ok);
    expect(parseRequest({ ...ok, addresses: [] })).toBeNull();
    expect(parseRequest({ ...ok, addresses: Array.from({ length: 101 }, () => 'a.org') })).toBeNull();
    expect(parseRequest({ ...ok, addresses: ['https://rferl.org/a'] })).toBeNull();
    expect(parseRequest({ ...ok, addresses: ['rferl.org/a?q=secret'] })).toBeNull();
  });
});
