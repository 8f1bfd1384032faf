import { describe, expect, it } from '@jest/globals';
import { bundledConceptGraph } from './bundled.js';
import { ConceptGraph, ConceptGraphError } from './concept-graph.js';
import type { ConceptData } from './concept.types.js';

const graph = bundledConceptGraph();
const detected = (query: string): string[] => graph.analyze(query).concepts.map((hit) => hit.id);
const top = (query: string): string | undefined => graph.analyze(query).concepts[0]?.id;

describe('concept detection', () => {
  it.each([
    ['data science', 'data-science'],
    ['react native', 'react-native'],
    ['system design', 'system-design'],
    ['ruby on rails', 'ruby-on-rails'],
    ['Spring Boot', 'spring'],
    ['машинное обучение', 'machine-learning'],
    ['машинного обучения', 'machine-learning'],
  ])('takes the longest phrase: %s → %s', (query, id) => {
    expect(detected(query)).toEqual([id]);
  });

  it('prefers the whole phrase over its words ("data structures" is not "data")', () => {
    expect(detected('data structures and algorithms').sort()).toEqual(['algorithms', 'data-structures']);
  });

  it('finds several concepts in one query', () => {
    expect(detected('Python, Django и PostgreSQL').sort()).toEqual(['django', 'postgresql', 'python']);
  });

  it.each([
    ['фронтендер', 'frontend'],
    ['хочу стать фронтендером', 'frontend'],
    ['бэкендер на джаве', 'backend'],
    ['мобилки под айфон', 'ios'],
    ['джун', 'junior-developer'],
    ['плюсы', 'cpp'],
    ['шарп', 'csharp'],
    ['кубер', 'kubernetes'],
    ['нейронки', 'neural-networks'],
    ['вкатиться в айти', 'career-switch'],
  ])('reads slang and inflected forms: %s → %s', (query, id) => {
    expect(detected(query)).toContain(id);
  });

  it('reads both concepts of "мобилки под айфон" and the backend and Java of "бэкендер на джаве"', () => {
    expect(detected('мобилки под айфон').sort()).toEqual(['ios', 'mobile-development']);
    expect(detected('бэкендер на джаве').sort()).toEqual(['backend', 'java']);
  });

  it('gives an ambiguous form to all its concepts with a lower weight', () => {
    const hits = graph.analyze('pm').concepts;
    expect(hits.map((hit) => hit.id).sort()).toEqual(['product-management', 'project-management']);
    for (const hit of hits) expect(hit.weight).toBeLessThan(1);
  });

  it('gives a form that is also an everyday word ("go", "кафка") a lower weight than a plain name', () => {
    const weight = (query: string, id: string): number | undefined => graph.analyze(query).concepts.find((hit) => hit.id === id)?.weight;
    expect(weight('I want to go into data analysis', 'go')).toBeLessThan(weight('I want to go into data analysis', 'data-analysis')!);
    expect(weight('golang', 'go')).toBe(1);
    expect(weight('кафка', 'kafka')).toBeLessThan(1);
    expect(weight('apache kafka', 'kafka')).toBe(1);
  });

  it('gives such a form its full weight back when a linked concept confirms it ("ios swift", "бэкенд на го", "pm agile")', () => {
    const weight = (query: string, id: string): number | undefined => graph.analyze(query).concepts.find((hit) => hit.id === id)?.weight;
    expect(weight('ios swift', 'swift')).toBe(1);
    expect(weight('бэкенд на го', 'go')).toBe(1);
    expect(weight('pm agile', 'project-management')).toBe(1);
    expect(weight('pm agile', 'product-management')).toBeLessThan(1);
    expect(weight('data engineering pipelines', 'ci-cd')).toBeLessThan(1);
  });

  it('finds nothing in gibberish or in plain request phrasing, and keeps the unknown words', () => {
    expect(graph.analyze('asdfghjk')).toMatchObject({ concepts: [], expanded: [], otherTerms: ['asdfghjk'] });
    expect(graph.analyze('хочу найти ментора, помогите пожалуйста').concepts).toEqual([]);
    expect(graph.analyze('I want to build a rocket').concepts).toEqual([]);
  });

  it('does not take function words for concepts ("у", "стать", "ментор")', () => {
    expect(detected('у нас')).toEqual([]);
    expect(detected('стать ментором')).toEqual([]);
  });

  it('treats generic role words as request phrasing, not as terms', () => {
    expect(graph.analyze('ios разработчик')).toMatchObject({ concepts: [{ id: 'ios' }], otherTerms: [] });
    expect(graph.analyze('senior data engineer')).toMatchObject({ otherTerms: [] });
  });

  it('matches an inflected multi-word form whose words include generic ones ("мобильной разработке")', () => {
    expect(detected('мобильной разработке')).toEqual(['mobile-development']);
  });

  it('names the matched words and form', () => {
    expect(graph.analyze('Ищу ментора по Реакту').concepts).toEqual([
      { id: 'react', weight: 1, match: 'stem', text: 'реакту', form: 'реакт' },
    ]);
  });
});

