import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './common';

/** Helpers for the inline-annotation tests, shared by the Chromium and Firefox files. */

export const HIGHLIGHT_NAMES = { source: 'sourcelight-source', claim: 'sourcelight-claim', flash: 'sourcelight-flash' } as const;
/** The one element annotations add to the page (its content is in a closed shadow root). */
export const HOST_TAG = 'SOURCELIGHT-ANNOTATIONS';
export const SWITCH = '.annotate-site input[role="switch"]';

export interface DrawnHighlights {
  source: string[];
  claim: string[];
  flash: string[];
  hosts: number;
}

/** What the page's highlight registry holds (the same registry the content script writes to). */
export function readHighlights(page: Page): Promise<DrawnHighlights> {
  return page.evaluate((names, tag) => {
    const texts = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim());
    return {
      source: texts(names.source),
      claim: texts(names.claim),
      flash: texts(names.flash),
      hosts: document.getElementsByTagName(tag).length,
    };
  }, HIGHLIGHT_NAMES, HOST_TAG);
}

export function waitForAnnotations(page: Page, present: boolean): Promise<unknown> {
  return page.waitForFunction(
    (name, want) => CSS.highlights.has(name) === want,
    { timeout: 15_000 },
    HIGHLIGHT_NAMES.source,
    present,
  );
}

/** Presses Tab until the annotations' control has focus (it is the last thing in the page's tab order). */
export async function tabToControl(page: Page, maxPresses = 300): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((tag) => document.activeElement?.tagName === tag, HOST_TAG)) return presses;
  }
  throw new Error(`The annotations control was not reached in ${maxPresses} presses of Tab`);
}

/** Runs axe-core in the page; returns "rule: target" for every violation. */
export async function axeViolations(page: Page, context: string | null = null): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) {
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  }
  return page.evaluate(async (scope) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(scope ?? document);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`)).sort();
  }, context);
}
