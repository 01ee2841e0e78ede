import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';
import { loadJudgements, notesOn, sameNote, type ShownNote } from '../../gold/notes-dev/collect';

/** The notes audit (tests/gold/notes-dev/judgements.json): judged-wrong notes stay gone, judged-right ones stay shown. */
const judged = loadJudgements();
const pages = [...new Set(judged.map((j) => j.page))];
const shown = new Map<string, ShownNote[]>();

let index: DatasetIndex;
beforeAll(async () => {
  index = await loadDatasetIndexFromSources();
  for (const page of pages) shown.set(page, notesOn(page, index));
}, 120_000);

describe('derived notes judged by hand', () => {
  it.each(judged.filter((j) => !j.right).map((j) => [`${j.page}: ${j.claim}`, j] as const))('a wrong note does not come back (%s)', (_, j) => {
    expect(shown.get(j.page)!.filter((n) => sameNote(n, j))).toEqual([]);
  });
  it.each(judged.filter((j) => j.right && !j.dropped).map((j) => [`${j.page}: ${j.claim}`, j] as const))('a right note is still shown (%s)', (_, j) => {
    expect(shown.get(j.page)!.some((n) => sameNote(n, j))).toBe(true);
  });
});
