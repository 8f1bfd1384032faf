import { bundledConceptGraph } from '@app/concepts';
import snowball from 'snowball-stemmers';
import { ALIASES, STOP_WORDS, SURFACE_REWRITES, TYPO_TARGETS } from './lexicon.js';

/** One token after normalisation, aliasing and stemming. */
export interface Token {
  /** Canonical stem: what matching, hashing and the lexical index use. */
  term: string;
  /** Canonical word before stemming (alias target or the corrected surface word): source of char n-grams. */
  word: string;
  /** The word as written by the user (lower-cased), for explaining matches. */
  surface: string;
}

/** Hard cap on analysed text, so a pathological input cannot stall the event loop. */
export const MAX_ANALYSED_CHARS = 200_000;

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');
const CYRILLIC = /[а-я]/;
const LATIN = /^[a-z]+$/;
const WORD = /[\p{L}\p{N}]+/gu;

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = CYRILLIC.test(word) ? russian.stem(word) : LATIN.test(word) ? english.stem(word) : word;
    if (stemCache.size > 100_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Lower-case, ё→е, NFKC, rewrite tokens with meaningful punctuation (c++, c#, node.js). */
export function normalizeText(text: string): string {
  let t = (text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е');
  // Every rewrite needs one of these characters: skip the regexes for plain text.
  if (/[+#./]/.test(t)) for (const [pattern, replacement, needle] of SURFACE_REWRITES) if (t.includes(needle)) t = t.replace(pattern, replacement);
  return t;
}

/** alias keys -> canonical words: by raw words, and by stems (so inflected forms match too) */
const rawAliases = new Map<string, string[]>();
const stemAliases = new Map<string, string[]>();
let maxPhrase = 1;
for (const [key, target] of Object.entries(ALIASES)) {
  const words = normalizeText(key).match(WORD) ?? [];
  const canonical = target.split(' ');
  rawAliases.set(words.join(' '), canonical);
  const stemKey = words.map(stem).join(' ');
  if (stemKey.length >= 4) stemAliases.set(stemKey, canonical);
  maxPhrase = Math.max(maxPhrase, words.length);
}
/** First words of the multi-word alias keys: a phrase can only start at one of these. */
const phraseStarts = new Set([...rawAliases.keys(), ...stemAliases.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

const TYPO_EXTRA = new Set(['python', 'django', 'kotlin', 'golang', 'pandas']);
const typoByLength = new Map<number, string[]>();
for (const t of TYPO_TARGETS) {
  if (t.length < 7 && !TYPO_EXTRA.has(t)) continue;
  const list = typoByLength.get(t.length) ?? [];
  list.push(t);
  typoByLength.set(t.length, list);
}
const TYPO_TARGET_SET = new Set(TYPO_TARGETS);

/** True when a and b differ by exactly one edit (substitution, insertion, deletion, adjacent swap). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

const typoCache = new Map<string, string>();
/** Corrects one-edit typos of well-known skill words ("pyhton", "javasript", "kubernetis"). */
function correctTypo(word: string): string {
  if (word.length < 6 || !LATIN.test(word) || TYPO_TARGET_SET.has(word)) return word;
  const cached = typoCache.get(word);
  if (cached !== undefined) return cached;
  let result = word;
  for (const len of [word.length, word.length - 1, word.length + 1]) {
    const hit = typoByLength.get(len)?.find((t) => oneEditApart(word, t));
    if (hit) {
      result = hit;
      break;
    }
  }
  if (typoCache.size > 50_000) typoCache.clear();
  typoCache.set(word, result);
  return result;
}

function emitCanonical(out: Token[], words: string[], surface: string): void {
  for (const w of words) out.push({ term: stem(w), word: w, surface });
}

/** Short texts (skill tags, titles) repeat across profiles; long ones are analysed twice in a row (lexical + dense). */
const SHORT_TEXT = 64;
const shortCache = new Map<string, readonly Token[]>();
const recentLong: { text: string; tokens: readonly Token[] }[] = [];
const RECENT_LONG = 4;

/**
 * Full analysis chain: normalise, tokenise, expand aliases and transliterations (phrases first),
 * drop stop words, correct typos of known skill words, stem (Russian or English by script).
 * Never throws; returns [] for empty, emoji-only or stop-word-only text. The result is shared
 * (memoised): do not mutate it.
 */
export function analyze(text: string | null | undefined): Token[] {
  if (!text) return [];
  const s = String(text);
  if (s.length <= SHORT_TEXT) {
    let tokens = shortCache.get(s);
    if (!tokens) {
      if (shortCache.size >= 20_000) shortCache.clear();
      shortCache.set(s, (tokens = analyzeUncached(s)));
    }
    return tokens as Token[];
  }
  for (const r of recentLong) if (r.text === s) return r.tokens as Token[];
  const tokens = analyzeUncached(s);
  recentLong.unshift({ text: s, tokens });
  if (recentLong.length > RECENT_LONG) recentLong.pop();
  return tokens;
}

function analyzeUncached(text: string): Token[] {
  const raw = normalizeText(String(text)).match(WORD) ?? [];
  const stems = raw.map(stem);
  const out: Token[] = [];
  for (let i = 0; i < raw.length; ) {
    let consumed = 0;
    const phrase = phraseStarts.has(stems[i]!) || phraseStarts.has(raw[i]!);
    for (let n = phrase ? Math.min(maxPhrase, raw.length - i) : 1; n >= 2 && !consumed; n--) {
      const stemKey = stems.slice(i, i + n).join(' ');
      const canonical =
        stemAliases.get(stemKey) ?? rawAliases.get(stemKey) ?? rawAliases.get(raw.slice(i, i + n).join(' '));
      if (canonical) {
        emitCanonical(out, canonical, raw.slice(i, i + n).join(' '));
        consumed = n;
      }
    }
    if (consumed) {
      i += consumed;
      continue;
    }
    const word = raw[i]!;
    const single =
      rawAliases.get(word) ??
      (word.length > 3 ? (stemAliases.get(stems[i]!) ?? rawAliases.get(stems[i]!)) : undefined);
    if (single) emitCanonical(out, single, word);
    else if (word.length > 1 && !STOP_WORDS.has(word)) {
      const fixed = correctTypo(word);
      out.push({ term: fixed === word ? stems[i]! : stem(fixed), word: fixed, surface: word });
    }
    i++;
  }
  return out;
}

/** Tags repeat across mentors (a rebuild maps every skill of every profile): each is mapped once. */
const conceptOfTagMemo = new Map<string, string | null>();
const MAX_MEMO_TAGS = 100_000;

function conceptOfTag(tag: string): string | undefined {
  let concept = conceptOfTagMemo.get(tag);
  if (concept === undefined) {
    concept = bundledConceptGraph().canonicalSkill(tag) ?? null;
    if (conceptOfTagMemo.size >= MAX_MEMO_TAGS) conceptOfTagMemo.clear();
    conceptOfTagMemo.set(tag, concept);
  }
  return concept ?? undefined;
}

/**
 * Key of a skill tag for the skills filter: the concept of the skills graph it stands for ("JS",
 * "JavaScript", "джаваскрипт" -> `javascript`; the same mapping the API stores in `mentors.concepts`),
 * else the tag's analysed terms ("my own framework" -> its stems).
 */
export function skillKey(tag: string): string {
  const concept = conceptOfTag(String(tag));
  if (concept) return concept;
  const terms = analyze(tag).map((t) => t.term);
  return terms.length ? terms.join(' ') : normalizeText(tag).trim();
}
