import { describe, expect, it, vi } from 'vitest';
import { readSnapshotOffscreen, type OffscreenPort } from '@/lib/background/snapshot-reader';
import type { ReadSnapshotMessage } from '@/lib/messaging/protocol';
import type { ExtractResult, PageSnapshot } from '@/lib/model/page';

const SNAPSHOT: PageSnapshot = { url: 'https://news.example.org/a/1', html: '<html><body><p>x</p></body></html>' };
const NOT_ARTICLE: ExtractResult = { status: 'not-article', url: SNAPSHOT.url, title: 'T' };

/** A fake offscreen API: one document at most, timers run by hand, answers from `answer`. */
function fakeOffscreen(answer: (message: ReadSnapshotMessage) => Promise<unknown> = async () => NOT_ARTICLE) {
  const calls: string[] = [];
  const timers: (() => void)[] = [];
  let open = false;
  const port: OffscreenPort = {
    hasDocument: async () => open,
    createDocument: async () => {
      calls.push('create');
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
    },
    closeDocument: async () => {
      calls.push('close');
      open = false;
    },
    send: async (message) => {
      calls.push('send');
      if (!open) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer(message);
    },
    setTimer: (run) => timers.push(run),
    clearTimer: () => undefined,
  };
  return { port, calls, timers, isOpen: () => open, closeExternally: () => (open = false) };
}

describe('reading snapshots in an offscreen document (Chromium)', () => {
  it('creates the document once for concurrent reads and passes the validated answer on', async () => {
    const fake = fakeOffscreen();
    const { read } = readSnapshotOffscreen(fake.port);
    expect(await Promise.all([read(SNAPSHOT), read(SNAPSHOT)])).toEqual([NOT_ARTICLE, NOT_ARTICLE]);
    expect(fake.calls.filter((c) => c === 'create')).toHaveLength(1);
  });

  it('sends the snapshot as a read-snapshot message', async () => {
    const sent: ReadSnapshotMessage[] = [];
    const { read } = readSnapshotOffscreen(fakeOffscreen(async (m) => (sent.push(m), NOT_ARTICLE)).port);
    await read(SNAPSHOT);
    expect(sent).toEqual([{ type: 'sourcelight/read-snapshot', snapshot: SNAPSHOT }]);
  });

  it('turns an invalid answer into "failed", never passing it on', async () => {
    const { read } = readSnapshotOffscreen(fakeOffscreen(async () => ({ status: 'ok', page: { url: 'x' } })).port);
    expect(await read(SNAPSHOT)).toMatchObject({ status: 'failed', url: SNAPSHOT.url });
  });

  it('opens the document again when it went away since, once', async () => {
    const fake = fakeOffscreen();
    const { read } = readSnapshotOffscreen(fake.port);
    await read(SNAPSHOT);
    fake.closeExternally();
    expect(await read(SNAPSHOT)).toEqual(NOT_ARTICLE);
    expect(fake.calls.filter((c) => c === 'create')).toHaveLength(2);
  });

  it('closes the document once idle, and reopens it for the next read', async () => {
    const fake = fakeOffscreen();
    const { read } = readSnapshotOffscreen(fake.port);
    await read(SNAPSHOT);
    expect(fake.isOpen()).toBe(true);
    fake.timers.at(-1)!();
    await Promise.resolve();
    expect(fake.isOpen()).toBe(false);
    expect(await read(SNAPSHOT)).toEqual(NOT_ARTICLE);
    expect(fake.calls).toEqual(['create', 'send', 'close', 'create', 'send']);
  });

  it('answers "failed" when the document cannot be created', async () => {
    const fake = fakeOffscreen();
    fake.port.createDocument = async () => {
      throw new Error('offscreen not allowed');
    };
    expect(await readSnapshotOffscreen(fake.port).read(SNAPSHOT)).toMatchObject({ status: 'failed', reason: expect.stringContaining('offscreen not allowed') });
  });

  it('opens the document when asked to prepare, and the read that follows uses it', async () => {
    const fake = fakeOffscreen();
    const reader = readSnapshotOffscreen(fake.port);
    reader.prepare();
    await vi.waitFor(() => expect(fake.isOpen()).toBe(true));
    expect(await reader.read(SNAPSHOT)).toEqual(NOT_ARTICLE);
    expect(fake.calls).toEqual(['create', 'send']);
  });

  it('closes a prepared document that no read used, once idle', async () => {
    const fake = fakeOffscreen();
    readSnapshotOffscreen(fake.port).prepare();
    await vi.waitFor(() => expect(fake.timers).toHaveLength(1));
    fake.timers[0]!();
    await vi.waitFor(() => expect(fake.isOpen()).toBe(false));
    expect(fake.calls).toEqual(['create', 'close']);
  });

  it('keeps a failed preparation quiet and lets the read report it', async () => {
    const fake = fakeOffscreen();
    fake.port.createDocument = async () => {
      throw new Error('offscreen not allowed');
    };
    const reader = readSnapshotOffscreen(fake.port);
    expect(() => reader.prepare()).not.toThrow();
    expect(await reader.read(SNAPSHOT)).toMatchObject({ status: 'failed', reason: expect.stringContaining('offscreen not allowed') });
  });
});
