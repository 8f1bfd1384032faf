/**
 * Writes that run one after another, in call order, whether or not the one before succeeded; a read
 * can wait for the writes called before it. An index whose upsert awaits a remote embedder keeps
 * its writes (and its readers) in the callers' order with it.
 */
export class WriteQueue {
  private last: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** Runs `write` once the writes called before it have finished. */
  run<T>(write: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.last.then(write);
    this.last = result.then(
      () => void this.pending--,
      () => void this.pending--,
    );
    return result;
  }

  /** Settles once the writes called so far have finished; undefined when none is pending. */
  settled(): Promise<unknown> | undefined {
    return this.pending > 0 ? this.last : undefined;
  }
}
