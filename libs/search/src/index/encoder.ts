import { bundledConceptGraph, type ConceptGraph } from '@app/concepts';
import type { Embedder, EmbeddingSpace, QueryEmbedding } from '../embedder/embedder.js';
import { analyze } from '../text/analyzer.js';
import { fnv1a } from '../text/hash.js';
import { encodeDocumentText, encodeQueryText, type EncodedQueryText, type MentorPayload } from '../ranking/ranking.js';
import { type RankingOptions } from '../ranking/ranking-options.js';
import type { MentorDocument, SparseVector } from '../types.js';
import { ConceptReader, type QueryUnderstanding } from '../understanding/query-understanding.js';

export interface EncodedMentor {
  vectors: Record<string, Float32Array>;
  sparse: SparseVector;
  /** Per-passage weights of long profiles (see RankingOptions.passageTopK). */
  passages?: SparseVector[];
  payload: MentorPayload & { fingerprint: string };
  /** The space of the profile's main vector: the embedder's own, or its fallback's during an outage. */
  embeddedBy: string;
}

/** Marks the fingerprint of a profile embedded by the fallback: any reconcile re-embeds it. */
export const FALLBACK_MARK = '~fallback';

/** What an index keeps of a profile besides its vectors and terms. */
export type IndexedPayload = EncodedMentor['payload'];

export interface EncodedQuery extends EncodedQueryText {
  embedding: QueryEmbedding;
  space: EmbeddingSpace;
  /** Concepts, anchors and suggestions of the query (the same for every adapter). */
  understanding: QueryUnderstanding;
}

/** Turns documents and queries into what every index adapter stores and searches with. */
export class MentorEncoder {
  /** Identifies everything that shapes stored data; stored with the index, a change forces a rebuild. */
  readonly schema: string;
  /** Understands queries and profiles with the skills and concepts graph. */
  readonly concepts: ConceptReader;

  constructor(
    readonly embedder: Embedder,
    readonly ranking: RankingOptions,
    graph: ConceptGraph = bundledConceptGraph(),
  ) {
    this.concepts = new ConceptReader(graph);
    const spaces = embedder.spaces.map((s) => `${s.id}:${s.dimension}`).join(',');
    this.schema = `v3|concepts=${graph.contentHash}|skill-keys=concepts|${spaces}|k1=${ranking.k1}|b=${ranking.b}|avg=${ranking.avgDocLength}${ranking.bigramWeight > 0 ? '|bigrams' : ''}`;
  }

  fingerprint(doc: MentorDocument): string {
    const created = doc.createdAt instanceof Date ? doc.createdAt.getTime() : String(doc.createdAt);
    return fnv1a(
      JSON.stringify([this.schema, doc.name, doc.expertise, doc.bio, doc.skills, doc.languages,
        doc.acceptingRequests, doc.atCapacity, doc.ratingAverage, doc.ratingCount, created]),
    ).toString(36);
  }

  async encode(doc: MentorDocument): Promise<EncodedMentor> {
    return this.withVectors(doc, await this.embedder.embedDocument(doc));
  }

  /** Encodes several profiles, embedding them in batches where the embedder can. */
  async encodeMany(docs: readonly MentorDocument[]): Promise<EncodedMentor[]> {
    const vectors = await this.embedder.embedDocuments(docs);
    return docs.map((doc, i) => this.withVectors(doc, vectors[i]!));
  }

  private withVectors(doc: MentorDocument, vectors: Record<string, Float32Array>): EncodedMentor {
    const text = encodeDocumentText(doc, this.ranking, this.concepts.profileConcepts(doc));
    // A profile the fallback embedded (the model was down) gets a fingerprint no reconcile takes for current.
    const own = this.embedder.spaces[0]!.id;
    const embeddedBy = vectors[own] ? own : (this.embedder.spaces.find((s) => vectors[s.id])?.id ?? own);
    const fingerprint = this.fingerprint(doc) + (embeddedBy === own ? '' : FALLBACK_MARK);
    return { vectors, sparse: text.sparse, passages: text.passages, payload: { ...text.payload, fingerprint }, embeddedBy };
  }

  /** Null when the query has no usable terms (empty, emoji, stop words only): browse instead. */
  async encodeQuery(query: string): Promise<EncodedQuery | null> {
    const tokens = analyze(query);
    if (!tokens.length) return null;
    const embedding = await this.embedder.embedQuery(query);
    const space = this.embedder.spaces.find((s) => s.id === embedding.space) ?? this.embedder.spaces[0]!;
    const understanding = this.concepts.understand(query);
    return { ...encodeQueryText(tokens, this.ranking.bigramWeight, understanding.concepts, this.ranking.conceptWeight, {
      words: understanding.coveredWords,
      weight: this.ranking.coveredWordWeight,
    }), embedding, space, understanding };
  }
}