describe('transliteration both ways', () => {
  it.each([
    ['mashinnoe obuchenie', 'machine-learning'],
    ['mashinnoye obucheniye', 'machine-learning'],
    ['neiroseti', 'neural-networks'],
    ['kompyuternoe zrenie', 'computer-vision'],
  ])('Latin-typed Russian: %s → %s', (query, id) => {
    expect(detected(query)).toContain(id);
  });

  it.each([
    ['реакт', 'react'],
    ['джава', 'java'],
    ['питон', 'python'],
    ['джаваскрипт', 'javascript'],
    ['тайпскрипт', 'typescript'],
    ['кубернетес', 'kubernetes'],
    ['постгрес', 'postgresql'],
  ])('Cyrillic-typed English: %s → %s', (query, id) => {
    expect(detected(query)).toEqual([id]);
  });

  it('bridges an unlisted Cyrillic spelling to a Latin name by sound', () => {
    const [hit] = graph.analyze('тайпскриптом и ангуляром').concepts.filter((h) => h.id === 'typescript');
    expect(hit).toBeDefined();
    expect(graph.analyze('тейпскрипт').concepts).toMatchObject([{ id: 'typescript', match: 'sound' }]);
  });
});

describe('typo tolerance', () => {
  it.each([
    ['pyton', 'python'],
    ['javasript', 'javascript'],
    ['kubernets', 'kubernetes'],
  ])('listed misspellings: %s → %s', (query, id) => {
    expect(detected(query)).toEqual([id]);
  });

  it.each([
    ['djanog', 'django'],
    ['tensorflov', 'tensorflow'],
    ['раект', 'react'],
    ['machine learnig', 'machine-learning'],
    ['докерр', 'docker'],
  ])('unlisted typos through SymSpell: %s → %s', (query, id) => {
    const analysis = graph.analyze(query);
    expect(analysis.concepts.map((hit) => hit.id)).toContain(id);
    expect(analysis.concepts.find((hit) => hit.id === id)!.match).toBe('typo');
    expect(analysis.corrections.length).toBeGreaterThan(0);
  });

  it('corrects a Russian word by one edit only: inflections are not typos ("написать" is not "нанимать")', () => {
    expect(graph.analyze('нужно написать диплом по нейросетям').corrections).toEqual([]);
    expect(detected('нужно написать диплом по нейросетям')).not.toContain('hiring');
  });

  it('never reads a word of a goal phrase as a typo: it is a real word ("много" is not "монго")', () => {
    expect(graph.analyze('приложение падает когда много пользователей').corrections).toEqual([]);
    expect(detected('приложение падает когда много пользователей')).not.toContain('mongodb');
  });

  it.each(['года', 'coming', 'торт', 'macros', 'cors', 'блок'])('never corrects a real word into a form: %s', (query) => {
    const analysis = graph.analyze(query);
    expect(analysis.corrections).toEqual([]);
    // "macros" and "cors" are words of goal phrases (Excel, HTTP): a goal read, not a typo.
    expect(analysis.concepts.filter((hit) => hit.match !== 'goal')).toEqual([]);
  });

  it('does not correct words of three letters or fewer (too many neighbours)', () => {
    expect(detected('sqk')).toEqual([]);
  });
});

describe('goal phrases', () => {
  it.each([
    ['сайт для незрячих', 'accessibility'],
    ['сделать сайт для незрячих людей', 'accessibility'],
    ['у нас прод падает по ночам', 'sre'],
    ['торговый робот', 'algorithmic-trading'],
    ['хочу написать торгового робота', 'algorithmic-trading'],
    ['хочу в айти с нуля', 'career-switch'],
    ['хочу в айти с нуля', 'programming-basics'],
    ['хочу делать игры', 'gamedev'],
    ['боюсь выступать на публике', 'public-speaking'],
    ['постоянно прокрастинирую', 'time-management'],
    ['website for blind people', 'accessibility'],
    ['our site keeps going down', 'sre'],
    ['i want to make games', 'gamedev'],
  ])('%s → %s', (query, id) => {
    expect(detected(query)).toContain(id);
  });

  it('reads a concept from telling words of its goals said otherwise, much lower than a whole goal', () => {
    expect(graph.analyze('хочу научиться делать сайты').concepts.find((hit) => hit.id === 'web-development')!.weight).toBeCloseTo(0.8);
    const cue = graph.analyze('игроки жалуются что уровни скучные').concepts.find((hit) => hit.id === 'game-design')!;
    expect(cue.match).toBe('goal');
    expect(cue.weight).toBeLessThan(0.5);
  });

  it('takes cues only from words that named no concept and only when they tell enough', () => {
    // "react native" names React Native; its words do not also vote for the goals of testing it.
    expect(detected('react native')).toEqual(['react-native']);
    // A word several concepts' goals use ("рисовать") is not enough alone.
    expect(detected('хочу научиться рисовать маслом')).toEqual([]);
  });

  it('marks a goal hit as such, with the goal phrase', () => {
    expect(graph.analyze('прод падает по ночам').concepts).toContainEqual(
      expect.objectContaining({ id: 'sre', match: 'goal', form: 'прод падает по ночам' }),
    );
  });
});

