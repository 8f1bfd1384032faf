import { capQueryTerms, feedbackQuery, normalizedSparse } from './query-expansion.js';

const sparse = (weights: Record<number, number>) => normalizedSparse(new Map(Object.entries(weights).map(([t, w]) => [Number(t), w])));

describe('normalizedSparse', () => {
  it('sorts the terms and makes the weights sum to 1', () => {
    expect(normalizedSparse(new Map([[9, 1], [2, 3]]))).toEqual({ indices: [2, 9], values: [0.75, 0.25] });
    expect(normalizedSparse(new Map())).toEqual({ indices: [], values: [] });
  });
});

describe('capQueryTerms', () => {
  const df = new Map([[1, 900], [2, 10], [3, 10], [4, 500]]);
  const frequency = (term: number) => df.get(term) ?? 0;

  it('keeps a short query as it is', () => {
    const q = sparse({ 1: 1, 2: 1 });
    expect(capQueryTerms(q, 2, 1000, frequency)).toBe(q);
    expect(capQueryTerms(q, 0, 1000, frequency)).toBe(q);
  });

  it('keeps the terms with the highest weight × IDF, renormalised', () => {
    // Term 1 is in 90 % of profiles and term 4 in half: rare terms 2 and 3 win at equal weight.
    const capped = capQueryTerms(sparse({ 1: 1, 2: 1, 3: 1, 4: 1 }), 2, 1000, frequency);
    expect(capped).toEqual({ indices: [2, 3], values: [0.5, 0.5] });
    // A heavy common term can still beat a light rare one.
    expect(capQueryTerms(sparse({ 1: 50, 2: 1, 4: 1 }), 1, 1000, frequency).indices).toEqual([1]);
  });
});

describe('feedbackQuery', () => {
  const o = { feedbackTerms: 2, feedbackWeight: 0.5 };
  const list = [sparse({ 1: 1, 5: 3 }), sparse({ 1: 1, 6: 1 }), undefined];
  const docs = (slot: number) => list[slot];

  it('mixes in the heaviest terms of the best matches, weighted by their scores', () => {
    const scores = new Float64Array([2, 1, 0]);
    const q = feedbackQuery(sparse({ 1: 1 }), Int32Array.from([1, 0]), scores, docs, o);
    expect(q.indices).toEqual([1, 5]);
    expect(q.values.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    // Half the query's own weight, plus term 1's share of the feedback model.
    expect(q.values[0]).toBeGreaterThan(0.5);
    expect(q.values[1]).toBeLessThan(0.5);
  });

  it('returns the query when the matches carry no weight', () => {
    const q = sparse({ 1: 1 });
    expect(feedbackQuery(q, Int32Array.from([2]), new Float64Array([0, 0, 1]), docs, o)).toBe(q);
    expect(feedbackQuery(q, Int32Array.from([0]), new Float64Array([0, 0, 0]), docs, o)).toBe(q);
  });

  it('clamps the feedback weight to [0, 1]', () => {
    const scores = new Float64Array([1, 1, 0]);
    const all = feedbackQuery(sparse({ 7: 1 }), Int32Array.from([0, 1]), scores, docs, { feedbackTerms: 8, feedbackWeight: 3 });
    expect(all.values[all.indices.indexOf(7)]).toBe(0);
    const none = feedbackQuery(sparse({ 7: 1 }), Int32Array.from([0, 1]), scores, docs, { feedbackTerms: 8, feedbackWeight: -1 });
    expect(none.values[none.indices.indexOf(7)]).toBe(1);
  });
});
