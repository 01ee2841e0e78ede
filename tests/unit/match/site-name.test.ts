import { describe, expect, it } from 'vitest';
import { isGenericName, isJunkSiteName, isShortName } from '@/lib/match/site-name';

describe('isJunkSiteName', () => {
  it.each([
    ['nj', 'too short'],
    ['U.S.', 'too short once the dots go'],
    ['AP', 'too short'],
    ['oregonlive', 'a slug'],
    ['my-local-blog', 'a dashed slug'],
    ['Experience', 'a generic word'],
    ['News', 'a generic word'],
    ['The Home', 'one generic word after the article'],
    ['www.example.com', 'an address'],
    ['expressnews.com', 'a host'],
    ['https://example.org', 'a URL'],
    ['   ', 'blank'],
    ['Texas lawmakers pass a bill on school funding after a long night of debate in the state capitol in Austin', 'a title'],
  ])('%s is junk (%s)', (name) => {
    expect(isJunkSiteName(name)).toBe(true);
  });

  it.each(['San Antonio Express-News', 'Times Union', 'BBC News', 'Le Monde', 'DER SPIEGEL', 'NPR', 'The Oregonian', 'NJ.com Staff', 'Daily News', 'Local Gazette Online'])(
    '%s is a usable name',
    (name) => {
      expect(isJunkSiteName(name)).toBe(false);
    },
  );
});

describe('isGenericName and isShortName', () => {
  it('calls a name generic only when every word is', () => {
    expect(isGenericName('The Times')).toBe(true);
    expect(isGenericName('The Guardian')).toBe(true);
    expect(isGenericName('BBC News')).toBe(false);
    expect(isGenericName('Times Union')).toBe(false);
  });

  it('counts letters and digits, not dots and spaces', () => {
    expect(isShortName('B.B.C.')).toBe(true);
    expect(isShortName('CNN')).toBe(true);
    expect(isShortName('Reuters')).toBe(false);
  });
});
