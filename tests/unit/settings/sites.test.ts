import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, annotatesOrigin } from '@/lib/settings/settings';
import { originFromInput, originPermissionPattern, siteRows, withEverywhere, withoutSite, withSite } from '@/lib/settings/sites';

describe('originFromInput', () => {
  it.each([
    ['www.rferl.org', 'https://www.rferl.org'],
    ['  https://www.rferl.org/a/russia/27328617.html  ', 'https://www.rferl.org'],
    ['HTTP://News.Example.ORG:8080/x?y#z', 'http://news.example.org:8080'],
    ['www.bbc.co.uk/news', 'https://www.bbc.co.uk'],
    ['localhost:8080', 'https://localhost:8080'],
    ['http://127.0.0.1:5000/page.html', 'http://127.0.0.1:5000'],
    ['https://[::1]/', 'https://[::1]'],
    ['https://Bücher.example/', 'https://xn--bcher-kva.example'],
  ])('%s → %s', (input, origin) => {
    expect(originFromInput(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['javascript:alert(1)', 'not-web'],
    ['ftp://files.example.org', 'not-web'],
    ['file:///home/me/page.html', 'not-web'],
    ['news', 'invalid'],
    ['localhost.', 'invalid'],
    ['example.123', 'invalid'],
    ['https://exa mple.org', 'invalid'],
    ['https://', 'invalid'],
  ])('%j is refused (%s)', (input, error) => {
    expect(originFromInput(input)).toEqual({ ok: false, error });
  });
});

describe('settings edits', () => {
  it('are pure and combine as annotatesOrigin reads them', () => {
    const on = withEverywhere(DEFAULT_SETTINGS, true);
    expect(DEFAULT_SETTINGS.annotations.everywhere).toBe(false);
    const never = withSite(on, 'https://www.rt.com', false);
    expect(annotatesOrigin(never, 'https://www.rt.com')).toBe(false);
    expect(annotatesOrigin(never, 'https://apnews.com')).toBe(true);
    const only = withSite(DEFAULT_SETTINGS, 'https://apnews.com', true);
    expect(annotatesOrigin(only, 'https://apnews.com')).toBe(true);
    expect(annotatesOrigin(only, 'https://www.rt.com')).toBe(false);
    expect(withoutSite(never, 'https://www.rt.com').annotations.sites).toEqual({});
    expect(on.annotations.sites).toEqual({});
  });

  it('lists sites by host name', () => {
    let settings = withSite(DEFAULT_SETTINGS, 'https://www.rferl.org', true);
    settings = withSite(settings, 'https://apnews.com', false);
    settings = withSite(settings, 'http://apnews.com', true);
    expect(siteRows(settings)).toEqual([
      { origin: 'http://apnews.com', annotate: true },
      { origin: 'https://apnews.com', annotate: false },
      { origin: 'https://www.rferl.org', annotate: true },
    ]);
  });

  it('asks for a match pattern without the port (match patterns take none)', () => {
    expect(originPermissionPattern('https://www.rferl.org')).toBe('https://www.rferl.org/*');
    expect(originPermissionPattern('http://127.0.0.1:5000')).toBe('http://127.0.0.1/*');
  });
});
