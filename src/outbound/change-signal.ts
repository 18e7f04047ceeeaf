/** A one-shot "something changed" broadcast that can be awaited again after each notify. */
export class ChangeSignal {
  private pending: { promise: Promise<void>; resolve: () => void } | undefined;

  next(): Promise<void> {
    if (!this.pending) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.pending = { promise, resolve };
    }
    return this.pending.promise;
  }

  notify(): void {
    const p = this.pending;
    this.pending = undefined;
    p?.resolve();
  }
}
