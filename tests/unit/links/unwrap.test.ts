import { describe, expect, it } from 'vitest';
import { resolveLink } from '@/lib/links/unwrap';

const PAGE = 'https://www.google.com/search?q=syria';
const TARGET = 'https://www.bbc.co.uk/news/world-middle-east-34642322';

describe('resolveLink: the address a link really goes to', () => {
  it('keeps a plain link, made absolute against the page', () => {
    expect(resolveLink(TARGET, PAGE)).toBe(TARGET);
    expect(resolveLink('/search?q=other', PAGE)).toBe('https://www.google.com/search?q=other');
  });

  it('refuses non-web links', () => {
    for (const href of ['javascript:void(0)', 'mailto:desk@bbc.co.uk', 'data:text/html,x', 'ftp://example.org/']) expect(resolveLink(href, PAGE)).toBeNull();
  });

  it("takes off Google's /url?q= and /url?url= wrappers, on any Google domain", () => {
    expect(resolveLink(`/url?q=${encodeURIComponent(TARGET)}&sa=U&ved=2ah`, PAGE)).toBe(TARGET);
    expect(resolveLink(`https://www.google.co.uk/url?url=${encodeURIComponent(TARGET)}`, PAGE)).toBe(TARGET);
    expect(resolveLink('https://www.google.fr/url?sa=t&q=https://www.lemonde.fr/a/1.html', PAGE)).toBe('https://www.lemonde.fr/a/1.html');
  });

  it("decodes Bing's /ck/a?u=a1<base64url>", () => {
    const encoded = btoa(TARGET).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(resolveLink(`https://www.bing.com/ck/a?!&&p=abc&u=a1${encoded}&ntb=1`, 'https://www.bing.com/search?q=x')).toBe(TARGET);
    expect(resolveLink('https://www.bing.com/ck/a?u=zz', 'https://www.bing.com/search?q=x')).toBeNull();
  });

  it("takes off DuckDuckGo's /l/?uddg=, Facebook's l.php, Reddit's out. and Yahoo's /RU=…/ wrappers", () => {
    expect(resolveLink(`https://duckduckgo.com/l/?uddg=${encodeURIComponent(TARGET)}&rut=abc`, 'https://duckduckgo.com/?q=x')).toBe(TARGET);
    expect(resolveLink(`https://l.facebook.com/l.php?u=${encodeURIComponent(TARGET)}&h=AT0`, 'https://www.facebook.com/')).toBe(TARGET);
    expect(resolveLink(`https://out.reddit.com/t3_1?url=${encodeURIComponent(TARGET)}&token=x`, 'https://www.reddit.com/')).toBe(TARGET);
    expect(resolveLink(`https://r.search.yahoo.com/_ylt=Awr;_ylu=Y29s/RV=2/RE=1/RO=10/RU=${encodeURIComponent(TARGET)}/RK=2/RS=abc-`, 'https://search.yahoo.com/search?p=x')).toBe(TARGET);
  });

  it('resolves AMP cache and Google AMP viewer addresses to the publisher', () => {
    expect(resolveLink('https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/amp/world-1', PAGE)).toBe('https://www.bbc.co.uk/news/amp/world-1');
    expect(resolveLink('https://www.google.com/amp/s/www.rferl.org/amp/27328617.html', PAGE)).toBe('https://www.rferl.org/amp/27328617.html');
    expect(resolveLink('https://www.google.com/amp/not a host/x', PAGE)).toBeNull();
  });

  it('follows a wrapper inside a wrapper (a Google result for an AMP page)', () => {
    const amp = 'https://www.google.com/amp/s/www.rferl.org/a/1.html';
    expect(resolveLink(`/url?q=${encodeURIComponent(amp)}`, PAGE)).toBe('https://www.rferl.org/a/1.html');
  });

  it('resolves t.co only when the page shows the real address', () => {
    const page = 'https://x.com/home';
    expect(resolveLink('https://t.co/AbC123', page, { text: 'Read more' })).toBeNull();
    expect(resolveLink('https://t.co/AbC123', page, { expanded: TARGET })).toBe(TARGET);
    expect(resolveLink('https://t.co/AbC123', page, { title: TARGET })).toBe(TARGET);
    // X shows a cut address: its last, incomplete segment is dropped.
    expect(resolveLink('https://t.co/AbC123', page, { text: 'bbc.co.uk/news/world-mid…' })).toBe('https://bbc.co.uk/news');
    expect(resolveLink('https://t.co/AbC123', page, { text: 'rferl.org' })).toBe('https://rferl.org/');
  });

  it('does not follow a wrapper whose target is missing or not a web address', () => {
    expect(resolveLink('/url?q=javascript:alert(1)', PAGE)).toBeNull();
    expect(resolveLink('/url?sa=U', PAGE)).toBeNull();
    expect(resolveLink('https://l.facebook.com/l.php', PAGE)).toBeNull();
  });
});
