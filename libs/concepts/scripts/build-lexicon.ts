/**
 * `npm run lexicon` rewrites libs/concepts/data/lexicon.json after a change of the graph's forms or of
 * the dictionaries; `npm run lexicon -- --check` only tells whether the file is up to date (exit code 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bundledConceptGraph } from '../src/bundled.js';
import { buildLexicon, LEXICON_PATH, lexiconJson, type LexiconFile } from '../src/lexicon-source.js';

const lexicon = await buildLexicon(bundledConceptGraph().concepts());
if (process.argv.includes('--check')) {
  const stored = JSON.parse(readFileSync(LEXICON_PATH, 'utf8')) as LexiconFile;
  const [had, made] = [new Set(stored.stems), new Set(lexicon.stems)];
  const missing = lexicon.stems.filter((entry) => !had.has(entry));
  const extra = stored.stems.filter((entry) => !made.has(entry));
  if (readFileSync(LEXICON_PATH, 'utf8') !== lexiconJson(lexicon)) {
    process.stdout.write(
      `${LEXICON_PATH} is stale (${missing.length} stems missing: ${missing.slice(0, 10).join(' ')}; ${extra.length} extra: ${extra.slice(0, 10).join(' ')}): run \`npm run lexicon\`\n`,
    );
    process.exitCode = 1;
  }
} else {
  writeFileSync(LEXICON_PATH, lexiconJson(lexicon));
  process.stdout.write(`${LEXICON_PATH}: ${lexicon.stems.length} stems\n`);
}
