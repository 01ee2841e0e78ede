import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_FIXTURE, SEED_URL } from '../helpers';

function cli(args: string[], input?: string) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/analyze.ts'), ...args], { encoding: 'utf8', cwd: ROOT, input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NOT_AN_ARTICLE = join(ROOT, 'tests/fixtures/not-an-article.html');
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown> & { file: string });

describe('analyze CLI', () => {
  it('prints the JSON contract for the demo fixture, with RFE/RL as the outlet', () => {
    const { code, stdout } = cli(['--json', SEED_FIXTURE]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const analysis = JSON.parse(lines[0]!);
    expect(analysis.file).toBe(SEED_FIXTURE);
    expect(analysis.url).toBe(SEED_URL);
    expect(analysis.article).toMatchObject({ title: 'Russia Demands That Envoys Document Syrian Civilian Deaths', lang: 'en', readerable: true });
    expect(analysis.article.wordCount).toBeGreaterThan(300);
    expect(analysis.outlet).toMatchObject({ id: 'rferl', name: 'Radio Free Europe/Radio Liberty', domain: 'rferl.org', typology: 'ISFM', country: 'US' });
    expect(analysis.outlet.citations.length).toBeGreaterThan(0);
    expect(Array.isArray(analysis.attributions)).toBe(true);
    expect(Array.isArray(analysis.claims)).toBe(true);
  }, 30_000);

  it('honours --url, analyses the other files when one is unreadable, and exits non-zero', () => {
    const { code, stdout, stderr } = cli(['--json', '--url', 'https://example.org/a', '/nonexistent/page.html', SEED_FIXTURE]);
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('/nonexistent/page.html');
    const analysis = JSON.parse(stdout.trim());
    expect(analysis.url).toBe('https://example.org/a');
    expect(analysis.outlet?.matchedBy ?? null).not.toBe('domain');
  }, 30_000);

  it('prints a readable report without --json', () => {
    const { code, stdout } = cli([SEED_FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toContain('Radio Free Europe/Radio Liberty');
    expect(stdout).toMatch(/Funded|state-funded/);
  }, 30_000);

  it('reads a folder and a --list, and writes one line per page in input order whatever finishes first', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
    mkdirSync(join(folder, 'b'));
    copyFileSync(SEED_FIXTURE, join(folder, 'b', 'seed.html'));
    copyFileSync(NOT_AN_ARTICLE, join(folder, 'a.html'));
    writeFileSync(join(folder, 'notes.txt'), 'not a page');
    const list = join(folder, 'list.txt');
    writeFileSync(list, `${NOT_AN_ARTICLE}\n\n${SEED_FIXTURE}\n`);
    const { code, stdout } = cli(['--json', '--jobs', '2', folder, '--list', list]);
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines.map((line) => line.file)).toEqual([join(folder, 'a.html'), join(folder, 'b', 'seed.html'), NOT_AN_ARTICLE, SEED_FIXTURE]);
    expect(lines.map((line) => line.status ?? 'ok')).toEqual(['not-article', 'ok', 'not-article', 'ok']);
  }, 60_000);

  it('reads the list from standard input with --list -', () => {
    const { code, stdout } = cli(['--json', '--list', '-'], `${SEED_FIXTURE}\n`);
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((line) => line.file)).toEqual([SEED_FIXTURE]);
  }, 30_000);

  it("refuses a page over the extension's markup limit before parsing it, and says why", () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
    const huge = join(folder, 'huge.html');
    writeFileSync(huge, `<html><body><article>${'<p>Officials said the plan would cost more than expected. </p>'.repeat(140_000)}</article></body></html>`);
    const { code, stdout } = cli(['--json', huge]);
    expect(code).toBe(0);
    const [line] = jsonLines(stdout);
    expect(line).toMatchObject({ file: huge, status: 'too-large', attributions: [], claims: [] });
    expect(line!.reason).toMatch(/characters of markup/);
  }, 60_000);
});
