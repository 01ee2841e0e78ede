import { describe, expect, it, vi } from 'vitest';
import { createLookupQueue } from '@/lib/links/lookup-queue';

function setUp(options: { maxBatch?: number; maxInFlight?: number; maxCached?: number; fail?: boolean } = {}) {
  const flushes: (() => void)[] = [];
  const sent: string[][] = [];
  const pending: (() => void)[] = [];
  const answered: string[][] = [];
  const queue = createLookupQueue<string>({
    maxBatch: options.maxBatch ?? 3,
    maxInFlight: options.maxInFlight ?? 1,
    maxCached: options.maxCached ?? 100,
    send: (addresses) => {
      sent.push(addresses);
      return new Promise((resolve, reject) => pending.push(() => (options.fail ? reject(new Error('gone')) : resolve(addresses.map((a) => (a.startsWith('bbc') ? `outlet:${a}` : null))))));
    },
    schedule: (flush) => flushes.push(flush),
    onAnswers: (addresses) => answered.push([...addresses]),
  });
  const runFlushes = () => flushes.splice(0).forEach((f) => f());
  const answerAll = async () => {
    pending.splice(0).forEach((p) => p());
    await vi.waitFor(() => expect(pending.length + flushes.length).toBeGreaterThanOrEqual(0));
    await new Promise((r) => setTimeout(r, 0));
  };
  return { queue, sent, answered, runFlushes, answerAll, flushes };
}

describe('the look-up queue', () => {
  it('asks each address once, in batches no larger than maxBatch, one message in flight at a time', async () => {
    const { queue, sent, runFlushes, answerAll } = setUp({ maxBatch: 3, maxInFlight: 1 });
    for (const a of ['bbc.co.uk', 'a.org', 'b.org', 'bbc.co.uk', 'c.org', 'd.org']) expect(queue.get(a)).toBeUndefined();
    runFlushes();
    expect(sent).toEqual([['bbc.co.uk', 'a.org', 'b.org']]);
    await answerAll();
    runFlushes();
    expect(sent[1]).toEqual(['c.org', 'd.org']);
    await answerAll();
    expect(queue.get('bbc.co.uk')).toBe('outlet:bbc.co.uk');
    expect(queue.get('a.org')).toBeNull();
    expect(queue.get('d.org')).toBeNull();
    expect(sent).toHaveLength(2);
    expect(queue.peek('e.org')).toBeUndefined(); // peeking asks nothing
    runFlushes();
    expect(sent).toHaveLength(2);
  });

  it('tells which addresses were answered, and answers null when the background cannot', async () => {
    const { queue, answered, runFlushes, answerAll } = setUp({ fail: true });
    queue.get('bbc.co.uk');
    runFlushes();
    await answerAll();
    expect(answered).toEqual([['bbc.co.uk']]);
    expect(queue.get('bbc.co.uk')).toBeNull();
  });

  it('keeps at most maxCached answers (the oldest go first, and are asked again)', async () => {
    const { queue, sent, runFlushes, answerAll } = setUp({ maxBatch: 10, maxCached: 2 });
    ['bbc.a', 'bbc.b', 'bbc.c'].forEach((a) => queue.get(a));
    runFlushes();
    await answerAll();
    expect(queue.get('bbc.c')).toBe('outlet:bbc.c');
    expect(queue.get('bbc.a')).toBeUndefined();
    runFlushes();
    expect(sent.at(-1)).toEqual(['bbc.a']);
  });
});
