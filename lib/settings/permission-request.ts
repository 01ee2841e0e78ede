/**
 * Starts a host-permission request now, in the click's turn (browsers refuse `permissions.request` outside a
 * user gesture, so nothing may be awaited before it); a request the browser rejects reads as "not granted".
 */
export function requestInGesture(permissions: { request(origins: string[]): Promise<boolean> }, origins: string[]): Promise<boolean> {
  try {
    return permissions.request(origins).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
