import { bayesianRating } from '@app/search';

export interface RatingAggregate {
  ratingCount: number;
  ratingSum: number;
  /** Counts of 1..5 stars, index 0 = one star. */
  ratingDistribution: number[];
  ratingScore: number;
}

/**
 * The mentor's aggregate after a student gives `score`, replacing `previous` (their earlier score)
 * when there was one: a replacement moves one rating between stars, it never counts twice.
 */
export function applyRating(current: Omit<RatingAggregate, 'ratingScore'>, previous: number | null, score: number): RatingAggregate {
  const distribution = Array.from({ length: 5 }, (_, i) => current.ratingDistribution[i] ?? 0);
  let { ratingCount, ratingSum } = current;
  if (previous !== null) {
    distribution[previous - 1] = Math.max(0, distribution[previous - 1]! - 1);
    ratingSum -= previous;
    ratingCount -= 1;
  }
  distribution[score - 1]! += 1;
  ratingSum += score;
  ratingCount += 1;
  return { ratingCount, ratingSum, ratingDistribution: distribution, ratingScore: bayesianRating(ratingCount > 0 ? ratingSum / ratingCount : 0, ratingCount) };
}
