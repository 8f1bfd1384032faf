import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { isRealWord } from './lexicon.js';

describe('lexicon of real words', () => {
  it('knows inflected everyday words by their stem, not misspellings', () => {
    for (const word of ['года', 'годами', 'coming', 'торт', 'macros', 'блоки']) expect(isRealWord(word)).toBe(true);
    for (const word of ['pyton', 'djanog', 'раект', 'learnig', 'tensorflov', 'докерр']) expect(isRealWord(word)).toBe(false);
  });

  it("leaves out the graph's own forms (they are matched anyway)", () => {
    expect(isRealWord('python')).toBe(false);
    expect(isRealWord('докер')).toBe(false);
  });

  // In its own process: the generator runs twenty times slower inside the test runner's module sandbox.
  it('data/lexicon.json is up to date: run `npm run lexicon` after changing forms or the dictionaries', () => {
    const check = spawnSync(process.execPath, ['--import', './bench/register.mjs', 'libs/concepts/scripts/build-lexicon.ts', '--check'], { encoding: 'utf8' });
    expect({ status: check.status, stdout: check.stdout, stderr: check.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  }, 120_000);
});
