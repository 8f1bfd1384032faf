import type { Ambiguity, ConceptData } from './concept.types.js';
import { isCyrillic, normalizeText, tokenize } from './text.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LIST_FIELDS = ['aliases', 'transliterations', 'slang', 'misspellings', 'broader', 'related'] as const;

/** The key two surface forms share when they would read the same in a query. */
export function formKey(form: string): string {
  return tokenize(normalizeText(form)).join(' ');
}

/** Every surface form of a concept (labels, id read as words, aliases, transliterations, slang, misspellings). */
export function surfaceForms(concept: ConceptData): string[] {
  return [
    concept.labels.en,
    concept.labels.ru,
    concept.id.replaceAll('-', ' '),
    ...concept.aliases,
    ...concept.transliterations,
    ...concept.slang,
    ...concept.misspellings,
  ];
}

/**
 * Checks the graph's own consistency and returns one message per problem (empty when sound):
 * ids, labels in both languages, links to existing concepts, narrower mirrored by broader, no
 * broader cycle, goals in the language they are filed under, and no surface form on two concepts
 * unless listed in the ambiguities with a reason.
 */
export function validateConceptData(concepts: readonly ConceptData[], ambiguities: readonly Ambiguity[]): string[] {
  const errors: string[] = [];
  const byId = new Map<string, ConceptData>();
  for (const concept of concepts) {
    if (!ID.test(concept.id ?? '')) errors.push(`bad id ${JSON.stringify(concept.id)}`);
    if (byId.has(concept.id)) errors.push(`duplicate id ${concept.id}`);
    byId.set(concept.id, concept);
  }
  for (const concept of concepts) {
    const where = `concept ${concept.id}`;
    if (!concept.labels?.en?.trim() || !concept.labels?.ru?.trim()) errors.push(`${where}: needs both an en and a ru label`);
    for (const field of LIST_FIELDS) {
      const list = concept[field];
      if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || !item.trim())) {
        errors.push(`${where}: ${field} must be a list of non-empty strings`);
      }
    }
    for (const field of ['broader', 'narrower', 'related'] as const) {
      for (const target of concept[field] ?? []) {
        if (target === concept.id) errors.push(`${where}: links to itself in ${field}`);
        else if (!byId.has(target)) errors.push(`${where}: ${field} names unknown concept ${target}`);
      }
    }
    for (const child of concept.narrower ?? []) {
      if (byId.has(child) && !byId.get(child)!.broader.includes(concept.id)) {
        errors.push(`${where}: narrower ${child} does not list ${concept.id} as broader`);
      }
    }
    if (!Array.isArray(concept.goals?.ru) || !Array.isArray(concept.goals?.en)) errors.push(`${where}: goals needs ru and en lists`);
    else {
      for (const goal of concept.goals.ru) if (!isCyrillic(normalizeText(goal))) errors.push(`${where}: ru goal "${goal}" is not Russian`);
      for (const goal of concept.goals.en) if (isCyrillic(normalizeText(goal))) errors.push(`${where}: en goal "${goal}" is not English`);
    }
  }
  errors.push(...broaderCycles(byId));
  errors.push(...sharedForms(concepts, ambiguities));
  return errors;
}

function broaderCycles(byId: ReadonlyMap<string, ConceptData>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const errors: string[] = [];
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      errors.push(`broader cycle: ${[...path.slice(path.indexOf(id)), id].join(' → ')}`);
      return;
    }
    state.set(id, 'open');
    for (const parent of byId.get(id)?.broader ?? []) if (byId.has(parent)) visit(parent, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of byId.keys()) visit(id, []);
  return errors;
}

function sharedForms(concepts: readonly ConceptData[], ambiguities: readonly Ambiguity[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const concept of concepts) {
    for (const form of surfaceForms(concept)) {
      const key = formKey(form);
      if (!key) continue;
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(concept.id);
    }
  }
  const allowed = new Map(ambiguities.map((entry) => [formKey(entry.form), entry]));
  const errors: string[] = [];
  for (const entry of ambiguities) {
    if (!entry.reason?.trim()) errors.push(`ambiguity "${entry.form}" has no reason`);
    const actual = [...(owners.get(formKey(entry.form)) ?? [])].sort();
    if (actual.join() !== [...entry.concepts].sort().join()) {
      errors.push(`ambiguity "${entry.form}" lists ${entry.concepts.join(', ')} but the form is on ${actual.join(', ') || 'no concept'}`);
    }
  }
  for (const [key, ids] of owners) {
    if (ids.size > 1 && !allowed.has(key)) errors.push(`form "${key}" is on several concepts: ${[...ids].sort().join(', ')}`);
  }
  return errors;
}
