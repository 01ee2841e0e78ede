import { describe, expect, it } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';
import { panelAction, storedAnswer, type Followed } from '@/lib/sidepanel/follow-active-tab';

const followed: Followed = { windowId: 1, tabId: 10, ownTabId: null };
const notArticle: TabState = { state: 'not-article', url: 'https://example.org/', title: 'Home' };

describe('panelAction', () => {
  it('follows a tab activated in its own window', () => {
    expect(panelAction(followed, { kind: 'activated', tabId: 11, windowId: 1 })).toEqual({ do: 'show', tabId: 11 });
  });

  it('ignores tabs activated in other windows, the tab already shown, and its own tab', () => {
    expect(panelAction(followed, { kind: 'activated', tabId: 11, windowId: 2 })).toEqual({ do: 'nothing' });
    expect(panelAction(followed, { kind: 'activated', tabId: 10, windowId: 1 })).toEqual({ do: 'nothing' });
    expect(panelAction({ ...followed, ownTabId: 12 }, { kind: 'activated', tabId: 12, windowId: 1 })).toEqual({ do: 'nothing' });
  });

  it('shows "analysing" while the followed tab loads, and asks again once it has loaded', () => {
    expect(panelAction(followed, { kind: 'updated', tabId: 10, status: 'loading', url: 'https://example.org/b' })).toEqual({ do: 'loading' });
    expect(panelAction(followed, { kind: 'updated', tabId: 10, status: 'complete' })).toEqual({ do: 'show', tabId: 10 });
  });

  it('asks again when the address changes without a load (SPA), but not for a title or favicon change', () => {
    expect(panelAction(followed, { kind: 'updated', tabId: 10, url: 'https://example.org/#b' })).toEqual({ do: 'show', tabId: 10 });
    expect(panelAction(followed, { kind: 'updated', tabId: 10 })).toEqual({ do: 'nothing' });
  });

  it('ignores updates of other tabs', () => {
    expect(panelAction(followed, { kind: 'updated', tabId: 11, status: 'complete' })).toEqual({ do: 'nothing' });
  });

  it('looks for the active tab when its window regains focus or the followed tab closes', () => {
    expect(panelAction(followed, { kind: 'focused', windowId: 1 })).toEqual({ do: 'find-active' });
    expect(panelAction(followed, { kind: 'focused', windowId: 2 })).toEqual({ do: 'nothing' });
    expect(panelAction(followed, { kind: 'removed', tabId: 10 })).toEqual({ do: 'find-active' });
    expect(panelAction(followed, { kind: 'removed', tabId: 11 })).toEqual({ do: 'nothing' });
  });
});

describe('storedAnswer', () => {
  const change = (tabId: number, state: unknown) => ({ [`tab:${tabId}`]: { newValue: { url: 'https://example.org/', state } } });

  it('replaces "no access" or "analysing" with the answer the background stored for the followed tab', () => {
    expect(storedAnswer(10, 'no-access', change(10, notArticle))).toEqual(notArticle);
    expect(storedAnswer(10, 'analysing', change(10, notArticle))).toEqual(notArticle);
  });

  it('keeps an answer already on screen, and ignores other tabs', () => {
    expect(storedAnswer(10, 'not-article', change(10, notArticle))).toBeNull();
    expect(storedAnswer(10, 'no-access', change(11, notArticle))).toBeNull();
    expect(storedAnswer(null, 'no-access', change(10, notArticle))).toBeNull();
  });

  it('never refreshes on a state that is not an answer (no loop of asks), nor on a removed or invalid entry', () => {
    expect(storedAnswer(10, 'no-access', change(10, { state: 'analysing' }))).toBeNull();
    expect(storedAnswer(10, 'no-access', change(10, { state: 'no-access', reason: 'x' }))).toBeNull();
    expect(storedAnswer(10, 'no-access', { 'tab:10': {} })).toBeNull();
    expect(storedAnswer(10, 'no-access', change(10, { state: 'ready', analysis: 'forged' }))).toBeNull();
  });
});
