import { describe, expect, it } from 'vitest';
import { parseRequest, parseTabState } from '@/lib/messaging/protocol';

describe('message protocol', () => {
  it('accepts a well-formed tab-state request', () => {
    expect(parseRequest({ type: 'sourcelight/get-tab-state', tabId: 4, wait: true })).toEqual({ type: 'sourcelight/get-tab-state', tabId: 4, wait: true });
  });

  it.each([
    null,
    'sourcelight/get-tab-state',
    { type: 'sourcelight/get-tab-state', tabId: -1, wait: false },
    { type: 'sourcelight/get-tab-state', tabId: 1.5, wait: false },
    { type: 'sourcelight/unknown' },
    { type: 'sourcelight/page-extracted', result: { status: 'ok', page: { url: 'x' } } },
    { type: 'sourcelight/page-extracted', result: { status: 'too-large', url: 'x'.repeat(10_000), reason: 'r' } },
  ])('rejects %j', (message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it('rejects an extraction with more paragraphs than the limit', () => {
    const page = {
      url: 'https://a.org', canonicalUrl: null, title: 't', byline: null, siteName: null, lang: null, publishedTime: null,
      publisher: null, paragraphs: Array.from({ length: 2001 }, () => 'p'), wordCount: 1, readerable: true, claimReviews: [],
    };
    expect(parseRequest({ type: 'sourcelight/page-extracted', result: { status: 'ok', page } })).toBeNull();
    expect(parseRequest({ type: 'sourcelight/page-extracted', result: { status: 'ok', page: { ...page, paragraphs: ['p'] } } })).not.toBeNull();
  });

  it('validates tab states sent to the popup', () => {
    expect(parseTabState({ state: 'analysing' })).toEqual({ state: 'analysing' });
    expect(parseTabState({ state: 'ready', analysis: {} })).toBeNull();
    expect(parseTabState({ state: 'tab-closed' })).toEqual({ state: 'tab-closed' });
    expect(parseTabState({ state: 'tab-closed', extra: '<b>' })).toEqual({ state: 'tab-closed' });
    expect(parseTabState({ state: 'tab-gone' })).toBeNull();
  });
});
