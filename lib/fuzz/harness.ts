import { analyze } from '../analyze';
import type { DatasetIndex } from '../dataset/dataset-index';
import { extractPage } from '../extract/extract-page';
import type { Analysis } from '../model/analysis';
import type { ExtractResult } from '../model/page';
import { analysisProblems, extractProblems } from './check';

/** How the harness gets a DOM: injected so this module stays free of Node and happy-dom imports. */
export interface DomOpener {
  (html: string, url: string): { document: Document; close(): Promise<void> };
}

export interface PipelineRun {
  /**
   * The extraction status; `threw` when something escaped the pipeline (always a bug); `dom-rejected` when the
   * Node DOM (happy-dom) itself threw while parsing the HTML, before any of our code ran (browsers never do).
   */
  status: ExtractResult['status'] | 'threw' | 'dom-rejected';
  result: ExtractResult | null;
  analysis: Analysis | null;
  /** Schema violations, bad offsets, or the thrown error with its stack. Empty when the run is sound. */
  problems: string[];
  /** Wall time of each phase (ms): parse (the DOM, not ours), extract, analyze. Reported, never asserted on. */
  ms: { parse: number; extract: number; analyze: number };
  domError?: string;
}

const now = () => performance.now();

/** The whole pipeline on one HTML input, as the extension runs it: DOM → extractPage → analyze. Never throws. */
export async function runPipeline(html: string, url: string, open: DomOpener, index: DatasetIndex): Promise<PipelineRun> {
  const ms = { parse: 0, extract: 0, analyze: 0 };
  let result: ExtractResult | null = null;
  let analysis: Analysis | null = null;
  const t0 = now();
  let opened: ReturnType<DomOpener> | null = null;
  try {
    opened = open(html, url);
  } catch (error) {
    const first = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { status: 'dom-rejected', result, analysis, problems: [], ms, domError: first.slice(0, 300) };
  }
  try {
    const t1 = now();
    ms.parse = t1 - t0;
    result = extractPage(opened.document, url);
    const t2 = now();
    ms.extract = t2 - t1;
    const problems = extractProblems(result);
    if (result.status === 'ok') {
      analysis = analyze(result.page, index);
      ms.analyze = now() - t2;
      problems.push(...analysisProblems(analysis, result.page.paragraphs));
    }
    return { status: result.status, result, analysis, problems, ms };
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? String(error)) : String(error);
    return { status: 'threw', result, analysis, problems: [`threw: ${stack.split('\n').slice(0, 8).join('\n')}`], ms };
  } finally {
    await opened?.close();
  }
}

/**
 * A smaller page cut from a real one: the head's metadata (title, meta, link and JSON-LD, capped) and a window of
 * its body starting at a tag, so a fuzz input keeps the page's structure but parses quickly in Node.
 */
export function pageWindow(html: string, start: number, bodyChars: number): string {
  const headMatch = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html);
  const headParts = headMatch
    ? (headMatch[1]!.match(/<title\b[\s\S]*?<\/title>|<meta\b[^>]*>|<link\b[^>]*>|<script[^>]+ld\+json[^>]*>[\s\S]*?<\/script>/gi) ?? [])
    : [];
  let head = '';
  for (const part of headParts) if (head.length + part.length <= 6_000) head += part;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const bodyAt = /<body\b[^>]*>/i.exec(html);
  const from = bodyAt ? bodyAt.index + bodyAt[0].length : 0;
  const span = Math.max(0, html.length - from - bodyChars);
  const found = html.indexOf('<', from + (span ? start % span : 0));
  const at = found < 0 ? from : found;
  return `<!DOCTYPE html>${htmlTag}<head>${head}</head><body>${html.slice(at, at + bodyChars)}</body></html>`;
}
