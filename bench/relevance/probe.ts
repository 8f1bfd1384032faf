/** Debug helper: the concept analysis and understanding of queries given as arguments. */
import { bundledConceptGraph } from '@app/concepts';
import { ConceptReader } from '../../libs/search/src/understanding/query-understanding.js';
const graph = bundledConceptGraph();
const reader = new ConceptReader(graph);
for (const q of process.argv.slice(2)) {
  const a = graph.analyze(q);
  const u = reader.understand(q);
  console.log(`${q}\n  hits: ${a.concepts.map((c) => `${c.id}:${c.weight.toFixed(2)}:${c.match}(${c.text})`).join(' ')}\n  other: ${a.otherTerms.join(',')}  ask: ${u.concepts.map((c) => `${c.id}:${c.weight.toFixed(2)}`).join(' ')}  anchors c${u.anchors.concepts.length} w${u.anchors.words.length}`);
}
