import * as v from 'valibot';
import { AnalysisSchema, type Analysis } from '../model/analysis';
import { LIMITS } from '../model/limits';
import { ExtractResultSchema, type ExtractResult } from '../model/page';

const issues = (result: { issues?: readonly { message: string; path?: readonly { key: unknown }[] }[] }) =>
  (result.issues ?? []).slice(0, 3).map((i) => `${(i.path ?? []).map((p) => String(p.key)).join('.')}: ${i.message}`);

/** Everything wrong with an extraction result: schema violations and limit breaches. Empty when it is sound. */
export function extractProblems(result: ExtractResult): string[] {
  const parsed = v.safeParse(ExtractResultSchema, result);
  if (!parsed.success) return issues(parsed).map((m) => `extract result: ${m}`);
  const problems: string[] = [];
  if (result.status === 'ok') {
    const total = result.page.paragraphs.reduce((sum, p) => sum + p.length, 0);
    // paragraphsOf stops after the paragraph that crosses maxArticleChars, so allow one paragraph of overshoot.
    if (total > LIMITS.maxArticleChars + LIMITS.maxParagraphChars) problems.push(`article text ${total} chars`);
  }
  return problems;
}

/** Everything wrong with an analysis of `paragraphs`: schema violations and offsets outside their paragraph. */
export function analysisProblems(analysis: Analysis, paragraphs: readonly string[]): string[] {
  const parsed = v.safeParse(AnalysisSchema, analysis);
  if (!parsed.success) return issues(parsed).map((m) => `analysis: ${m}`);
  const problems: string[] = [];
  const spans = [
    ...analysis.attributions.map((a, i) => ({ what: `attribution ${i}`, ...a })),
    ...analysis.claims.map((c, i) => ({ what: `claim ${i}`, ...c })),
  ];
  for (const { what, paragraph, start, end } of spans) {
    const text = paragraphs[paragraph];
    if (!Number.isInteger(paragraph) || text === undefined) problems.push(`${what}: paragraph ${paragraph} of ${paragraphs.length}`);
    else if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      problems.push(`${what}: range ${start}..${end} outside paragraph ${paragraph} (${text.length} chars)`);
    }
  }
  return problems.slice(0, 5);
}
