import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './common';

/**
 * Accessibility checks for the real-browser tests: axe-core run inside an extension page, and a walk through the
 * page with the Tab key. Both run in Chromium and Firefox.
 */

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA rules, plus axe's best practices (landmarks, one h1, heading order). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Loads axe-core into the page once. Extension CSPs forbid inline scripts, so it is evaluated through the protocol. */
async function loadAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
}

/** Runs axe on the page's whole document and returns its violations, one line per rule and element. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await loadAxe(page);
  return page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  }, AXE_TAGS);
}

/** Runs every axe rule on the page, or on the elements matching `scope`; returns "rule: target" for each violation. */
export async function axeRuleTargets(page: Page, scope: string | null = null): Promise<string[]> {
  await loadAxe(page);
  return page.evaluate(async (context) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(context ?? document);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`)).sort();
  }, scope);
}

export interface FocusStop {
  /** What was focused, for messages: tag, id or test id, accessible text. */
  name: string;
  /** An outline (or the surrounding label's, for a visually hidden file input) is drawn. */
  ringVisible: boolean;
}

/** Names elements the same way in every check (`__describe` in the page). */
function installDescribe(page: Page): Promise<void> {
  return page.evaluate(() => {
    (globalThis as unknown as { __describe(el: Element): string }).__describe = (el: Element) => {
      const id = el.getAttribute('data-testid') ?? el.id;
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''} "${text}"`;
    };
  });
}

/** Every enabled, visible control a keyboard user can reach, in document order. */
export async function focusableControls(page: Page): Promise<string[]> {
  await installDescribe(page);
  return page.evaluate(() => {
    const describe = (el: Element) => (globalThis as unknown as { __describe(el: Element): string }).__describe(el);
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, details > summary, [tabindex]:not([tabindex="-1"])')];
    // Inside a closed <details> only its own <summary> is reachable.
    const inClosedDetails = (el: Element) => {
      for (let child: Element | null = el; child?.parentElement; child = child.parentElement) {
        const parent: HTMLElement = child.parentElement;
        if (parent instanceof HTMLDetailsElement && !parent.open && child !== parent.querySelector(':scope > summary')) return true;
      }
      return false;
    };
    // A group of radio buttons is one Tab stop: its checked button.
    const otherRadio = (el: Element) => el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '' && !el.checked;
    return all
      .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !el.closest('[hidden], [inert]') && !inClosedDetails(el))
      .filter((el) => !otherRadio(el))
      .map(describe);
  });
}

/** Presses Tab from the top of the page until focus leaves the document or comes back, and records each stop. */
export async function tabThrough(page: Page, max = 300): Promise<FocusStop[]> {
  await installDescribe(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const ringOf = (e: Element) => {
        const style = getComputedStyle(e);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      };
      const hidden = el.classList.contains('visually-hidden');
      return {
        name: (globalThis as unknown as { __describe(el: Element): string }).__describe(el),
        ringVisible: ringOf(el) || (hidden && !!el.closest('label') && ringOf(el.closest('label')!)),
      };
    });
    if (!stop || (stops.length > 0 && stop.name === stops[0]!.name)) break;
    stops.push(stop);
  }
  return stops;
}

export async function setColourScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, { timeout: 5_000 }, scheme === 'dark');
}
