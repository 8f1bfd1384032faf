import pg from 'pg';
import { BuiltinEmbedder, DEFAULT_RANKING, InProcessMentorIndex, MentorEncoder, QdrantMentorIndex, type MentorDocument, type RankingOptions, type SearchPage } from '@app/search';

export interface Profile {
  id: string;
  doc: MentorDocument;
  /** Whole profile as one text, for the baselines. */
  text: string;
}

/** A ranker returns, for a query, candidate ids best first (it may omit non-matching ones). */
export type Ranker = (query: string) => Promise<string[]>;

/** The real library: built-in embedder + in-process index + shared ranking, paged through cursors. */
export async function libraryRanker(profiles: readonly Profile[], ranking: Partial<RankingOptions> = {}, qdrantUrl?: string): Promise<Ranker> {
  const options = { ...DEFAULT_RANKING, ...ranking };
  const encoder = new MentorEncoder(new BuiltinEmbedder(), options);
  // With a Qdrant URL: the production path (Qdrant retrieves, the same ranking orders), in a collection of its own.
  const index = qdrantUrl ? new QdrantMentorIndex(encoder, { url: qdrantUrl, collection: `bench_relevance_${process.pid}_${profiles.length}`, timeoutMs: 60_000 }) : new InProcessMentorIndex(encoder);
  await index.init();
  await index.clear();
  await index.upsert(profiles.map((p) => p.doc));
  return async (query) => {
    const out: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchPage = await index.search({ query, limit: 100, cursor });
      out.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  };
}

/**
 * Plain TF-IDF cosine (scikit-learn TfidfVectorizer defaults: (?u)\b\w\w+\b, raw tf, smooth idf, l2). Python's
 * \w is Unicode-aware; JavaScript's is ASCII-only even with /u, so the token pattern spells out letters, marks,
 * digits and underscore — otherwise every Cyrillic word would be dropped.
 */
export function tfidfRanker(profiles: readonly Profile[]): Ranker {
  const tokenize = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{M}\p{N}_]{2,}/gu) ?? [];
  const tfs = profiles.map((p) => countTerms(tokenize(p.text)));
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = profiles.length;
  const idf = (t: string): number => Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1;
  const vectorize = (tf: Map<string, number>): Map<string, number> => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      if (!df.has(t)) continue;
      const w = c * idf(t);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  };
  const vectors = tfs.map(vectorize);
  return async (query) => {
    const q = vectorize(countTerms(tokenize(query)));
    const scored = vectors.map((v, i) => {
      let s = 0;
      for (const [t, w] of q) s += w * (v.get(t) ?? 0);
      return { id: profiles[i]!.id, s };
    });
    return scored.filter((x) => x.s > 0).sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1)).map((x) => x.id);
  };
}

function countTerms(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * PostgreSQL full-text search baseline: to_tsvector over the same profile text in a temporary table,
 * the query's lexemes OR-ed into a tsquery, ranked by ts_rank_cd. `config` is 'english' or 'simple'.
 */
export async function postgresRanker(
  profiles: readonly Profile[],
  connection: string,
  config = 'english',
): Promise<{ rank: Ranker; close: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: connection });
  await client.connect();
  await client.query('CREATE TEMP TABLE bench_profiles (id text PRIMARY KEY, body tsvector NOT NULL)');
  for (const p of profiles) {
    await client.query(`INSERT INTO bench_profiles VALUES ($1, to_tsvector($2::regconfig, $3))`, [p.id, config, p.text]);
  }
  await client.query('CREATE INDEX ON bench_profiles USING gin (body)');
  await client.query('ANALYZE bench_profiles');
  const rank: Ranker = async (query) => {
    const { rows } = await client.query<{ id: string }>(
      `WITH q AS (
         SELECT to_tsquery($1::regconfig, coalesce(string_agg(quote_literal(lexeme), ' | '), '')) AS tsq
         FROM unnest(tsvector_to_array(to_tsvector($1::regconfig, $2))) AS lexeme)
       SELECT id FROM bench_profiles, q WHERE body @@ q.tsq
       ORDER BY ts_rank_cd(body, q.tsq) DESC, id`,
      [config, query],
    );
    return rows.map((r) => r.id);
  };
  return { rank, close: () => client.end() };
}
