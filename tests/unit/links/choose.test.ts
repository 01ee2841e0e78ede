import { describe, expect, it } from 'vitest';
import { sameSite, shouldMark } from '@/lib/links/choose';

const page = 'https://www.google.com/search?q=x';
const link = (target: string | null, extra: Partial<Parameters<typeof shouldMark>[0]> = {}) => ({ target, page, inNavigation: false, text: 'A headline', ...extra });

describe('which links get a mark', () => {
  it('marks a link that leaves the site, with text', () => {
    expect(shouldMark(link('https://www.bbc.co.uk/news/1'))).toBe(true);
  });

  it('skips links within the site, its subdomains and www/m variants', () => {
    expect(shouldMark(link('https://www.google.com/preferences'))).toBe(false);
    expect(shouldMark(link('https://news.google.com/'))).toBe(false);
    expect(sameSite('m.facebook.com', 'www.facebook.com')).toBe(true);
    expect(sameSite('old.reddit.com', 'www.reddit.com')).toBe(true);
    expect(sameSite('bbc.co.uk', 'rferl.org')).toBe(false);
  });

  it('skips menus, links without text and links that could not be resolved', () => {
    expect(shouldMark(link('https://www.bbc.co.uk/', { inNavigation: true }))).toBe(false);
    expect(shouldMark(link('https://www.bbc.co.uk/', { text: '  ' }))).toBe(false);
    expect(shouldMark(link(null))).toBe(false);
  });
});