describe('expansion', () => {
  it('adds narrower concepts and related ones with lower weights', () => {
    const { expanded } = graph.analyze('машинное обучение');
    const weight = (id: string): number | undefined => expanded.find((entry) => entry.id === id)?.weight;
    expect(weight('machine-learning')).toBe(1);
    expect(weight('deep-learning')).toBeCloseTo(0.6);
    expect(weight('neural-networks')).toBeCloseTo(0.36);
    expect(weight('statistics')).toBeCloseTo(0.4);
    expect(weight('artificial-intelligence')).toBeUndefined();
    expect(expanded.find((entry) => entry.id === 'deep-learning')).toMatchObject({ via: 'narrower', from: 'machine-learning' });
  });

  it('keeps the strongest weight when two detected concepts reach the same one', () => {
    const expanded = graph.expand([{ id: 'frontend', weight: 1 }, { id: 'react', weight: 1 }]);
    expect(expanded.find((entry) => entry.id === 'react')).toEqual({ id: 'react', weight: 1, via: 'query' });
    expect(expanded.map((entry) => entry.weight)).toEqual([...expanded.map((entry) => entry.weight)].sort((a, b) => b - a));
  });

  it('ignores unknown ids', () => {
    expect(graph.expand([{ id: 'no-such-concept', weight: 1 }])).toEqual([]);
  });
});

describe('canonicalSkill', () => {
  it.each([
    ['React', 'react'],
    ['ReactJS', 'react'],
    ['react.js', 'react'],
    ['Реакт', 'react'],
    ['Node.js', 'nodejs'],
    ['C++', 'cpp'],
    ['C#', 'csharp'],
    ['.NET', 'dotnet'],
    ['k8s', 'kubernetes'],
    ['Machine Learning', 'machine-learning'],
    ['машинное обучение', 'machine-learning'],
    ['Pyton', 'python'],
    ['CI/CD', 'ci-cd'],
    ['A/B testing', 'ab-testing'],
    ['1С', 'one-c'],
  ])('%s → %s', (tag, id) => {
    expect(graph.canonicalSkill(tag)).toBe(id);
  });

  it.each([['react and vue'], ['my own framework'], [''], ['   '], ['cv']])('leaves "%s" a free tag', (tag) => {
    expect(graph.canonicalSkill(tag)).toBeUndefined();
  });
});

describe('ConceptGraph.fromData', () => {
  it('refuses an inconsistent graph and lists the problems', () => {
    const broken: ConceptData = {
      id: 'lonely',
      labels: { en: 'Lonely', ru: '' },
      aliases: [],
      transliterations: [],
      slang: [],
      misspellings: [],
      broader: ['nowhere'],
      related: [],
      goals: { ru: [], en: [] },
    };
    expect(() => ConceptGraph.fromData([broken], [])).toThrow(ConceptGraphError);
    expect(() => ConceptGraph.fromData([broken], [])).toThrow(/unknown concept nowhere/);
  });

  it('hashes its data: the same data gives the same hash, an edit that keeps the size gives another', () => {
    const data = (alias: string): ConceptData[] => [
      { id: 'a', labels: { en: 'A', ru: 'А' }, aliases: [alias], transliterations: [], slang: [], misspellings: [], broader: [], related: [], goals: { ru: [], en: [] } },
    ];
    const hash = ConceptGraph.fromData(data('alpha'), []).contentHash;
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(ConceptGraph.fromData(data('alpha'), []).contentHash).toBe(hash);
    expect(ConceptGraph.fromData(data('alef'), []).contentHash).not.toBe(hash);
  });
});

describe('speed', () => {
  it('analyses a query in well under a millisecond on average', () => {
    const queries = ['хочу стать фронтендером', 'mashinnoe obuchenie', 'kubernets и терраформ', 'у нас прод падает по ночам', 'data science python'];
    for (const query of queries) graph.analyze(query);
    const rounds = 200;
    const start = performance.now();
    for (let round = 0; round < rounds; round++) for (const query of queries) graph.analyze(query);
    const perQuery = (performance.now() - start) / (rounds * queries.length);
    expect(perQuery).toBeLessThan(1);
  });

  it('cuts a huge input instead of reading all of it', () => {
    const start = performance.now();
    const analysis = graph.analyze(`python ${'ыыы '.repeat(200_000)}`);
    expect(performance.now() - start).toBeLessThan(200);
    expect(analysis.concepts.map((hit) => hit.id)).toEqual(['python']);
    expect(graph.canonicalSkill('x'.repeat(1_000_000))).toBeUndefined();
  });
});

it('top concept of a plain skill query is the skill', () => {
  expect(top('golang')).toBe('go');
});
