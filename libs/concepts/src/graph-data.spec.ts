import { describe, expect, it } from '@jest/globals';
import type { ConceptData } from './concept.types.js';
import { bundledConceptGraph } from './bundled.js';
import { BUNDLED_AMBIGUITIES, BUNDLED_AREAS, BUNDLED_CONCEPTS } from './graph-data.js';
import { formKey, surfaceForms, validateConceptData } from './validate.js';

const graph = bundledConceptGraph();
const concepts = [...graph.concepts()];

describe('the bundled concepts graph', () => {
  it('is consistent: no problem reported by the validator', () => {
    expect(validateConceptData(BUNDLED_CONCEPTS, BUNDLED_AMBIGUITIES)).toEqual([]);
  });

  it('is broad: at least 400 concepts over every area, none of the area files oversized', () => {
    expect(graph.size).toBeGreaterThanOrEqual(400);
    for (const [area, list] of Object.entries(BUNDLED_AREAS)) {
      expect({ area, enough: list.length >= 10 }).toEqual({ area, enough: true });
      expect({ area, small: list.length <= 80 }).toEqual({ area, small: true });
    }
  });

  it('gives every concept a Russian and an English label', () => {
    for (const concept of concepts) {
      expect(concept.labels.en.trim()).not.toBe('');
      expect(concept.labels.ru.trim()).not.toBe('');
    }
  });

  it('has no dangling link, and broader / narrower mirror each other', () => {
    for (const concept of concepts) {
      for (const id of [...concept.broader, ...concept.narrower, ...concept.related]) expect(graph.concept(id)).toBeDefined();
      for (const parent of concept.broader) expect(graph.concept(parent)!.narrower).toContain(concept.id);
      for (const child of concept.narrower) expect(graph.concept(child)!.broader).toContain(concept.id);
      for (const related of concept.related) expect(graph.concept(related)!.related).toContain(concept.id);
    }
  });

  it('puts no surface form on two concepts except the listed ambiguities, each with a reason', () => {
    const owners = new Map<string, Set<string>>();
    for (const concept of BUNDLED_CONCEPTS) {
      for (const form of surfaceForms(concept)) owners.set(formKey(form), (owners.get(formKey(form)) ?? new Set()).add(concept.id));
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([form]) => form).sort();
    const listed = BUNDLED_AMBIGUITIES.filter((entry) => entry.concepts.length > 1).map((entry) => formKey(entry.form));
    expect(shared).toEqual(listed.sort());
    for (const entry of BUNDLED_AMBIGUITIES) expect(entry.reason.length).toBeGreaterThan(20);
  });

  it('covers the kinds of words students use: transliterations, slang, misspellings and goals', () => {
    const count = (pick: (concept: ConceptData) => readonly string[]): number => BUNDLED_CONCEPTS.reduce((sum, c) => sum + pick(c).length, 0);
    expect(count((c) => c.transliterations)).toBeGreaterThan(400);
    expect(count((c) => c.slang)).toBeGreaterThan(200);
    expect(count((c) => c.misspellings)).toBeGreaterThan(50);
    expect(count((c) => c.goals.ru)).toBeGreaterThan(150);
    expect(count((c) => c.goals.en)).toBeGreaterThan(100);
  });
});

describe('validateConceptData', () => {
  const base = (id: string, extra: Partial<ConceptData> = {}): ConceptData => ({
    id,
    labels: { en: id, ru: `ру ${id}` },
    aliases: [],
    transliterations: [],
    slang: [],
    misspellings: [],
    broader: [],
    related: [],
    goals: { ru: [], en: [] },
    ...extra,
  });

  it('reports each kind of problem', () => {
    const problems = validateConceptData(
      [
        base('alpha', { broader: ['missing'], aliases: ['shared'] }),
        base('beta', { aliases: ['shared'], narrower: ['gamma'], labels: { en: 'Beta', ru: '' } }),
        base('gamma', { broader: ['delta'], goals: { ru: ['in english'], en: [] } }),
        base('delta', { broader: ['gamma'] }),
        base('Bad_Id'),
      ],
      [{ form: 'nowhere', concepts: ['alpha'], reason: '' }],
    );
    const text = problems.join('\n');
    expect(text).toContain('bad id "Bad_Id"');
    expect(text).toContain('alpha: broader names unknown concept missing');
    expect(text).toContain('beta: needs both an en and a ru label');
    expect(text).toContain('beta: narrower gamma does not list beta as broader');
    expect(text).toContain('gamma: ru goal "in english" is not Russian');
    expect(text).toMatch(/broader cycle: (gamma → delta → gamma|delta → gamma → delta)/);
    expect(text).toContain('form "shared" is on several concepts: alpha, beta');
    expect(text).toContain('ambiguity "nowhere" has no reason');
  });

  it('accepts a shared form listed as an ambiguity with its exact concepts', () => {
    const data = [base('alpha', { aliases: ['shared'] }), base('beta', { aliases: ['Shared'] })];
    expect(validateConceptData(data, [{ form: 'shared', concepts: ['beta', 'alpha'], reason: 'both readings are common' }])).toEqual([]);
  });
});
