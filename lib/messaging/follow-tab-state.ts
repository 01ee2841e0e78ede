import type { TabState } from './protocol';

/** Longer than the background's own wait (15 s), so only a request the background lost runs out. */
export const PATIENCE_MS = 20_000;

/**
 * The popup's conversation with the background for one tab: ask at once, then keep waiting while the answer is
 * "analysing". A request that fails or is never answered (the service worker was stopped while it held the
 * request: Chromium may leave the message unanswered rather than reject it) counts as "still analysing" and is
 * asked again: the next message wakes a new worker, which picks the analysis up.
 */
export async function followTabState(
  ask: (wait: boolean) => Promise<TabState>,
  show: (state: TabState) => void,
  waits = 4,
  patienceMs = PATIENCE_MS,
): Promise<TabState> {
  const analysing: TabState = { state: 'analysing' };
  const attempt = (wait: boolean) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lost = new Promise<TabState>((resolve) => (timer = setTimeout(() => resolve(analysing), patienceMs)));
    return Promise.race([ask(wait).catch(() => analysing), lost]).finally(() => clearTimeout(timer));
  };
  let state = await attempt(false);
  show(state);
  for (let i = 0; state.state === 'analysing' && i < waits; i++) {
    state = await attempt(true);
    show(state);
  }
  return state;
}
