import { describe, expect, it } from 'vitest';
import { parseExtractResult, parseReadSnapshot, parseRequest, parseSnapshotReply, parseTabState } from '@/lib/messaging/protocol';
import { LIMITS } from '@/lib/model/limits';

describe('message protocol', () => {
  it('accepts a well-formed tab-state request', () => {
    expect(parseRequest({ type: 'sourcelight/get-tab-state', tabId: 4, wait: true })).toEqual({ type: 'sourcelight/get-tab-state', tabId: 4, wait: true, restart: false });
    expect(parseRequest({ type: 'sourcelight/get-tab-state', tabId: 4, wait: false, restart: true })).toMatchObject({ restart: true });
    expect(parseRequest({ type: 'sourcelight/get-tab-state', tabId: 4, wait: false, restart: 'yes' })).toBeNull();
  });

  it.each([
    null,
    'sourcelight/get-tab-state',
    { type: 'sourcelight/get-tab-state', tabId: -1, wait: false },
    { type: 'sourcelight/get-tab-state', tabId: 1.5, wait: false },
    { type: 'sourcelight/unknown' },
    { type: 'sourcelight/page-snapshot', result: { status: 'ok', snapshot: { url: 'x' } } },
    { type: 'sourcelight/page-snapshot', result: { status: 'ok', snapshot: { url: 'x', html: 42 } } },
    { type: 'sourcelight/page-snapshot', result: { status: 'too-large', url: 'x'.repeat(10_000), reason: 'r' } },
    // An analysis-ready page is no longer something a content script may send: only a snapshot to be read.
    { type: 'sourcelight/page-snapshot', result: { status: 'ok', page: { url: 'x', paragraphs: [] } } },
    { type: 'sourcelight/page-extracted', result: { status: 'not-article', url: 'x', title: 't' } },
  ])('rejects %j', (message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it('accepts a snapshot up to the markup limit, and not past it', () => {
    const snapshot = (chars: number) => ({ type: 'sourcelight/page-snapshot', result: { status: 'ok', snapshot: { url: 'https://a.org/', html: 'x'.repeat(chars) } } });
    expect(parseRequest(snapshot(LIMITS.maxSnapshotChars))).not.toBeNull();
    expect(parseRequest(snapshot(LIMITS.maxSnapshotChars + 1))).toBeNull();
  });

  it('rejects an extraction from the article reader with more paragraphs than the limit', () => {
    const page = {
      url: 'https://a.org', canonicalUrl: null, title: 't', byline: null, siteName: null, lang: null, publishedTime: null,
      publisher: null, paragraphs: Array.from({ length: 2001 }, () => 'p'), wordCount: 1, readerable: true, claimReviews: [],
    };
    expect(parseExtractResult({ status: 'ok', page })).toBeNull();
    expect(parseExtractResult({ status: 'ok', page: { ...page, paragraphs: ['p'] } })).not.toBeNull();
  });

  it('validates the read-snapshot request and the paragraphs sent back to the content script', () => {
    expect(parseReadSnapshot({ type: 'sourcelight/read-snapshot', snapshot: { url: 'https://a.org/', html: '<p>x</p>' } })).not.toBeNull();
    expect(parseReadSnapshot({ type: 'sourcelight/read-snapshot', snapshot: { url: 'https://a.org/' } })).toBeNull();
    expect(parseSnapshotReply({ paragraphs: ['a', 'b'] })).toEqual({ paragraphs: ['a', 'b'] });
    expect(parseSnapshotReply({ paragraphs: ['a', 3] })).toBeNull();
    expect(parseSnapshotReply({ paragraphs: Array.from({ length: LIMITS.maxParagraphs + 1 }, () => 'p') })).toBeNull();
  });

  it('validates tab states sent to the popup', () => {
    expect(parseTabState({ state: 'analysing' })).toEqual({ state: 'analysing' });
    expect(parseTabState({ state: 'ready', analysis: {} })).toBeNull();
    expect(parseTabState({ state: 'tab-closed' })).toEqual({ state: 'tab-closed' });
    expect(parseTabState({ state: 'tab-closed', extra: '<b>' })).toEqual({ state: 'tab-closed' });
    expect(parseTabState({ state: 'tab-gone' })).toBeNull();
  });
});
