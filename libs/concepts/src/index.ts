export type {
  Ambiguity,
  Concept,
  ConceptData,
  ConceptHit,
  FormKind,
  MatchKind,
  QueryAnalysis,
  SkillSuggestion,
  WeightedConcept,
} from './concept.types.js';
export { ConceptGraph, ConceptGraphError } from './concept-graph.js';
export { bundledConceptGraph } from './bundled.js';
export { validateConceptData } from './validate.js';
export { normalizeText, toCyrillic, toLatin } from './text.js';
