/**
 * Response times are kept as counts per logarithmic bucket (migration `StatsFacts`,
 * `stat_response_bucket`): bucket 0 holds times up to 1 ms, bucket i ≥ 1 those in
 * (1.02^(i−1), 1.02^i] ms. A time read back from its bucket is within 1 % of the true one
 * ((γ − 1) / (γ + 1) with γ = 1.02), so a median computed from the buckets is too, however many
 * requests there are. The same idea as DDSketch.
 */
const GAMMA = 1.02;

/** Bucket → count. */
export type Histogram = Map<number, number>;

/** The sum of several histograms. */
export function mergeHistograms(histograms: Iterable<Histogram>): Histogram {
  const merged: Histogram = new Map();
  for (const h of histograms) for (const [bucket, n] of h) merged.set(bucket, (merged.get(bucket) ?? 0) + n);
  return merged;
}

/** The value that stands for a bucket, in seconds: the one with the least relative error. */
export function bucketSeconds(bucket: number): number {
  if (bucket <= 0) return 0.0005;
  return (2 * GAMMA ** bucket) / (GAMMA + 1) / 1000;
}

/**
 * The median (as PostgreSQL's `percentile_cont(0.5)`: the mean of the two middle values for an
 * even count) of the values counted in `buckets` (bucket → count); null when there are none.
 */
export function histogramMedian(buckets: Iterable<[bucket: number, count: number]>): number | null {
  const sorted = [...buckets].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const [bucket, n] of sorted) {
      seen += n;
      if (rank < seen) return bucketSeconds(bucket);
    }
    return bucketSeconds(sorted[sorted.length - 1]![0]);
  };
  const middle = (total - 1) / 2;
  return (valueAt(Math.floor(middle)) + valueAt(Math.ceil(middle))) / 2;
}
