import type { TabState } from './protocol';

/**
 * The popup's conversation with the background for one tab: ask at once, then keep waiting while the answer is
 * "analysing". A request that fails (the service worker was stopped while it held the request, so the message
 * port closed) counts as "still analysing" and is asked again: the next message wakes a new worker.
 */
export async function followTabState(
  ask: (wait: boolean) => Promise<TabState>,
  show: (state: TabState) => void,
  waits = 4,
): Promise<TabState> {
  const attempt = (wait: boolean) => ask(wait).catch((): TabState => ({ state: 'analysing' }));
  let state = await attempt(false);
  show(state);
  for (let i = 0; state.state === 'analysing' && i < waits; i++) {
    state = await attempt(true);
    show(state);
  }
  return state;
}
