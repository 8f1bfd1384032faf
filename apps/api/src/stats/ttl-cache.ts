/**
 * A small per-replica cache of computed values with single-flight: concurrent callers of a key
 * share one computation, the result is kept `ttlMs`, failures are not kept. At most `maxKeys`
 * entries (the oldest goes first). `ttlMs` 0 disables it.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { expires: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxKeys = 64,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const value = compute();
    // Expiry counts from when the value is ready, so a slow computation is still reused `ttlMs`.
    const entry = { expires: Number.POSITIVE_INFINITY, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
    value.then(
      () => {
        entry.expires = this.now() + this.ttlMs;
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }
}
