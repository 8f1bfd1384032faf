/** Growable posting list of (slot, weight) pairs in typed arrays; swap-remove keeps it compact. */
export class Postings {
  slots = new Int32Array(4);
  weights = new Float32Array(4);
  size = 0;

  add(slot: number, weight: number): void {
    if (this.size === this.slots.length) {
      const slots = new Int32Array(this.size * 2);
      slots.set(this.slots);
      this.slots = slots;
      const weights = new Float32Array(this.size * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.slots[this.size] = slot;
    this.weights[this.size] = weight;
    this.size++;
  }

  remove(slot: number): void {
    const i = this.slots.subarray(0, this.size).indexOf(slot);
    if (i < 0) return;
    this.size--;
    this.slots[i] = this.slots[this.size]!;
    this.weights[i] = this.weights[this.size]!;
  }

  forEach(fn: (slot: number, weight: number) => void): void {
    for (let i = 0; i < this.size; i++) fn(this.slots[i]!, this.weights[i]!);
  }
}
