import type { TabState } from './protocol';

/** Longer than the background's own wait (15 s), so only a request the background lost runs out. */
export const PATIENCE_MS = 20_000;
/**
 * How long the popup shows "Analysing…" before it says the analysis is taking too long and offers to try again.
 * An analysis is ready in about half a second (the bench's click → shown median); ten seconds means something is stuck.
 */
export const GIVE_UP_MS = 10_000;

/** What the popup shows: the background's state for the tab, or its own "taking too long" once it gives up waiting. */
export type ShownState = TabState | { state: 'too-slow' };

export interface FollowOptions {
  /** Give up after this long in all, and show "too-slow". */
  giveUpMs?: number;
  /** One request that takes longer than this is taken as lost and asked again. */
  patienceMs?: number;
  /** Milliseconds since a fixed point; `performance.now` unless a test drives time. */
  clock?: () => number;
}

/**
 * The popup's conversation with the background for one tab: ask at once, then keep waiting while the answer is
 * "analysing", until `giveUpMs` has passed: then "too-slow", never an endless wait. A request that fails or is
 * never answered (the service worker was stopped while it held the request: Chromium may leave the message
 * unanswered rather than reject it) counts as "still analysing" and is asked again: the next message wakes a new
 * worker, which picks the analysis up.
 */
export async function followTabState(
  ask: (wait: boolean) => Promise<TabState>,
  show: (state: ShownState) => void,
  { giveUpMs = GIVE_UP_MS, patienceMs = PATIENCE_MS, clock = () => performance.now() }: FollowOptions = {},
): Promise<ShownState> {
  const analysing: TabState = { state: 'analysing' };
  const deadline = clock() + giveUpMs;
  const attempt = (wait: boolean) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waitMs = Math.max(0, Math.min(patienceMs, deadline - clock()));
    const lost = new Promise<TabState>((resolve) => (timer = setTimeout(() => resolve(analysing), waitMs)));
    return Promise.race([ask(wait).catch(() => analysing), lost]).finally(() => clearTimeout(timer));
  };
  let state: ShownState = await attempt(false);
  show(state);
  while (state.state === 'analysing' && clock() < deadline) {
    state = await attempt(true);
    if (state.state !== 'analysing') show(state);
  }
  if (state.state === 'analysing') {
    state = { state: 'too-slow' };
    show(state);
  }
  return state;
}
