/** A slot's run: its numbers are `keys[start .. start + length)` (and the same range of `weights`). */
export interface SlotRunsState {
  starts: Uint32Array;
  lengths: Uint32Array;
  keys: Uint32Array;
  weights: Float32Array | null;
}

/** Below this many dead entries a store is never compacted (a few edits leave a little garbage). */
const MIN_GARBAGE = 1 << 16;

/**
 * A variable-length run of uint32 keys (and, when `weighted`, float32 weights) per index slot, all
 * in one pair of flat typed arrays: a hundred thousand profiles cost four arrays, not a hundred
 * thousand objects. A new run is appended at the end (the slot's old run becomes garbage); the
 * arrays are compacted when garbage outweighs the live entries.
 */
export class SlotRuns {
  private starts: Uint32Array = new Uint32Array(0);
  private lengths: Uint32Array = new Uint32Array(0);
  keys: Uint32Array = new Uint32Array(0);
  weights: Float32Array | null;
  /** Entries in use at the front of keys/weights (live runs and garbage). */
  private used = 0;
  private garbage = 0;

  constructor(readonly weighted: boolean) {
    this.weights = weighted ? new Float32Array(0) : null;
  }

  start(slot: number): number {
    return this.starts[slot] ?? 0;
  }

  end(slot: number): number {
    return (this.starts[slot] ?? 0) + (this.lengths[slot] ?? 0);
  }

  size(slot: number): number {
    return this.lengths[slot] ?? 0;
  }

  /** Replaces the slot's run. */
  set(slot: number, keys: ArrayLike<number>, weights?: ArrayLike<number>): void {
    this.delete(slot);
    if (slot >= this.starts.length) {
      const size = Math.max(1024, (slot + 1) * 2);
      this.starts = grown(this.starts, size);
      this.lengths = grown(this.lengths, size);
    }
    const n = keys.length;
    if (this.used + n > this.keys.length) this.reserve(n);
    const at = this.used;
    this.keys.set(keys, at);
    if (this.weights) this.weights.set(weights ?? [], at);
    this.starts[slot] = at;
    this.lengths[slot] = n;
    this.used += n;
  }

  delete(slot: number): void {
    if (slot >= this.lengths.length) return;
    this.garbage += this.lengths[slot]!;
    this.lengths[slot] = 0;
    this.starts[slot] = 0;
  }

  clear(): void {
    this.starts = new Uint32Array(0);
    this.lengths = new Uint32Array(0);
    this.keys = new Uint32Array(0);
    if (this.weights) this.weights = new Float32Array(0);
    this.used = 0;
    this.garbage = 0;
  }

  /** The runs of slots 0 .. slots-1, compacted (for a snapshot). */
  state(slots: number): SlotRunsState {
    const starts = new Uint32Array(slots);
    const lengths = this.lengths.slice(0, slots);
    if (lengths.length < slots) lengths.set(new Uint32Array(slots - lengths.length), lengths.length);
    let total = 0;
    for (let slot = 0; slot < slots; slot++) total += lengths[slot]!;
    const keys = new Uint32Array(total);
    const weights = this.weights ? new Float32Array(total) : null;
    let at = 0;
    for (let slot = 0; slot < slots; slot++) {
      const from = this.starts[slot]!;
      const n = lengths[slot]!;
      keys.set(this.keys.subarray(from, from + n), at);
      weights?.set(this.weights!.subarray(from, from + n), at);
      starts[slot] = at;
      at += n;
    }
    return { starts, lengths, keys, weights };
  }

  /** Takes a snapshot's runs as they are (no copy). */
  restore(s: SlotRunsState): void {
    if (s.starts.length !== s.lengths.length || (this.weighted && (!s.weights || s.weights.length !== s.keys.length))) throw new Error('the snapshot runs are inconsistent');
    for (let slot = 0; slot < s.starts.length; slot++) if (s.starts[slot]! + s.lengths[slot]! > s.keys.length) throw new Error('the snapshot runs are inconsistent');
    this.starts = s.starts;
    this.lengths = s.lengths;
    this.keys = s.keys;
    this.weights = this.weighted ? s.weights : null;
    this.used = s.keys.length;
    this.garbage = 0;
  }

  /** Room for `n` more entries: drops the garbage if it is most of the arrays, and grows them by a quarter. */
  private reserve(n: number): void {
    const live = this.used - this.garbage;
    const compact = this.garbage >= MIN_GARBAGE && this.garbage > live;
    const size = Math.max(1024, Math.ceil(((compact ? live : this.used) + n) * 1.25));
    const keys = new Uint32Array(size);
    const weights = this.weights ? new Float32Array(size) : null;
    if (!compact) {
      keys.set(this.keys.subarray(0, this.used));
      weights?.set(this.weights!.subarray(0, this.used));
    } else {
      let at = 0;
      for (let slot = 0; slot < this.lengths.length; slot++) {
        const len = this.lengths[slot]!;
        if (!len) continue;
        const from = this.starts[slot]!;
        keys.set(this.keys.subarray(from, from + len), at);
        weights?.set(this.weights!.subarray(from, from + len), at);
        this.starts[slot] = at;
        at += len;
      }
      this.used = at;
      this.garbage = 0;
    }
    this.keys = keys;
    this.weights = weights;
  }
}

function grown(a: Uint32Array, size: number): Uint32Array {
  const next = new Uint32Array(size);
  next.set(a);
  return next;
}
