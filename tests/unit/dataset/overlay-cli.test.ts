import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { claimReview, outlet } from './importers.samples';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-overlay-'));
const OVERLAY = join(dir, 'overlay.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/dataset.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, SOURCELIGHT_OVERLAY: OVERLAY },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('dataset CLI: import, export, clear', () => {
  it('imports, reports what was added and replaced, refuses malformed files untouched, exports and clears', () => {
    const own = file('mine.json', JSON.stringify([outlet('cli-outlet', ['cli.example'])]));
    let run = cli('import', own);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/imported .*mine\.json \(Sourcelight JSON\): 1 outlet/);
    expect(run.stdout).toMatch(/new in the overlay: 1 outlet \(cli-outlet\)/);

    run = cli('import', file('reviews.json', JSON.stringify({ '@graph': [claimReview(1, 'False')] })));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ClaimReview JSON-LD\): 1 claim/);
    expect(run.stdout).toMatch(/overlay now holds 1 outlet, 1 claim/);

    run = cli('import', own);
    expect(run.stdout).toMatch(/replaced overlay records with the same id: 1 outlet \(cli-outlet\)/);

    const before = readFileSync(OVERLAY, 'utf8');
    run = cli('import', file('bad.json', JSON.stringify([outlet('bad', ['Not A Domain'])])));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\[0\] \(outlet\) "bad": domains\.0: must be a lower-case host/);
    expect(run.stderr).toMatch(/the overlay .* was not changed/);
    expect(readFileSync(OVERLAY, 'utf8')).toBe(before);

    run = cli('export');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ schemaVersion: 1, records: { outlets: [{ id: 'cli-outlet' }], claims: [{}] } });

    run = cli('clear');
    expect(run.code).toBe(0);
    expect(existsSync(OVERLAY)).toBe(false);
  }, 150_000);
});
