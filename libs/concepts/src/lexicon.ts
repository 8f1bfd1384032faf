/**
 * Real words of Russian and English, kept so that the typo corrector never misreads an everyday word
 * as a concept's form ("года" is not "нода", "coming" is not "coding", "торт" is not "торч").
 * data/lexicon.json holds the Snowball stems of Hunspell dictionary words that the corrector could
 * reach, less the graph's own forms; `npm run lexicon` regenerates it (see lexicon-source.ts).
 */
import lexicon from '../data/lexicon.json' with { type: 'json' };
import { stem } from './text.js';

const REAL_WORD_STEMS: ReadonlySet<string> = new Set(lexicon.stems);

/** The word's Snowball stem is the stem of a real Russian or English word. */
export function isRealWord(token: string): boolean {
  return REAL_WORD_STEMS.has(stem(token));
}
