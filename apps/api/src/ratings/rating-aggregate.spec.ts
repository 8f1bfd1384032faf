import { applyRating } from './rating-aggregate.js';

const empty = { ratingCount: 0, ratingSum: 0, ratingDistribution: [0, 0, 0, 0, 0] };

describe('applyRating', () => {
  it('adds a first rating', () => {
    expect(applyRating(empty, null, 4)).toEqual({ ratingCount: 1, ratingSum: 4, ratingDistribution: [0, 0, 0, 1, 0], ratingScore: (3.5 * 5 + 4) / 6 });
  });

  it('a replacement moves the rating between stars without counting it twice', () => {
    const once = applyRating(empty, null, 2);
    const replaced = applyRating(once, 2, 5);
    expect(replaced).toMatchObject({ ratingCount: 1, ratingSum: 5, ratingDistribution: [0, 0, 0, 0, 1] });
    expect(applyRating(replaced, 5, 5)).toMatchObject({ ratingCount: 1, ratingSum: 5, ratingDistribution: [0, 0, 0, 0, 1] });
  });

  it('pads a short distribution', () => {
    expect(applyRating({ ratingCount: 0, ratingSum: 0, ratingDistribution: [] }, null, 1).ratingDistribution).toEqual([1, 0, 0, 0, 0]);
  });
});
