/**
 * Growable posting list of (slot, weight) pairs in typed arrays; swap-remove keeps it compact.
 * On request it also keeps the list in impact order (weight desc, slot asc), for queries of one term:
 * built once by a sort, then kept up to date by every add and remove (a binary search and a move).
 */
export class Postings {
  slots: Int32Array;
  weights: Float32Array;
  size = 0;
  /** Impact order of the first `size` entries (null until first asked for). */
  private impact: { slots: Int32Array; weights: Float32Array } | null = null;

  /** `capacity`: the entries expected (a snapshot load knows each list's size, so no list is over-allocated). */
  constructor(capacity = 4) {
    this.slots = new Int32Array(Math.max(1, capacity));
    this.weights = new Float32Array(Math.max(1, capacity));
  }

  add(slot: number, weight: number): void {
    if (this.size === this.slots.length) {
      const slots = new Int32Array(Math.max(4, this.size * 2));
      slots.set(this.slots);
      this.slots = slots;
      const weights = new Float32Array(Math.max(4, this.size * 2));
      weights.set(this.weights);
      this.weights = weights;
    }
    this.slots[this.size] = slot;
    this.weights[this.size] = weight;
    if (this.impact) this.insertByImpact(slot, this.weights[this.size]!);
    this.size++;
  }

  remove(slot: number): void {
    const i = this.slots.subarray(0, this.size).indexOf(slot);
    if (i < 0) return;
    if (this.impact) this.removeByImpact(slot, this.weights[i]!);
    this.size--;
    this.slots[i] = this.slots[this.size]!;
    this.weights[i] = this.weights[this.size]!;
  }

  forEach(fn: (slot: number, weight: number) => void): void {
    for (let i = 0; i < this.size; i++) fn(this.slots[i]!, this.weights[i]!);
  }

  /** The list in impact order (weight desc, slot asc): the first `size` entries of both arrays. */
  byImpact(): { slots: Int32Array; weights: Float32Array } {
    if (this.impact) return this.impact;
    const { size } = this;
    const order = new Uint32Array(size);
    for (let i = 0; i < size; i++) order[i] = i;
    const { slots, weights } = this;
    order.sort((a, b) => weights[b]! - weights[a]! || slots[a]! - slots[b]!);
    const impact = { slots: new Int32Array(this.slots.length), weights: new Float32Array(this.slots.length) };
    for (let i = 0; i < size; i++) {
      impact.slots[i] = slots[order[i]!]!;
      impact.weights[i] = weights[order[i]!]!;
    }
    this.impact = impact;
    return impact;
  }

  /** Index of the first entry of the impact order that (weight, slot) precedes or equals. */
  private impactPosition(slot: number, weight: number, size: number): number {
    const { slots, weights } = this.impact!;
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const w = weights[mid]!;
      if (w > weight || (w === weight && slots[mid]! < slot)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** (Called before size grows.) */
  private insertByImpact(slot: number, weight: number): void {
    let impact = this.impact!;
    const size = this.size;
    if (impact.slots.length < this.slots.length) {
      const grown = { slots: new Int32Array(this.slots.length), weights: new Float32Array(this.slots.length) };
      grown.slots.set(impact.slots.subarray(0, size));
      grown.weights.set(impact.weights.subarray(0, size));
      this.impact = impact = grown;
    }
    const at = this.impactPosition(slot, weight, size);
    impact.slots.copyWithin(at + 1, at, size);
    impact.weights.copyWithin(at + 1, at, size);
    impact.slots[at] = slot;
    impact.weights[at] = weight;
  }

  /** (Called before size shrinks.) */
  private removeByImpact(slot: number, weight: number): void {
    const impact = this.impact!;
    const size = this.size;
    const at = this.impactPosition(slot, weight, size);
    if (impact.slots[at] !== slot) return;
    impact.slots.copyWithin(at, at + 1, size);
    impact.weights.copyWithin(at, at + 1, size);
  }
}
