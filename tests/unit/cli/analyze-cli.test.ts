import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_FIXTURE, SEED_URL } from '../helpers';

function cli(...args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/analyze.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('analyze CLI', () => {
  it('prints the JSON contract for the demo fixture, with RFE/RL as the outlet', () => {
    const { code, stdout } = cli('--json', SEED_FIXTURE);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const analysis = JSON.parse(lines[0]!);
    expect(analysis.url).toBe(SEED_URL);
    expect(analysis.article).toMatchObject({ title: 'Russia Demands That Envoys Document Syrian Civilian Deaths', lang: 'en', readerable: true });
    expect(analysis.article.wordCount).toBeGreaterThan(300);
    expect(analysis.outlet).toMatchObject({ id: 'rferl', name: 'Radio Free Europe/Radio Liberty', domain: 'rferl.org', typology: 'ISFM', country: 'US' });
    expect(analysis.outlet.citations.length).toBeGreaterThan(0);
    expect(Array.isArray(analysis.attributions)).toBe(true);
    expect(Array.isArray(analysis.claims)).toBe(true);
  }, 30_000);

  it('honours --url, analyses the other files when one is unreadable, and exits non-zero', () => {
    const { code, stdout, stderr } = cli('--json', '--url', 'https://example.org/a', '/nonexistent/page.html', SEED_FIXTURE);
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('/nonexistent/page.html');
    const analysis = JSON.parse(stdout.trim());
    expect(analysis.url).toBe('https://example.org/a');
    expect(analysis.outlet?.matchedBy ?? null).not.toBe('domain');
  }, 30_000);

  it('prints a readable report without --json', () => {
    const { code, stdout } = cli(SEED_FIXTURE);
    expect(code).toBe(0);
    expect(stdout).toContain('Radio Free Europe/Radio Liberty');
    expect(stdout).toMatch(/Funded|state-funded/);
  }, 30_000);
});
