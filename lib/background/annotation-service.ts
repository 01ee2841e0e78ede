import type { TabState } from '../messaging/protocol';
import { annotateIfEnabled, type AnnotationPorts } from './annotations';
import { annotationScript, syncAnnotationScript, type RegistrationPorts } from './annotation-registration';

/**
 * Inline annotations in the background: annotates analysed pages of the sites the reader chose, and keeps the
 * registered content script in line with the settings and the granted permissions.
 */

/** Everything the service needs from the browser, injected so it runs on fakes in tests. */
export interface AnnotationServicePorts extends AnnotationPorts {
  /** The host permissions the extension holds (permissions.getAll().origins). */
  grantedOrigins(): Promise<readonly string[]>;
  registration: RegistrationPorts;
  /** Calls `listener` whenever the reader's settings or the granted permissions change. */
  onChange(listener: () => void): void;
  warn(message: string, error: unknown): void;
}

export interface AnnotationService {
  /** Queues a registration sync; resolves once it ran (never rejects: a failure is reported through `warn`). */
  sync(): Promise<void>;
  /** After a tab's analysis: annotates the page when the reader turned it on. Never rejects. */
  annotate(tabId: number, pageUrl: string, state: TabState): Promise<void>;
}

/**
 * Runs tasks one after the other, each once the previous one settled; a task that fails is reported to `onError`
 * and does not stop the ones queued after it.
 */
export function serialQueue(onError: (error: unknown) => void): (task: () => Promise<void>) => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  return (task) =>
    (tail = tail.then(task).catch((error: unknown) => {
      onError(error);
    }));
}

/** Starts the service: listens for changes, and syncs at once (the registration may predate a change made while the worker slept). */
export function startAnnotationService(ports: AnnotationServicePorts): AnnotationService {
  const enqueue = serialQueue((error) => ports.warn('Sourcelight annotations: registration not updated', error));
  // Two syncs must not interleave: one's unregister could run between the other's check and register.
  const sync = () =>
    enqueue(async () => {
      const [settings, granted] = await Promise.all([ports.settings(), ports.grantedOrigins()]);
      await syncAnnotationScript(ports.registration, annotationScript(settings, granted));
    });
  ports.onChange(() => void sync());
  void sync();
  return {
    sync,
    annotate: (tabId, pageUrl, state) =>
      annotateIfEnabled(ports, tabId, pageUrl, state).then(
        () => undefined,
        (error: unknown) => ports.warn('Sourcelight annotations:', error),
      ),
  };
}
