/** Standard ranking metrics. `ranking` is the full ordered list of candidate ids. */
export interface Metrics {
  map: number;
  p10: number;
  mrr: number;
  ndcg10: number;
}

/** Binary relevance: AP, P@10, RR, nDCG@10. */
export function binaryMetrics(ranking: readonly string[], relevant: ReadonlySet<string>): Metrics {
  let hits = 0;
  let ap = 0;
  let rr = 0;
  let dcg = 0;
  ranking.forEach((id, r) => {
    if (!relevant.has(id)) return;
    hits++;
    ap += hits / (r + 1);
    if (!rr) rr = 1 / (r + 1);
    if (r < 10) dcg += 1 / Math.log2(r + 2);
  });
  let idcg = 0;
  for (let r = 0; r < Math.min(10, relevant.size); r++) idcg += 1 / Math.log2(r + 2);
  const p10 = ranking.slice(0, 10).filter((id) => relevant.has(id)).length / 10;
  return { map: relevant.size ? ap / relevant.size : 0, p10, mrr: rr, ndcg10: idcg ? dcg / idcg : 0 };
}

/** Graded nDCG@k with gain 2^g - 1. */
export function gradedNdcg(ranking: readonly string[], grades: Readonly<Record<string, number>>, k = 10): number {
  const gain = (g: number): number => 2 ** g - 1;
  let dcg = 0;
  ranking.slice(0, k).forEach((id, r) => (dcg += gain(grades[id] ?? 0) / Math.log2(r + 2)));
  const ideal = Object.values(grades).sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((s, g, r) => s + gain(g) / Math.log2(r + 2), 0);
  return idcg ? dcg / idcg : 0;
}

export function mean(xs: readonly Metrics[]): Metrics {
  const n = xs.length || 1;
  return {
    map: xs.reduce((s, x) => s + x.map, 0) / n,
    p10: xs.reduce((s, x) => s + x.p10, 0) / n,
    mrr: xs.reduce((s, x) => s + x.mrr, 0) / n,
    ndcg10: xs.reduce((s, x) => s + x.ndcg10, 0) / n,
  };
}

/** Completes a partial ranking with the remaining candidates in id order (ties at the bottom). */
export function complete(ranking: readonly string[], candidates: readonly string[]): string[] {
  const seen = new Set(ranking);
  return [...ranking, ...[...candidates].filter((c) => !seen.has(c)).sort()];
}
