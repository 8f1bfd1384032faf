/**
 * Index slots sorted for browsing (browse key descending, then id ascending), kept sorted by
 * small edits and rebuilt lazily after bulk changes, so a page walks it from the cursor with no
 * sort or scan per request.
 */
export class BrowseOrder {
  private order: number[] | null = [];

  /** `key`: availability, then rating, then newest, as one number (higher first). */
  constructor(
    private readonly id: (slot: number) => string,
    private readonly key: (slot: number) => number,
  ) {}

  /** Forget the order: the next read sorts `slots` afresh (after bulk loads or many changes). */
  invalidate(): void {
    this.order = null;
  }

  /** Start empty (the index was cleared). */
  reset(): void {
    this.order = [];
  }

  get isMaintained(): boolean {
    return this.order !== null;
  }

  /** The sorted slots, rebuilt from `slots` when invalidated. */
  sorted(slots: Iterable<number>): readonly number[] {
    if (!this.order) {
      const rows: { slot: number; key: number; id: string }[] = [];
      for (const slot of slots) rows.push({ slot, key: this.key(slot), id: this.id(slot) });
      rows.sort((x, y) => y.key - x.key || (x.id < y.id ? -1 : 1));
      this.order = rows.map((r) => r.slot);
    }
    return this.order;
  }

  /**
   * One page of the order: the first `limit` slots after the cursor (key, id) that pass the filter
   * (bitset words, unless `all`), and whether another passes after them. Walks from the cursor: no sort,
   * no scan of what comes before it.
   */
  page(slots: Iterable<number>, after: { key: number; id: string } | null, limit: number, filter: { all: boolean; words: Uint32Array }): { slots: number[]; more: boolean } {
    const order = this.sorted(slots);
    const page: number[] = [];
    const words = filter.words;
    for (let i = after ? this.lowerBound(order, after.key, after.id) : 0; i < order.length; i++) {
      const slot = order[i]!;
      if (!filter.all && ((words[slot >>> 5] ?? 0) & (1 << (slot & 31))) === 0) continue;
      if (page.length === limit) return { slots: page, more: true };
      page.push(slot);
    }
    return { slots: page, more: false };
  }

  /** First position whose entry sorts strictly after (key, id). */
  lowerBound(order: readonly number[], key: number, id: string): number {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = this.key(order[mid]!);
      const after = k < key || (k === key && this.id(order[mid]!) > id);
      if (after) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  insert(slot: number): void {
    if (!this.order) return;
    // Equal entries cannot exist (ids are unique): insert before the first that sorts after this one.
    this.order.splice(this.lowerBound(this.order, this.key(slot), this.id(slot)), 0, slot);
  }

  remove(slot: number): void {
    if (!this.order) return;
    const at = this.lowerBound(this.order, this.key(slot), this.id(slot)) - 1;
    if (at >= 0 && this.order[at] === slot) this.order.splice(at, 1);
    else this.order = null;
  }
}
