import { readFileSync } from 'node:fs';
import { analyze, paragraphs } from '@app/search';
import { binaryMetrics, complete, mean, type Metrics } from './metrics.js';
import type { Profile, Ranker } from './rankers.js';

interface DblpFile {
  documents: string[];
  candidates: { id: string; documents: number[] }[];
  judgedCandidates: string[];
  queries: { id: string; document: number; labels: string[]; relevant: string[] }[];
}

export interface DblpSet {
  profiles: Profile[];
  judged: string[];
  queries: { id: string; text: string; relevant: Set<string> }[];
  /** Mean analysed passage (paragraph = paper) length, used as the BM25 average passage length (corpus statistic). */
  avgLength: number;
}

/** Candidates are authors; a profile is the text of their papers, as in the benchmark's protocol. */
export function loadDblp(path: string): DblpSet {
  const data = JSON.parse(readFileSync(path, 'utf8')) as DblpFile;
  const epoch = new Date('2020-01-01T00:00:00Z');
  const profiles = data.candidates.map((c) => {
    const text = c.documents.map((i) => data.documents[i]!).join('\n');
    return {
      id: c.id,
      text,
      doc: {
        id: c.id, name: '', expertise: '', bio: text, skills: [], languages: ['en'],
        acceptingRequests: true, atCapacity: false, ratingAverage: 0, ratingCount: 0, createdAt: epoch,
      },
    };
  });
  const lengths = profiles.flatMap((p) => paragraphs(p.text).map((t) => analyze(t).length));
  const avgLength = lengths.reduce((s, x) => s + x, 0) / Math.max(1, lengths.length);
  return {
    profiles,
    judged: data.judgedCandidates,
    queries: data.queries.map((q) => ({ id: q.id, text: data.documents[q.document]!, relevant: new Set(q.relevant) })),
    avgLength,
  };
}

/** Scores a ranker over the judged candidates only. */
export async function evaluateDblp(set: DblpSet, ranker: Ranker): Promise<Metrics> {
  const judged = new Set(set.judged);
  const per: Metrics[] = [];
  for (const q of set.queries) {
    const ranking = complete((await ranker(q.text)).filter((id) => judged.has(id)), set.judged);
    per.push(binaryMetrics(ranking, q.relevant));
  }
  return mean(per);
}
