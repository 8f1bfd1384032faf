import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import openapi from '../../../../openapi.json?raw';

type Tree = { [key: string]: string | Tree };

/** Every key path of a translation tree, with its text. */
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

const variables = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations (Russian by default, English)', () => {
  const ruLeaves = new Map(leaves(ru as Tree));
  const enLeaves = new Map(leaves(en as Tree));

  it('have the same keys in both languages, none empty', () => {
    expect([...ruLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [key, text] of [...ruLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same {{variables}} in both languages', () => {
    for (const [key, text] of enLeaves) expect(variables(ruLeaves.get(key)!), key).toEqual(variables(text));
  });

  it('translate every problem code of the API (the ProblemCode enum of openapi.json) in both languages', () => {
    const document = JSON.parse(openapi) as { components: { schemas: { ProblemCode: { enum: string[] } } } };
    const codes = document.components.schemas.ProblemCode.enum;
    expect(codes.length).toBeGreaterThan(30);
    const missing = codes.filter((code) => !(code in en.errors) || !(code in ru.errors));
    expect(missing).toEqual([]);
  });

  it('speak Russian in the Russian tree (no English sentence left untranslated)', () => {
    const untranslated = [...ruLeaves].filter(([key, text]) => text === enLeaves.get(key) && /[a-z]{4,} [a-z]{3,}/i.test(text)).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
