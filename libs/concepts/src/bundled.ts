import { ConceptGraph } from './concept-graph.js';
import { BUNDLED_AMBIGUITIES, BUNDLED_CONCEPTS } from './graph-data.js';

let bundled: ConceptGraph | undefined;

/** The graph shipped in libs/concepts/data, validated and indexed on first use (tens of milliseconds), then shared. */
export function bundledConceptGraph(): ConceptGraph {
  bundled ??= ConceptGraph.fromData(BUNDLED_CONCEPTS, BUNDLED_AMBIGUITIES);
  return bundled;
}
