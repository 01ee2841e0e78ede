import { describe, expect, it } from 'vitest';
import { validateSourceFiles } from '@/lib/dataset/validate';
import { testOutlet } from '../dataset-fixture';

describe('dataset cross-checks', () => {
  it('reports an id used twice and a domain claimed by two outlets, naming both', () => {
    const files = [
      { file: 'data/outlets/a.json', type: 'outlets' as const, json: [testOutlet('one', ['one.example']), testOutlet('two', ['one.example'])] },
      { file: 'data/outlets/b.json', type: 'outlets' as const, json: [testOutlet('one', ['other.example'])] },
    ];
    expect(validateSourceFiles(files, 't').errors).toEqual([
      'duplicate id "one" (outlet and outlet)',
      'domain "one.example" claimed by both "one" and "two"',
    ]);
  });
});
