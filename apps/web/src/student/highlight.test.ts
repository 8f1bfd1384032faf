import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

const marked = (text: string, terms: string[]): string[] => highlightParts(text, terms).filter((p) => p.match).map((p) => p.text);

describe('highlightParts (the search results mark the matched terms)', () => {
  it('marks terms case-insensitively, with the rest of the word they start (inflected forms)', () => {
    expect(marked('Python и базы данных, сайтов много', ['python', 'сайт', 'баз'])).toEqual(['Python', 'базы', 'сайтов']);
  });

  it('keeps the whole text, in order, around the marks', () => {
    const parts = highlightParts('Learn Go and SQL', ['go', 'sql']);
    expect(parts.map((p) => p.text).join('')).toBe('Learn Go and SQL');
    expect(parts).toEqual([
      { text: 'Learn ', match: false },
      { text: 'Go', match: true },
      { text: ' and ', match: false },
      { text: 'SQL', match: true },
    ]);
  });

  it('treats regular-expression characters in terms as text, and ignores one-letter terms', () => {
    expect(marked('C++ and c# (and a)', ['c++', 'c#', 'a'])).toEqual(['C++', 'c#']);
    expect(highlightParts('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });
});
