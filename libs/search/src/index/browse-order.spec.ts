import { BrowseOrder } from './browse-order.js';

// Slot i: key from `keys`, id `m<i>`; order is key desc, then id asc.
const keys = [1, 3, 2, 3, 0, 2];
const entries = keys.map((browseKey, i) => ({ id: `m${i}`, browseKey }));
const slots = keys.map((_, i) => i);
const all = { all: true, words: new Uint32Array(1) };

describe('BrowseOrder.page', () => {
  const order = new BrowseOrder((slot) => entries[slot]!.id, (slot) => entries[slot]!.browseKey);
  order.invalidate();

  it('walks the order from the cursor, a page at a time, without gaps or repeats', () => {
    expect(order.sorted(slots)).toEqual([1, 3, 2, 5, 0, 4]);
    const seen: number[] = [];
    let after: { key: number; id: string } | null = null;
    for (;;) {
      const page = order.page(slots, after, 2, all);
      seen.push(...page.slots);
      if (!page.more) break;
      const last = entries[page.slots[page.slots.length - 1]!]!;
      after = { key: last.browseKey, id: last.id };
    }
    expect(seen).toEqual([1, 3, 2, 5, 0, 4]);
  });

  it('keeps only the slots whose bit is set, and says whether more pass after the page', () => {
    const even = { all: false, words: Uint32Array.of(0b010101) };
    expect(order.page(slots, null, 2, even)).toEqual({ slots: [2, 0], more: true });
    expect(order.page(slots, { key: 0, id: 'm0' }, 2, even)).toEqual({ slots: [4], more: false });
    expect(order.page(slots, null, 3, even)).toEqual({ slots: [2, 0, 4], more: false });
    expect(order.page(slots, null, 5, { all: false, words: new Uint32Array(1) })).toEqual({ slots: [], more: false });
  });
});
