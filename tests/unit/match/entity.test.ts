import { describe, expect, it } from 'vitest';
import type { Entity } from '@/lib/dataset/schema';
import { matchEntity } from '@/lib/match/entity';
import { normalizeName, stripInvisible, tokenize } from '@/lib/text/normalize';
import { testIndex } from '../dataset-fixture';

const citation = { url: 'https://example.org/source', title: 'Test source', publisher: 'Test', accessed: '2026-11-25' };
const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id, name, aliases, type: 'person', country: 'US', runBy: null, partyTo: [], side: null, note: 'test', figuresNote: null,
  sources: [citation], reviewed: '2026-11-25',
});

const index = testIndex([], { entities: [entity('john-smith', 'John Smith'), entity('ahmad-al-hassan', 'Ahmad al-Hassan', ['Ahmad Hassan'])] });

describe('names with invisible characters', () => {
  // U+200B–200F (zero-width, LRM/RLM), U+202A–202E (embeddings, overrides), U+2060–2069 (joiners, isolates), U+FEFF.
  const invisible = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff'];

  it.each(invisible.map((c) => [c.codePointAt(0)!.toString(16), c]))('normalizeName ignores U+%s inside and around a name', (_, c) => {
    expect(normalizeName(`Jo${c}hn Smith`)).toBe('john smith');
    expect(normalizeName(`${c}John${c} Smith${c}`)).toBe('john smith');
    expect(tokenize(`Jo${c}hn Smith`)).toEqual(['john', 'smith']);
  });

  it('keeps everything else as it was', () => {
    expect(normalizeName('The Syrian-American Medical Society')).toBe('syrian american medical society');
    expect(normalizeName('ТАСС')).toBe('тасс');
    expect(normalizeName('Agence France-Presse (AFP)')).toBe('agence france presse afp');
    expect(stripInvisible('Ahmed\u202eevil.exe\u202c Karimi')).toBe('Ahmedevil.exe Karimi');
  });

  it('matches a dataset entity whatever invisible characters the page put in its name', () => {
    expect(matchEntity('Jo\u200bhn Smith', index)?.id).toBe('john-smith');
    expect(matchEntity('Ahmad\u202e al-Hassan', index)?.id).toBe('ahmad-al-hassan');
    expect(matchEntity('\u2066Ahmad Has\u200dsan\u2069', index)?.id).toBe('ahmad-al-hassan');
    expect(matchEntity('\ufeffJohn Smith', index)?.id).toBe('john-smith');
    // Invisible characters are not a word break: "Jo hn Smith" is not John Smith.
    expect(matchEntity('Jo hn Smith', index)).toBeNull();
  });
});
