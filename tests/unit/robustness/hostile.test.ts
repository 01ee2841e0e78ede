import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { runPipeline, type PipelineRun } from '@/lib/fuzz/harness';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';
import { openHtml } from '../../../scripts/node-dom';
import { ROOT } from '../helpers';

/**
 * The hostile fixtures (tests/fixtures/hostile/, also loaded by the browser e2e) through the Node pipeline.
 * Page markup, scripts and javascript: URLs may only come out as plain strings of data, never as nodes or code.
 *
 * Decision on invisible and bidi control characters (U+202A–202E, U+2066–2069, U+200B–200D, U+FEFF): they are
 * KEPT verbatim in the extracted text. Extraction does not rewrite page text, so offsets into paragraphs stay
 * valid and match the live-page text map (lib/annotate/text-map.ts collapses whitespace only). Any speaker or
 * quote the analysis reports is an exact substring of its paragraph, control characters included; rendering them
 * safely (text nodes in an isolating element: <bdi> or dir="auto" with unicode-bidi: isolate) is the UI's job.
 */
const DIR = join(ROOT, 'tests/fixtures/hostile');
const URL = 'https://hostile.example.org/news/1';
const CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff]/;
let index: DatasetIndex;

beforeAll(async () => {
  index = await loadDatasetIndexFromSources();
});

async function pipeline(name: string): Promise<PipelineRun & { json: string }> {
  const run = await runPipeline(readFileSync(join(DIR, name), 'utf8'), URL, openHtml, index);
  return { ...run, json: JSON.stringify({ result: run.result, analysis: run.analysis }) };
}

/** True when every value reachable from `value` is plain data (no DOM nodes, functions or class instances). */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isPlainData);
  return false;
}

describe('hostile fixtures through the Node pipeline', () => {
  it('quotes-xss.html: markup inside quotes is kept as text, planted elements and scripts are not text', async () => {
    const run = await pipeline('quotes-xss.html');
    expect(run.problems).toEqual([]);
    expect(run.status).toBe('ok');
    if (run.result?.status !== 'ok' || !run.analysis) throw new Error(run.status);
    expect(isPlainData(run.result)).toBe(true);
    expect(isPlainData(run.analysis)).toBe(true);
    const text = run.result.page.paragraphs.join('\n');
    // Escaped markup in the page is text, and stays text (the UI must render it as such).
    expect(text).toContain('<img src=x onerror=alert(document.domain)>');
    expect(text).toContain("<script>alert('quoted')</script>");
    // Real elements and scripts are not text: their attributes and bodies never reach the analysis.
    expect(run.json).not.toContain('__pageOwnScripts');
    // A javascript: canonical link or ClaimReview URL is dropped; markup in ClaimReview text stays text.
    expect(run.json).not.toContain("javascript:window.__pwned='canonical'");
    expect(run.json).not.toContain("javascript:window.__pwned='review link'");
    expect(run.json).not.toContain("javascript:alert('link')");
    expect(text).toContain('our website');
    // The title keeps escaped markup as text too.
    expect(run.result.page.title).toContain('<b>ceasefire</b>');
    // Quoted markup comes through attribution as the quote's text, verbatim.
    const lopez = run.analysis.attributions.find((a) => a.speaker.includes('Lopez'));
    expect(lopez?.text).toContain('<img src=x onerror=alert(document.domain)>');
  });

  it('quotes-xss.html: a JSON-LD publisher with markup is data, and its javascript: URL is dropped', async () => {
    const run = await pipeline('quotes-xss.html');
    if (run.result?.status !== 'ok') throw new Error(run.status);
    const publisher = run.result.page.publisher;
    // The name is data (shown as text); a URL that is not http(s) is dropped at extraction.
    expect(publisher).toEqual({ name: '<img src=x onerror=alert(1)>', url: null });
    expect(run.analysis?.outlet).toBeNull();
  });

  it('quotes-xss.html: bidi overrides and zero-width characters are kept verbatim, consistently', async () => {
    const run = await pipeline('quotes-xss.html');
    if (run.result?.status !== 'ok' || !run.analysis) throw new Error(run.status);
    const { paragraphs } = run.result.page;
    expect(paragraphs.some((p) => p.includes('Ahmed\u202eevil.exe\u202c Karimi'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('Ja\u200bmes Ca\u200drter'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('\u2066Sara Cohen\u2069'))).toBe(true);
    for (const a of run.analysis.attributions) {
      const paragraph = paragraphs[a.paragraph]!;
      // A quote is the paragraph's own text at its offsets; a speaker with control characters keeps them as in the page.
      expect(paragraph.slice(a.start, a.end)).toBe(a.text);
      if (CONTROLS.test(a.speaker)) expect(paragraph).toContain(a.speaker);
    }
    // The speakers themselves are found (not dropped): read without their invisible characters, they are these four.
    const visible = run.analysis.attributions.map((a) => a.speaker.replace(/\p{Default_Ignorable_Code_Point}/gu, ''));
    expect(visible).toEqual(expect.arrayContaining(['Ahmedevil.exe Karimi', 'James Carter', 'Sara Cohen', 'Olena Shevchenko']));
  });

  it('prototype-tamper.html: scripts do not run; the article is read normally', async () => {
    const run = await pipeline('prototype-tamper.html');
    expect(run.problems).toEqual([]);
    if (run.result?.status !== 'ok' || !run.analysis) throw new Error(run.status);
    expect(run.result.page.paragraphs.join(' ')).not.toMatch(/tampered|__sourcelightTampered|Array\.prototype/);
    expect(run.result.page.publisher).toBeNull();
    expect(run.analysis.attributions.map((a) => a.speaker)).toEqual(expect.arrayContaining(['Maria Lopez', 'Ivan Petrov']));
    // And the Node realm's own built-ins are untouched.
    expect([1, 2].map((n) => n * 2)).toEqual([2, 4]);
    expect(JSON.parse('{"a":1}')).toEqual({ a: 1 });
  });

  it('postmessage-flood.html: scripts do not run; the forged messages never become analysis data', async () => {
    const run = await pipeline('postmessage-flood.html');
    expect(run.problems).toEqual([]);
    if (run.result?.status !== 'ok' || !run.analysis) throw new Error(run.status);
    expect(run.json).not.toMatch(/Forged analysis|evil\.example|sourcelight\/page-(?:extracted|snapshot)/);
    expect(run.analysis.url).toBe(URL);
  });
});
