export type { ConceptRef, IndexHealth, MentorDocument, SearchHit, SearchPage, SearchParams, SparseVector } from './types.js';
export { Embedder, type DocumentEmbedding, type EmbeddingSpace, type QueryEmbedding } from './embedder/embedder.js';
export { BuiltinEmbedder, type BuiltinEmbedderOptions } from './embedder/builtin-embedder.js';
export { OllamaEmbedder, type OllamaEmbedderOptions } from './embedder/ollama-embedder.js';
export { createEmbedder } from './embedder/create-embedder.js';
export { MentorIndex } from './index/mentor-index.js';
export { MentorEncoder } from './index/encoder.js';
export { InProcessMentorIndex, type InProcessIndexOptions } from './index/in-process-mentor-index.js';
export { QdrantMentorIndex, type QdrantIndexOptions } from './index/qdrant-mentor-index.js';
export { DEFAULT_RANKING, RANKING_PROFILES, bayesianRating, rankingFor, browsePlace, paragraphs, type RankingOptions } from './ranking/ranking.js';
export { InvalidSearchCursorError, DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_CHARS, browseKeyset } from './ranking/paging.js';
export { analyze, skillKey } from './text/analyzer.js';
export { SearchModule, createMentorIndex } from './search.module.js';
export { DEFAULT_INDEX_THREAD_NICE, DEFAULT_INDEX_THREADS, SEARCH_OPTIONS, type SearchModuleOptions } from './search.options.js';
export { SearchService, type ReconcileReport } from './search.service.js';
// For tests and benchmarks: synthetic mentors and the ANN recall measurement (no hook in the index itself).
export { generateMentors, type SyntheticOptions } from './testing/synthetic-mentors.js';
export { annRecall } from './testing/ann-recall.js';
