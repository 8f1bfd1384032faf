import { forEachBit } from './bitset.js';
import { FilterSets, type Filter } from './filter-sets.js';

const slotsOf = (f: Filter): number[] => {
  const out: number[] = [];
  forEachBit(f.words, (slot) => void out.push(slot));
  return out;
};

describe('FilterSets', () => {
  const sets = new FilterSets();
  sets.add(0, { skillKeys: ['python', 'go'], languages: ['en'], available: true });
  sets.add(1, { skillKeys: ['python'], languages: ['ru'], available: false });
  sets.add(2, { skillKeys: ['go'], languages: ['ru', 'en'], available: true });

  it('intersects the sets a search names, and counts the slots', () => {
    expect(sets.filter([], null, false)).toMatchObject({ all: true, count: 3 });
    const python = sets.filter(['python'], null, false);
    expect([slotsOf(python), python.count, python.all]).toEqual([[0, 1], 2, false]);
    expect(slotsOf(sets.filter(['python', 'go'], null, false))).toEqual([0]);
    expect(slotsOf(sets.filter([], 'ru', true))).toEqual([2]);
    expect(sets.filter([], null, true)).toMatchObject({ all: false, count: 2 });
    expect(sets.filter(['rust'], null, false).count).toBe(0);
    expect(sets.filter([], 'de', false).count).toBe(0);
  });

  it('forgets a removed profile everywhere, and everything on clear', () => {
    sets.remove(0, { skillKeys: ['python', 'go'], languages: ['en'], available: true });
    expect(sets.filter([], null, false).count).toBe(2);
    expect(slotsOf(sets.filter(['python'], null, false))).toEqual([1]);
    expect(sets.filter([], null, true).count).toBe(1);
    expect(slotsOf(sets.filter([], 'en', false))).toEqual([2]);
    sets.clear();
    expect(sets.filter([], null, false).count).toBe(0);
    expect(sets.filter(['go'], null, false).count).toBe(0);
  });
});
