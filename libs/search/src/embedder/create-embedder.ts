import type { SearchModuleOptions } from '../search.options.js';
import { BuiltinEmbedder } from './builtin-embedder.js';
import type { Embedder } from './embedder.js';
import { OllamaEmbedder } from './ollama-embedder.js';

/** The configured embedder: built-in, or Ollama falling back to the built-in one. */
export function createEmbedder(options: SearchModuleOptions): Embedder {
  const builtin = new BuiltinEmbedder({ dimension: options.builtinDimension });
  if (options.embedder !== 'ollama') return builtin;
  if (!options.ollamaUrl) throw new Error('Search: embedder "ollama" needs ollamaUrl (OLLAMA_URL)');
  return new OllamaEmbedder({
    url: options.ollamaUrl,
    model: options.ollamaModel ?? 'all-minilm',
    dimension: options.ollamaDimension,
    timeoutMs: options.embedTimeoutMs,
    fallback: builtin,
  });
}
