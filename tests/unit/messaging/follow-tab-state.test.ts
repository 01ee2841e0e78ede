import { describe, expect, it, vi } from 'vitest';
import { followTabState } from '@/lib/messaging/follow-tab-state';
import type { TabState } from '@/lib/messaging/protocol';

const notArticle: TabState = { state: 'not-article', url: 'https://example.org/', title: 'Home' };

describe('followTabState', () => {
  it('asks without waiting, then waits while the answer is "analysing"', async () => {
    const ask = vi.fn<(wait: boolean) => Promise<TabState>>().mockResolvedValueOnce({ state: 'analysing' }).mockResolvedValueOnce(notArticle);
    const shown: TabState[] = [];
    expect(await followTabState(ask, (s) => shown.push(s))).toEqual(notArticle);
    expect(ask.mock.calls).toEqual([[false], [true]]);
    expect(shown).toEqual([{ state: 'analysing' }, notArticle]);
  });

  it('stops at "tab-closed": the tab is gone, so nothing is asked again', async () => {
    const ask = vi.fn<(wait: boolean) => Promise<TabState>>().mockResolvedValue({ state: 'tab-closed' });
    const shown: TabState[] = [];
    expect(await followTabState(ask, (s) => shown.push(s))).toEqual({ state: 'tab-closed' });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([{ state: 'tab-closed' }]);
  });

  it('asks again when a request fails because the service worker stopped while holding it', async () => {
    const ask = vi
      .fn<(wait: boolean) => Promise<TabState>>()
      .mockResolvedValueOnce({ state: 'analysing' })
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(notArticle);
    expect(await followTabState(ask, () => {})).toEqual(notArticle);
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('asks again when a request is never answered (the worker holding it was stopped)', async () => {
    vi.useFakeTimers();
    try {
      const ask = vi
        .fn<(wait: boolean) => Promise<TabState>>()
        .mockResolvedValueOnce({ state: 'analysing' })
        .mockReturnValueOnce(new Promise<TabState>(() => {}))
        .mockResolvedValueOnce(notArticle);
      const done = followTabState(ask, () => {}, 4, 1_000);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await done).toEqual(notArticle);
      expect(ask).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops after a bounded number of waits', async () => {
    const ask = vi.fn<(wait: boolean) => Promise<TabState>>().mockResolvedValue({ state: 'analysing' });
    expect(await followTabState(ask, () => {}, 2)).toEqual({ state: 'analysing' });
    expect(ask).toHaveBeenCalledTimes(3);
  });
});
