import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { createEmbedder, withEmbeddingDimension } from './embedder/create-embedder.js';
import { Embedder } from './embedder/embedder.js';
import { MentorEncoder } from './index/encoder.js';
import { InProcessMentorIndex } from './index/in-process-mentor-index.js';
import { IndexMigrationLock } from './index/index-migration-lock.js';
import { MentorIndex } from './index/mentor-index.js';
import { QdrantMentorIndex } from './index/qdrant-mentor-index.js';
import { indexWorkerAvailable, ThreadedMentorIndex } from './index/worker/threaded-mentor-index.js';
import { rankingFor } from './ranking/ranking-options.js';
import { DEFAULT_INDEX_THREADS, SEARCH_OPTIONS, type SearchModuleOptions } from './search.options.js';
import { SearchService } from './search.service.js';

export function createMentorIndex(encoder: MentorEncoder, options: SearchModuleOptions, migrationLock?: IndexMigrationLock): MentorIndex {
  if (options.qdrantUrl) {
    return new QdrantMentorIndex(encoder, { url: options.qdrantUrl, apiKey: options.qdrantApiKey, collection: options.collection, timeoutMs: options.qdrantTimeoutMs, migrationLock });
  }
  const threads = options.indexThreads ?? DEFAULT_INDEX_THREADS;
  if (threads > 0) {
    if (indexWorkerAvailable()) return new ThreadedMentorIndex(options);
    new Logger('SearchModule').log('Search: no compiled index worker next to the library (running from sources): the index stays on the main thread');
  }
  return new InProcessMentorIndex(encoder, { snapshotPath: options.snapshotPath });
}

/**
 * Search: `SearchModule.forRoot({...})` once in the app module (global). Inject `SearchService`
 * (or the `MentorIndex` / `Embedder` ports directly).
 */
@Module({})
export class SearchModule {
  static forRoot(options: SearchModuleOptions = {}): DynamicModule {
    return {
      module: SearchModule,
      global: true,
      providers: [
        // The Ollama model's dimension, when not configured, is probed before anything depends on it.
        { provide: SEARCH_OPTIONS, useFactory: () => withEmbeddingDimension(options) },
        { provide: Embedder, useFactory: (resolved: SearchModuleOptions) => createEmbedder(resolved), inject: [SEARCH_OPTIONS] },
        {
          provide: MentorEncoder,
          useFactory: (embedder: Embedder) => new MentorEncoder(embedder, rankingFor(embedder, options.ranking)),
          inject: [Embedder],
        },
        {
          provide: MentorIndex,
          useFactory: (encoder: MentorEncoder, resolved: SearchModuleOptions, lock?: IndexMigrationLock) => {
            const index = createMentorIndex(encoder, resolved, lock);
            new Logger('SearchModule').log(`Search: index=${index.backend}${index instanceof ThreadedMentorIndex ? ' (own thread)' : ''}${options.snapshotPath && !options.qdrantUrl ? `, snapshot ${options.snapshotPath}` : ''}, embedder=${encoder.embedder.id}`);
            return index;
          },
          inject: [MentorEncoder, SEARCH_OPTIONS, { token: IndexMigrationLock, optional: true }],
        },
        { provide: SearchService, useFactory: (index: MentorIndex, encoder: MentorEncoder) => new SearchService(index, encoder), inject: [MentorIndex, MentorEncoder] },
      ],
      exports: [Embedder, MentorIndex, MentorEncoder, SearchService, SEARCH_OPTIONS],
    };
  }
}
