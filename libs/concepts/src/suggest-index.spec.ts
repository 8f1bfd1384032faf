import { describe, expect, it } from '@jest/globals';
import { bundledConceptGraph } from './bundled.js';

const graph = bundledConceptGraph();
const ids = (prefix: string, limit = 10): string[] => graph.suggest(prefix, limit).map((entry) => entry.id);

describe('suggest (autocomplete)', () => {
  it('completes a prefix of a label or alias, best forms first', () => {
    expect(ids('reac', 5)[0]).toBe('react');
    expect(ids('reac', 5)).toContain('react-native');
    expect(ids('kube', 3)[0]).toBe('kubernetes');
    expect(ids('k8', 3)).toEqual(['kubernetes']);
  });

  it('completes Russian labels, slang and inflection-free prefixes', () => {
    expect(ids('машинн', 3)[0]).toBe('machine-learning');
    expect(ids('фронт', 3)[0]).toBe('frontend');
    expect(ids('айф', 3)).toContain('ios');
  });

  it('crosses scripts both ways', () => {
    expect(ids('mashinnoe', 3)[0]).toBe('machine-learning');
    expect(ids('реакт', 3)[0]).toBe('react');
    expect(ids('кафк', 3)[0]).toBe('kafka');
  });

  it('completes a later word of a form ("kafka" in "Apache Kafka")', () => {
    expect(ids('kafka', 3)).toContain('kafka');
    expect(ids('native', 5)).toContain('react-native');
  });

  it('tolerates a typo in the prefix', () => {
    expect(ids('kubr', 5)).toContain('kubernetes');
    expect(ids('pyhon', 5)).toContain('python');
    expect(ids('typscr', 5)).toContain('typescript');
  });

  it('returns one entry per concept with both labels and the form that matched', () => {
    const suggestions = graph.suggest('py', 10);
    expect(new Set(suggestions.map((entry) => entry.id)).size).toBe(suggestions.length);
    expect(suggestions.find((entry) => entry.id === 'python')).toEqual({ id: 'python', labels: { en: 'Python', ru: 'Python' }, matched: 'py' });
  });

  it('respects the limit and answers nothing for nothing', () => {
    expect(graph.suggest('a', 4)).toHaveLength(4);
    expect(graph.suggest('', 10)).toEqual([]);
    expect(graph.suggest('   ', 10)).toEqual([]);
    expect(graph.suggest('react', 0)).toEqual([]);
    expect(graph.suggest('zzzzqqqq', 10)).toEqual([]);
  });

  it('stays fast on a long input', () => {
    const start = performance.now();
    graph.suggest('x'.repeat(10_000), 10);
    expect(performance.now() - start).toBeLessThan(50);
  });
});
