/** Runs a handler so that nothing it throws reaches the page's console or its own handlers. */
export const safe =
  <A extends unknown[]>(handler: (...args: A) => void) =>
  (...args: A) => {
    try {
      handler(...args);
    } catch {
      // A page that changed under us: skip this event.
    }
  };
