import type { SearchModuleOptions } from '../search.options.js';
import { BuiltinEmbedder } from './builtin-embedder.js';
import type { Embedder } from './embedder.js';
import { OllamaEmbedder, probeOllamaDimension } from './ollama-embedder.js';

/** The default Ollama model: multilingual, so Russian and English queries and profiles share one space. */
export const DEFAULT_OLLAMA_MODEL = 'bge-m3';

/** The configured embedder: built-in, or Ollama falling back to the built-in one. Needs the dimension (withEmbeddingDimension). */
export function createEmbedder(options: SearchModuleOptions): Embedder {
  const builtin = new BuiltinEmbedder({ dimension: options.builtinDimension });
  if (options.embedder !== 'ollama') return builtin;
  if (!options.ollamaUrl) throw new Error('Search: embedder "ollama" needs ollamaUrl (OLLAMA_URL)');
  if (!options.ollamaDimension) throw new Error('Search: embedder "ollama" needs its dimension (OLLAMA_DIMENSION, or probe it with withEmbeddingDimension)');
  return new OllamaEmbedder({
    url: options.ollamaUrl,
    model: options.ollamaModel ?? DEFAULT_OLLAMA_MODEL,
    dimension: options.ollamaDimension,
    truncate: options.ollamaTruncate,
    keepAlive: options.ollamaKeepAlive,
    timeoutMs: options.embedTimeoutMs,
    fallback: builtin,
  });
}

/**
 * The options with the Ollama model's dimension filled in: as configured (then Ollama is asked to
 * truncate to it), or probed from the model at start (waiting up to ollamaStartupWaitMs for it).
 */
export async function withEmbeddingDimension(options: SearchModuleOptions): Promise<SearchModuleOptions> {
  if (options.embedder !== 'ollama' || !options.ollamaUrl) return options;
  if (options.ollamaDimension) return { ...options, ollamaTruncate: options.ollamaTruncate ?? true };
  const model = options.ollamaModel ?? 'all-minilm';
  const dimension = await probeOllamaDimension({ url: options.ollamaUrl, model, keepAlive: options.ollamaKeepAlive, waitMs: options.ollamaStartupWaitMs });
  return { ...options, ollamaDimension: dimension, ollamaTruncate: false };
}
