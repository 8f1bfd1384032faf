import { bundledConceptGraph } from '@app/concepts';
import { conceptTermId, ConceptReader } from './query-understanding.js';

const reader = new ConceptReader(bundledConceptGraph());
const ids = (query: string): string[] => reader.understand(query).concepts.map((c) => c.id);
const direct = (query: string): string[] => reader.understand(query).concepts.filter((c) => c.direct).map((c) => c.id);

describe('ConceptReader: queries', () => {
  it('detects concepts by their longest phrase, in both scripts and in slang', () => {
    expect(direct('data science')).toEqual(['data-science']);
    expect(direct('react native')).toEqual(['react-native']);
    expect(direct('фронтендер')).toEqual(['frontend']);
    expect(direct('мобилки под айфон').sort()).toEqual(['ios', 'mobile-development']);
  });

  it('reads transliteration both ways and corrects typos', () => {
    expect(direct('mashinnoe obuchenie')).toEqual(['machine-learning']);
    expect(direct('тайпскрипт')).toEqual(['typescript']);
    const typo = reader.understand('djanog');
    expect(typo.concepts[0]).toMatchObject({ id: 'django', direct: true });
    expect(typo.didYouMean).toBe('django');
    expect(reader.understand('python').didYouMean).toBeNull();
  });

  it('maps goals in plain words to concepts', () => {
    expect(direct('прод падает по ночам')).toContain('sre');
  });

  it('asks for the detected concepts and their small broader ones, not the graph\'s whole expansion', () => {
    // Profiles carry their broader concepts, so a Django mentor is reached by "python" from its side.
    expect(reader.understand('python').concepts).toEqual([{ id: 'python', weight: 1, direct: true }]);
    // Neural networks sit under deep learning, a small concept: a deep learning mentor answers them.
    expect(reader.understand('нейросети').concepts).toContainEqual({ id: 'deep-learning', weight: 0.5, direct: false });
    // Rust sits under programming languages, a large one: not every language mentor answers Rust.
    expect(ids('rust')).not.toContain('programming-languages');
  });

  it('anchors a query on its specific concepts and other words, broad ones only when alone', () => {
    const oneC = reader.understand('1С программист').anchors;
    expect(oneC.concepts).toEqual(expect.arrayContaining([conceptTermId('one-c'), conceptTermId('erp')]));
    expect(oneC.concepts).not.toContain(conceptTermId('programming'));
    expect(oneC.words).toEqual([]);
    expect(reader.understand('программист').anchors).toEqual({ concepts: [conceptTermId('programming')], words: [], named: false });
    expect(reader.understand('asdfghjk').anchors).toMatchObject({ concepts: [], words: [expect.any(Number)], named: false });
    expect(reader.understand('и или the').anchors).toEqual({ concepts: [], words: [], named: false });
  });

  it('answers when a concept anchor has mentors, or at least half of the other words', () => {
    const has = (...terms: number[]) => (term: number): boolean => terms.includes(term);
    const rust = reader.understand('rust');
    expect(ConceptReader.hasAnswer(rust, has(conceptTermId('rust')))).toBe(true);
    expect(ConceptReader.hasAnswer(rust, has())).toBe(false);
    const speech = reader.understand('knit woollen scarves');
    expect(ConceptReader.hasAnswer(speech, has(speech.anchors.words[0]!))).toBe(false);
    expect(ConceptReader.hasAnswer(speech, has(...speech.anchors.words.slice(0, 2)))).toBe(true);
  });

  it('does not answer a specific concept nobody has through a modifier beside it', () => {
    const has = (...terms: number[]) => (term: number): boolean => terms.includes(term);
    const quantum = reader.understand('квантовые вычисления с нуля');
    expect(quantum.anchors.words).toHaveLength(1);
    expect(ConceptReader.hasAnswer(quantum, has(...quantum.anchors.words))).toBe(false);
    // A weakly read concept (a cue of a goal's words) does not anchor a query that names something surely.
    const fortran = reader.understand('fortran legacy code');
    expect(fortran.anchors.concepts).toContain(conceptTermId('fortran'));
    expect(fortran.anchors.named).toBe(true);
    // A paragraph that mentions an absent concept in passing is still answered by its words.
    const paragraph = reader.understand('fortran solver written for a physics group, gravitational lensing of quasars');
    expect(ConceptReader.hasAnswer(paragraph, has(...paragraph.anchors.words))).toBe(true);
  });

  it('labels concepts in the query script and says which words a concept was read from', () => {
    expect(reader.understand('машинное обучение').labels.get('machine-learning')).toBe('Машинное обучение');
    expect(reader.understand('machine learning').labels.get('machine-learning')).toBe('Machine learning');
    expect(reader.understand('нейросети для картинок').coveredWords.get('нейросети')).toBe(1);
  });

  it('names a concept read from cue words in matched, and suggests neighbours of the specific concepts only', () => {
    expect(reader.understand('мой сайт долго грузится').labels.has('web-performance')).toBe(true);
    const oneC = reader.understand('1С программист').neighbours.map((c) => c.id);
    expect(oneC).toContain('erp');
    expect(oneC).not.toContain('mobile-development'); // a neighbour of "программист", not of 1C
  });

  it('suggests only neighbours some mentor has, and nothing when there is nothing to say', () => {
    const rust = reader.understand('rust');
    expect(ConceptReader.suggestions(rust, (id) => id === 'cpp')).toEqual({ didYouMean: null, concepts: [{ id: 'cpp', label: 'C++' }] });
    expect(ConceptReader.suggestions(rust, () => false)).toBeUndefined();
    expect(ConceptReader.suggestions(reader.understand('asdfghjk'), () => true)).toBeUndefined();
  });
});

describe('ConceptReader: profiles', () => {
  it('carries the concepts of skills, expertise and bio, and their broader concepts one level up at a lower weight', () => {
    const c = reader.documentConcepts({ skills: ['ReactJS', 'my own framework'], expertise: 'Senior Python developer', bio: 'Я учу верстке.' });
    expect(c.get('react')).toBe(3);
    expect(c.get('python')).toBe(2);
    expect(c.get('frontend')).toBe(1.5);
    expect(c.get('programming-languages')).toBe(1);
    expect(c.has('programming')).toBe(false); // two levels up: too general to tell mentors apart
  });

  it('does not read concepts from short transliterations or typos in profile text', () => {
    // "1:1s" is not 1C ("1s" is a transliteration of it), "pytthon" (a typo, not a listed misspelling) is not read as Python.
    const c = reader.documentConcepts({ skills: [], expertise: 'Engineering manager', bio: 'From engineer to team lead: 1:1s, hiring.' });
    expect(c.has('one-c')).toBe(false);
    expect(reader.documentConcepts({ skills: [], expertise: '', bio: 'pytthon' }).has('python')).toBe(false);
  });

  it('knows the concept of each skill tag', () => {
    const p = reader.profileConcepts({ skills: [], expertise: '', bio: '' });
    expect(p.ofSkill('Питон')).toBe('python');
    expect(p.ofSkill('something else entirely')).toBeUndefined();
  });
});
