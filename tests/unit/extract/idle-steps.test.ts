import { describe, expect, it } from 'vitest';
import { extractPage, extractSnapshot, parserOf } from '@/lib/extract/extract-page';
import { runStepByStep, type ScheduleStep } from '@/lib/extract/idle-steps';
import { runToEnd, snapshotSteps } from '@/lib/extract/snapshot';
import type { SnapshotResult } from '@/lib/model/page';
import { join } from 'node:path';
import { htmlDoc, loadFixture, ROOT, SEED_FIXTURE, SEED_URL } from '../helpers';

/** A scheduler the test drains by hand: each queued callback is one task. */
function manualScheduler() {
  const queue: (() => void)[] = [];
  const schedule: ScheduleStep = (step) => queue.push(step);
  return { schedule, queue, runOne: () => queue.shift()!() };
}

describe('the page snapshot in steps', () => {
  it('gives the page its thread back three times on an article: after the size checks, readerable test and clone', () => {
    const steps = snapshotSteps(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL);
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      next = steps.next();
    }
    expect(yields).toBe(3);
    expect(next.value.status).toBe('ok');
  });

  it('takes a copy without scripts and styles, keeping JSON-LD for the metadata', () => {
    const result = runToEnd(snapshotSteps(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL));
    if (result.status !== 'ok') throw new Error(result.status);
    expect(result.snapshot.url).toBe(SEED_URL);
    expect(result.snapshot.html).toMatch(/^<html/);
    expect(result.snapshot.html).toContain('application/ld+json');
    expect(result.snapshot.html).not.toMatch(/<style|<script(?![^>]*ld\+json)/);
  });

  it('stepped by a scheduler, then read off the page, gives the same result as extractPage', () => {
    const stepped: SnapshotResult[] = [];
    const { schedule, queue, runOne } = manualScheduler();
    const doc = loadFixture(SEED_FIXTURE, SEED_URL);
    runStepByStep(snapshotSteps(doc, SEED_URL), schedule, (r) => stepped.push(r), () => undefined);
    while (queue.length) runOne();
    expect(stepped).toHaveLength(1);
    if (stepped[0]!.status !== 'ok') throw new Error(stepped[0]!.status);
    const read = extractSnapshot(stepped[0]!.snapshot, parserOf(doc));
    expect(read).toEqual(extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL));
    expect(read.status).toBe('ok');
  });

  it('stops after the readerable test on a page that is not an article, without cloning it', () => {
    const doc = loadFixture(join(ROOT, 'tests/fixtures/not-an-article.html'), 'https://example.org/');
    let clones = 0;
    const cloneNode = doc.cloneNode.bind(doc);
    doc.cloneNode = (deep?: boolean) => (clones++, cloneNode(deep));
    const steps = snapshotSteps(doc, 'https://example.org/');
    expect(steps.next().done).toBe(false); // size checks
    const second = steps.next();
    expect(second.done).toBe(true);
    expect(second.value?.status).toBe('not-article');
    expect(clones).toBe(0);
  });
});

describe('runStepByStep', () => {
  it('runs exactly one step per scheduled callback and reports once at the end', () => {
    const ran: number[] = [];
    function* steps() {
      ran.push(1);
      yield;
      ran.push(2);
      yield;
      ran.push(3);
      return 'done';
    }
    const results: string[] = [];
    const { schedule, queue, runOne } = manualScheduler();
    runStepByStep(steps(), schedule, (r) => results.push(r), () => undefined);
    expect(ran).toEqual([]); // nothing runs until the scheduler calls back
    runOne();
    expect(ran).toEqual([1]);
    runOne();
    expect(ran).toEqual([1, 2]);
    expect(results).toEqual([]);
    runOne();
    expect(ran).toEqual([1, 2, 3]);
    expect(results).toEqual(['done']);
    expect(queue).toHaveLength(0);
  });

  it('reports a step that throws through `failed`, without throwing into the scheduler', () => {
    function* steps(): Generator<void, string, void> {
      yield;
      throw new Error('boom');
    }
    const failures: unknown[] = [];
    const { schedule, queue, runOne } = manualScheduler();
    runStepByStep(steps(), schedule, () => undefined, (e) => failures.push(e));
    runOne();
    expect(() => runOne()).not.toThrow();
    expect(String(failures[0])).toContain('boom');
    expect(queue).toHaveLength(0);
  });
});

describe('the snapshot sent to the extension', () => {
  it('carries no inline event handler, so reading it off the page logs no CSP refusal, and keeps the rest', () => {
    const doc = htmlDoc(
      `<html><head><title>T</title></head><body onload="track()"><article><h1>Headline</h1>
       <p onclick="share()" class="lead" data-on="x">${'The council said on Tuesday that the bridge would reopen in May. '.repeat(12)}</p>
       <img src="a.jpg" onerror="alert(1)" alt="A bridge"><a href="/more" onmouseover="x()">More</a></article></body></html>`,
      'https://news.example.org/a/1',
    );
    const result = runToEnd(snapshotSteps(doc, 'https://news.example.org/a/1'));
    expect(result.status).toBe('ok');
    const html = result.status === 'ok' ? result.snapshot.html : '';
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toContain('class="lead" data-on="x"');
    expect(html).toContain('alt="A bridge"');
    // The page itself is untouched: only its clone lost the handlers.
    expect(doc.querySelector('p')?.getAttribute('onclick')).toBe('share()');
  });
});
