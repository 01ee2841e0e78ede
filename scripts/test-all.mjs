#!/usr/bin/env node
/**
 * `npm test`: every check, in order, with a summary.
 *
 *   typecheck (wxt prepare + tsc --noEmit), lint (eslint), dataset validate, unit tests (vitest),
 *   build (Chrome + Firefox MV3), e2e tests in Chromium and Firefox (vitest), web-ext lint.
 *
 * Vitest suites count their tests (from vitest's JSON report); every other check counts as one test.
 * A skipped or todo e2e test counts as failed: a browser test that did not run proved nothing.
 * The last line is exactly `N passed, N failed`; the exit code is non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const reports = join(root, 'test-output');
mkdirSync(reports, { recursive: true });

/** @type {{ name: string; passed: number; failed: number; skipped: number; seconds: number; note: string }[]} */
const rows = [];

function run(command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
  const seconds = (performance.now() - started) / 1000;
  const note = result.error ? `could not start: ${result.error.message}` : result.status === 0 ? '' : result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
  return { ok: !result.error && result.status === 0, seconds, note };
}

function banner(name) {
  console.log(`\n━━━ ${name} ${'━'.repeat(Math.max(0, 70 - name.length))}`);
}

/** A check that counts as one test. `commands` run in order and stop at the first failure. */
function check(name, commands) {
  banner(name);
  let seconds = 0;
  for (const [command, args] of commands) {
    const result = run(command, args);
    seconds += result.seconds;
    if (!result.ok) {
      rows.push({ name, passed: 0, failed: 1, skipped: 0, seconds, note: result.note });
      return false;
    }
  }
  rows.push({ name, passed: 1, failed: 0, skipped: 0, seconds, note: '' });
  return true;
}

function notRun(name, why) {
  banner(name);
  console.log(`not run: ${why}`);
  rows.push({ name, passed: 0, failed: 1, skipped: 0, seconds: 0, note: `not run: ${why}` });
}

/**
 * Runs one vitest project and adds a row per group (`groupOf(file)`), with counts from the JSON report.
 * `skippedFails`: count skipped/todo tests as failures.
 */
function vitest(name, project, { skippedFails, groupOf = () => name }) {
  banner(name);
  const out = join(reports, `vitest-${project}.json`);
  rmSync(out, { force: true });
  const result = run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let report = null;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    // no report: vitest crashed before writing it
  }
  if (!report) {
    rows.push({ name, passed: 0, failed: 1, skipped: 0, seconds: result.seconds, note: `no vitest report (${result.note || 'crashed'})` });
    return;
  }
  /** @type {Map<string, { passed: number; failed: number; skipped: number; notes: string[] }>} */
  const groups = new Map();
  const group = (key) => groups.get(key) ?? groups.set(key, { passed: 0, failed: 0, skipped: 0, notes: [] }).get(key);
  for (const file of report.testResults ?? []) {
    const g = group(groupOf(file.name));
    const assertions = file.assertionResults ?? [];
    for (const test of assertions) {
      if (test.status === 'passed') g.passed++;
      else if (test.status === 'failed') g.failed++;
      else if (skippedFails) {
        g.failed++;
        g.notes.push(`${test.status}: ${test.title}`);
      } else g.skipped++;
    }
    // A file that failed outside any test (import error, failing hook) without a failed test in it.
    if (file.status === 'failed' && !assertions.some((t) => t.status === 'failed')) {
      g.failed++;
      g.notes.push(`${basename(file.name)}: ${String(file.message ?? 'failed').split('\n')[0].slice(0, 120)}`);
    }
  }
  if (groups.size === 0) group(name).notes.push('no test files found');
  const share = result.seconds / groups.size;
  let counted = 0;
  for (const [key, g] of groups) {
    if (skippedFails && g.passed + g.failed === 0) {
      g.failed++;
      g.notes.push('no tests ran');
    }
    counted += g.failed;
    rows.push({ name: key, ...g, seconds: share, note: g.notes.join('; ') });
  }
  // vitest failed but no failure was counted (e.g. unhandled error between tests): make it visible.
  if (!result.ok && counted === 0) rows.push({ name: `${name} (run)`, passed: 0, failed: 1, skipped: 0, seconds: 0, note: result.note });
}

const started = performance.now();

check('typecheck (wxt prepare + tsc --noEmit)', [
  [bin('wxt'), ['prepare']],
  [bin('tsc'), ['--noEmit']],
]);
check('lint (eslint)', [[bin('eslint'), ['.']]]);
check('dataset validate', [[bin('tsx'), ['scripts/dataset.ts', 'validate']]]);
vitest('unit tests', 'unit', { skippedFails: false });
const built = check('build (chrome-mv3 + firefox-mv3)', [['npm', ['run', '--silent', 'build']]]);
if (built) {
  vitest('e2e', 'e2e', {
    skippedFails: true,
    groupOf: (file) => {
      const base = basename(file);
      return base.startsWith('chromium') ? 'e2e Chromium' : base.startsWith('firefox') ? 'e2e Firefox' : `e2e ${base}`;
    },
  });
  // Both browsers must have run: a missing suite is a failure, not a smaller total.
  for (const browser of ['e2e Chromium', 'e2e Firefox']) {
    if (!rows.some((r) => r.name === browser)) rows.push({ name: browser, passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'suite missing from the report' });
  }
  check('web-ext lint (firefox-mv3)', [['node', ['scripts/lint-firefox.mjs']]]);
} else {
  notRun('e2e Chromium', 'build failed');
  notRun('e2e Firefox', 'build failed');
  notRun('web-ext lint (firefox-mv3)', 'build failed');
}

const passed = rows.reduce((n, r) => n + r.passed, 0);
const failed = rows.reduce((n, r) => n + r.failed, 0);
const skipped = rows.reduce((n, r) => n + r.skipped, 0);
const width = Math.max(...rows.map((r) => r.name.length), 5);
const line = (cells) => cells.join('  ');
console.log(`\n━━━ summary ${'━'.repeat(64)}`);
console.log(line(['step'.padEnd(width), 'result', 'passed', 'failed', 'skipped', '   time', 'note']));
for (const r of rows) {
  console.log(
    line([
      r.name.padEnd(width),
      (r.failed ? 'FAIL' : 'ok').padEnd(6),
      String(r.passed).padStart(6),
      String(r.failed).padStart(6),
      String(r.skipped).padStart(7),
      `${r.seconds.toFixed(1)}s`.padStart(7),
      r.note,
    ]),
  );
}
console.log(`total time ${((performance.now() - started) / 1000).toFixed(1)}s${skipped ? `; ${skipped} unit test(s) skipped` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
