import type { SearchModuleOptions } from '../search.options.js';
import { BuiltinEmbedder } from './builtin-embedder.js';
import type { Embedder } from './embedder.js';
import { OllamaEmbedder } from './ollama-embedder.js';

/** The default Ollama model: multilingual, so Russian and English queries and profiles share one space. */
export const DEFAULT_OLLAMA_MODEL = 'bge-m3';
/** Vector sizes of the models named in the docs, when `ollamaDimension` is not given. */
const MODEL_DIMENSIONS: Readonly<Record<string, number>> = { 'bge-m3': 1024, 'all-minilm': 384 };

/** The configured embedder: built-in, or Ollama falling back to the built-in one. */
export function createEmbedder(options: SearchModuleOptions): Embedder {
  const builtin = new BuiltinEmbedder({ dimension: options.builtinDimension });
  if (options.embedder !== 'ollama') return builtin;
  if (!options.ollamaUrl) throw new Error('Search: embedder "ollama" needs ollamaUrl (OLLAMA_URL)');
  const model = options.ollamaModel ?? DEFAULT_OLLAMA_MODEL;
  return new OllamaEmbedder({
    url: options.ollamaUrl,
    model,
    dimension: options.ollamaDimension ?? MODEL_DIMENSIONS[model],
    timeoutMs: options.embedTimeoutMs,
    fallback: builtin,
  });
}
