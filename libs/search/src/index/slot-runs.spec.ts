import { mulberry32 } from '@app/common';
import { SlotRuns } from './slot-runs.js';

const runOf = (r: SlotRuns, slot: number): { keys: number[]; weights: number[] } => ({
  keys: Array.from(r.keys.subarray(r.start(slot), r.end(slot))),
  weights: Array.from(r.weights!.subarray(r.start(slot), r.end(slot))),
});

describe('SlotRuns', () => {
  it('keeps each slot its latest run through replacements, deletions, compactions and a snapshot round trip', () => {
    const rand = mulberry32(5);
    const runs = new SlotRuns(true);
    const expected = new Map<number, { keys: number[]; weights: number[] }>();
    // Enough churn that the garbage outgrows the live entries several times over (compactions).
    for (let i = 0; i < 20_000; i++) {
      const slot = Math.floor(rand() * 300);
      if (rand() < 0.2) {
        runs.delete(slot);
        expected.delete(slot);
        continue;
      }
      const n = Math.floor(rand() * 60);
      const run = { keys: Array.from({ length: n }, () => Math.floor(rand() * 1e9)), weights: Array.from({ length: n }, () => Math.fround(rand())) };
      runs.set(slot, run.keys, run.weights);
      expected.set(slot, run);
    }
    for (let slot = 0; slot < 300; slot++) expect(runOf(runs, slot)).toEqual(expected.get(slot) ?? { keys: [], weights: [] });
    // Every slot's run stays inside the arrays' live part: compaction did bound them.
    const live = [...expected.values()].reduce((n, r) => n + r.keys.length, 0);
    expect(runs.keys.length).toBeLessThan(2.5 * live + (1 << 17));

    const state = runs.state(300);
    expect(state.keys).toHaveLength(live);
    const restored = new SlotRuns(true);
    restored.restore(state);
    for (let slot = 0; slot < 300; slot++) expect(runOf(restored, slot)).toEqual(runOf(runs, slot));
    // A restored store takes new runs like any other.
    restored.set(400, [1, 2], [0.5, 0.25]);
    expect(runOf(restored, 400)).toEqual({ keys: [1, 2], weights: [0.5, 0.25] });
    expect(runOf(restored, 7)).toEqual(runOf(runs, 7));
  });

  it('refuses inconsistent snapshot runs', () => {
    const runs = new SlotRuns(true);
    expect(() => runs.restore({ starts: Uint32Array.of(0), lengths: Uint32Array.of(3), keys: Uint32Array.of(1, 2), weights: Float32Array.of(1, 2) })).toThrow(/inconsistent/);
    expect(() => runs.restore({ starts: Uint32Array.of(0), lengths: Uint32Array.of(1), keys: Uint32Array.of(1), weights: null })).toThrow(/inconsistent/);
  });
});
