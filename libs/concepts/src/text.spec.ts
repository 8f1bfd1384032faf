import { describe, expect, it } from '@jest/globals';
import { editDistance, isStopWord, normalizeText, soundKey, stemsAsLatinTypedRussian, toCyrillic, tokenize, toLatin } from './text.js';

describe('normalizeText', () => {
  it('lower-cases, folds ё, drops punctuation but keeps the marks of skill names', () => {
    expect(normalizeText('  Ищу МЕНТОРА: «Ёжик», C++, C#, Node.js, CI/CD!  ')).toBe('ищу ментора ежик c++ c# node.js ci/cd');
    expect(normalizeText('.NET и A/B-тесты.')).toBe('net и a/b-тесты');
    expect(normalizeText('front—end')).toBe('front-end');
  });

  it('tokenizes on spaces and hyphens', () => {
    expect(tokenize(normalizeText('Веб-разработка на React-Native'))).toEqual(['веб', 'разработка', 'на', 'react', 'native']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('transliteration', () => {
  it('writes Russian in Latin letters and back', () => {
    expect(toLatin('машинное обучение')).toBe('mashinnoe obuchenie');
    expect(toCyrillic('mashinnoe obuchenie')).toBe('машинное обучение');
    expect(toCyrillic('neyroseti')).toBe('нейросети');
    expect(toCyrillic('mashinnoye obucheniye')).toBe('машинное обучение');
    expect(toCyrillic('hochu')).toBe('хочу');
    expect(toCyrillic('shchuka')).toBe('щука');
  });

  it('reads Latin-typed Russian as Russian stems, and refuses what cannot be Russian', () => {
    expect(stemsAsLatinTypedRussian('obucheniya')).toEqual(stemsAsLatinTypedRussian('obuchenie'));
    expect(stemsAsLatinTypedRussian('c++')).toEqual([]);
    expect(stemsAsLatinTypedRussian('ab')).toEqual([]);
    // A vowel's "i" before a consonant is read both ways: "dizainu" (дизайну) and "poisk" (поиск).
    expect(stemsAsLatinTypedRussian('dizainu')).toContain('дизайн');
    expect(stemsAsLatinTypedRussian('poisk')).toContain('поиск');
  });

  it('gives English words and their Russian spellings the same sound key', () => {
    expect(soundKey('тайпскрипт')).toBe(soundKey('typescript'));
    expect(soundKey('ангуляр')).toBe(soundKey('angular'));
    expect(soundKey('джанго')).toBe(soundKey('django'));
    expect(soundKey('флаттер')).toBe(soundKey('flutter'));
  });
});

describe('isStopWord', () => {
  it('knows function words in both languages, inflected, and Russian typed in Latin', () => {
    for (const word of ['the', 'want', 'хочу', 'ментором', 'научиться', 'hochu', 'kak']) expect(isStopWord(word)).toBe(true);
    for (const word of ['python', 'питон', 'дизайн', 'sre']) expect(isStopWord(word)).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit and stops at the bound', () => {
    expect(editDistance('raect', 'react', 2)).toBe(1);
    expect(editDistance('pyton', 'python', 2)).toBe(1);
    expect(editDistance('kubr', 'kube', 1)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
