/**
 * Look-ups of link addresses, batched and bounded: each address is asked once, at most `maxBatch` per message
 * and at most `maxInFlight` messages at a time; answers are kept (up to `maxCached` addresses) so a feed that
 * links one outlet a hundred times asks once. Pure: sending and scheduling are injected.
 */

export interface LookupQueueOptions<T> {
  maxBatch: number;
  maxInFlight: number;
  maxCached: number;
  /** Asks the background; resolves to one answer per address, in order (null: not a known outlet). */
  send(addresses: string[]): Promise<readonly (T | null)[]>;
  /** Runs `flush` soon (a timer or microtask), so requests made in one turn go in one message. */
  schedule(flush: () => void): void;
  /** Called once per answered batch with the addresses that now have an answer. */
  onAnswers(addresses: readonly string[]): void;
}

export interface LookupQueue<T> {
  /** The cached answer: a value, null (not an outlet), or undefined (not known yet; asks for it). */
  get(address: string): T | null | undefined;
  /** The cached answer without asking: a value, null, or undefined when not known yet. */
  peek(address: string): T | null | undefined;
  /** Addresses waiting for a message. */
  readonly pending: number;
}

export function createLookupQueue<T>(options: LookupQueueOptions<T>): LookupQueue<T> {
  const answers = new Map<string, T | null>();
  const waiting = new Set<string>();
  const asked = new Set<string>();
  let inFlight = 0;
  let scheduled = false;

  const remember = (address: string, answer: T | null) => {
    if (answers.size >= options.maxCached) answers.delete(answers.keys().next().value!);
    answers.set(address, answer);
  };

  const flush = () => {
    scheduled = false;
    while (waiting.size && inFlight < options.maxInFlight) {
      const batch = [...waiting].slice(0, options.maxBatch);
      for (const address of batch) {
        waiting.delete(address);
        asked.add(address);
      }
      inFlight++;
      options
        .send(batch)
        .then(
          (results) => batch.forEach((address, i) => remember(address, results[i] ?? null)),
          // The background could not answer (it restarted, or the extension was updated): no marks for these.
          () => batch.forEach((address) => remember(address, null)),
        )
        .finally(() => {
          inFlight--;
          for (const address of batch) asked.delete(address);
          options.onAnswers(batch);
          if (waiting.size) request();
        });
    }
  };

  const request = () => {
    if (scheduled) return;
    scheduled = true;
    options.schedule(flush);
  };

  return {
    get(address) {
      if (answers.has(address)) return answers.get(address);
      if (!asked.has(address) && !waiting.has(address)) {
        waiting.add(address);
        request();
      }
      return undefined;
    },
    peek: (address) => answers.get(address),
    get pending() {
      return waiting.size;
    },
  };
}
