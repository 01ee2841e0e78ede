/** Counts what an importer left out, by reason, for its report. */
export class DropTally {
  private readonly byReason = new Map<string, number>();

  add(reason: string): void {
    this.byReason.set(reason, (this.byReason.get(reason) ?? 0) + 1);
  }

  /** Counts the reason and returns false, for use inside a filter. */
  drop(reason: string): false {
    this.add(reason);
    return false;
  }

  counts(): Record<string, number> {
    return Object.fromEntries([...this.byReason].sort((a, b) => b[1] - a[1]));
  }
}
