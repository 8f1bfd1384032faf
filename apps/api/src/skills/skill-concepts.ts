import { bundledConceptGraph } from '@app/concepts';

/** A concept of the skills graph as the API shows it: its stable id and its Russian and English names. */
export interface ConceptRef {
  id: string;
  labels: { en: string; ru: string };
}

/**
 * The concept a free skill tag stands for ("JS", "джаваскрипт" → `javascript`), or undefined when
 * it is a free tag of its own. The one mapping of tags to concepts: profiles, filters, statistics
 * and recommendations all go through it.
 */
export function conceptOfTag(tag: string): string | undefined {
  return bundledConceptGraph().canonicalSkill(tag);
}

/** The distinct concepts of a list of tags, in the order of the tags that name them (unmapped tags add none). */
export function conceptsOfTags(tags: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = conceptOfTag(tag);
    if (id) ids.add(id);
  }
  return [...ids];
}

/** Ids with their labels; an id the graph no longer holds is left out. */
export function conceptRefs(ids: readonly string[]): ConceptRef[] {
  const graph = bundledConceptGraph();
  const refs: ConceptRef[] = [];
  for (const id of ids) {
    const concept = graph.concept(id);
    if (concept) refs.push({ id, labels: { en: concept.labels.en, ru: concept.labels.ru } });
  }
  return refs;
}

/** How sure a detection in a query must be to count as asking for the concept (an exact or stemmed name, a Latin-typed Russian one or a typo; not a goal phrase or an ambiguous word alone). */
const NAMED_WEIGHT = 0.8;

/** The concepts a search text names outright ("хочу выучить раст" → `rust`), for search demand. */
export function conceptsNamedIn(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  return [...new Set(bundledConceptGraph().analyze(text).concepts.filter((c) => c.match !== 'goal' && c.weight >= NAMED_WEIGHT).map((c) => c.id))];
}
