import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followTabState, type ShownState } from '@/lib/messaging/follow-tab-state';
import type { TabState } from '@/lib/messaging/protocol';

const notArticle: TabState = { state: 'not-article', url: 'https://example.org/', title: 'Home' };
const asks = () => vi.fn<(wait: boolean) => Promise<TabState>>();

describe('followTabState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const clock = () => Date.now();

  it('asks without waiting, then waits while the answer is "analysing"', async () => {
    const ask = asks().mockResolvedValueOnce({ state: 'analysing' }).mockResolvedValueOnce(notArticle);
    const shown: ShownState[] = [];
    expect(await followTabState(ask, (s) => shown.push(s), { clock })).toEqual(notArticle);
    expect(ask.mock.calls).toEqual([[false], [true]]);
    expect(shown).toEqual([{ state: 'analysing' }, notArticle]);
  });

  it('stops at "tab-closed": the tab is gone, so nothing is asked again', async () => {
    const ask = asks().mockResolvedValue({ state: 'tab-closed' });
    const shown: ShownState[] = [];
    expect(await followTabState(ask, (s) => shown.push(s), { clock })).toEqual({ state: 'tab-closed' });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([{ state: 'tab-closed' }]);
  });

  it('asks again when a request fails because the service worker stopped while holding it', async () => {
    const ask = asks()
      .mockResolvedValueOnce({ state: 'analysing' })
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(notArticle);
    expect(await followTabState(ask, () => {}, { clock })).toEqual(notArticle);
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('asks again when a request is never answered (the worker holding it was stopped)', async () => {
    const ask = asks()
      .mockResolvedValueOnce({ state: 'analysing' })
      .mockReturnValueOnce(new Promise<TabState>(() => {}))
      .mockResolvedValueOnce(notArticle);
    const done = followTabState(ask, () => {}, { patienceMs: 1_000, clock });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await done).toEqual(notArticle);
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('says "too-slow" once the time is up, however the background answers, and asks nothing more', async () => {
    // The background answers "analysing" after its own 15 s wait, or never: both end at the popup's deadline.
    const ask = asks()
      .mockResolvedValueOnce({ state: 'analysing' })
      .mockImplementationOnce(() => new Promise((resolve) => setTimeout(() => resolve({ state: 'analysing' }), 4_000)))
      .mockReturnValue(new Promise<TabState>(() => {}));
    const shown: ShownState[] = [];
    const done = followTabState(ask, (s) => shown.push(s), { giveUpMs: 10_000, patienceMs: 20_000, clock });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(shown).toEqual([{ state: 'analysing' }]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await done).toEqual({ state: 'too-slow' });
    expect(shown).toEqual([{ state: 'analysing' }, { state: 'too-slow' }]);
    expect(ask).toHaveBeenCalledTimes(3);
  });
});
