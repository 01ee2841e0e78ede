import { describe, expect, it } from 'vitest';
import { addressUrl, lookupAddress } from '@/lib/links/address';

describe('the look-up address of a link', () => {
  it('keeps the host and at most three path segments, never the query or fragment', () => {
    expect(lookupAddress('https://WWW.BBC.co.uk/news/world/middle-east/34642322?at_medium=x#top')).toBe('www.bbc.co.uk/news/world/middle-east');
    expect(lookupAddress('http://apnews.com/hub/ap-fact-check')).toBe('apnews.com/hub/ap-fact-check');
    expect(lookupAddress('https://rferl.org')).toBe('rferl.org');
  });

  it('refuses what is not a web address', () => {
    expect(lookupAddress('mailto:x@y.org')).toBeNull();
    expect(lookupAddress('not a url')).toBeNull();
  });

  it('falls back to the host alone for very long paths', () => {
    expect(lookupAddress(`https://example.org/${'a'.repeat(400)}`)).toBe('example.org');
  });

  it('gives the background a URL to match, and refuses anything else', () => {
    expect(addressUrl('apnews.com/hub/ap-fact-check')).toBe('https://apnews.com/hub/ap-fact-check');
    expect(addressUrl('evil.org?x')).toBeNull();
    expect(addressUrl('user@evil.org')).toBeNull();
  });
});
