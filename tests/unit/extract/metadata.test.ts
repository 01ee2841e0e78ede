import { describe, expect, it } from 'vitest';
import { collectMetadata } from '@/lib/extract/metadata';
import { htmlDoc } from '../helpers';

describe('collectMetadata', () => {
  it('resolves a relative canonical link and reads Open Graph and article tags', () => {
    const doc = htmlDoc(`<html lang="fr"><head>
      <link rel="canonical" href="/a/story.html">
      <meta property="og:site_name" content="Le Site">
      <meta property="article:published_time" content="2021-05-06T10:00:00Z">
    </head><body></body></html>`, 'https://www.example.fr/x?utm=1');
    expect(collectMetadata(doc, 'https://www.example.fr/x?utm=1')).toMatchObject({
      canonicalUrl: 'https://www.example.fr/a/story.html',
      siteName: 'Le Site',
      publishedTime: '2021-05-06T10:00:00Z',
      lang: 'fr',
    });
  });

  it('ignores a javascript: canonical link', () => {
    const doc = htmlDoc('<html><head><link rel="canonical" href="javascript:alert(1)"></head></html>');
    expect(collectMetadata(doc, 'https://example.org/').canonicalUrl).toBeNull();
  });

  it("resolves relative links against the page's <base href>, read against the page's own address", () => {
    // The snapshot is parsed in the extension's own document, whose address must not stand in for the page's.
    const doc = htmlDoc('<html><head><base href="/edition/"><link rel="canonical" href="story-1.html"></head></html>', 'chrome-extension://abc/offscreen.html');
    expect(collectMetadata(doc, 'https://news.example.org/a/1').canonicalUrl).toBe('https://news.example.org/edition/story-1.html');
  });
});
