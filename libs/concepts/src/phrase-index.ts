/**
 * Longest-phrase matcher. Every surface form is inserted into one trie three times, as a sequence
 * of exact words ("=react", "=native"), of stems ("~машин", "~обучен") and of sound keys ("^rkt").
 * A query token carries the same kinds of keys (plus the Russian stem of a Latin-typed word and the
 * keys of a typo correction), and the trie is walked with all of them at once.
 */
import type { FormKind, MatchKind } from './concept.types.js';
import { isCyrillic, isStopWord, soundKey, stem } from './text.js';

/** How good a key kind is; a phrase match is as good as its weakest word. */
const QUALITY: Readonly<Record<Exclude<MatchKind, 'goal'>, number>> = { exact: 5, stem: 4, translit: 3, sound: 2, typo: 1 };

export interface PhraseEntry {
  conceptId: string;
  form: string;
  kind: FormKind;
  /** The form has several readings (ambiguities.json). */
  ambiguous: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Entries ending here, per key kind used along the path ("=" exact, "~" stem, "^" sound). */
  entries?: PhraseEntry[];
}

export interface TokenKey {
  key: string;
  match: Exclude<MatchKind, 'goal'>;
}

export interface PhraseMatch {
  start: number;
  end: number;
  match: Exclude<MatchKind, 'goal'>;
  entries: PhraseEntry[];
}

const MIN_SOUND_KEY = 4;

export function exactKey(token: string): string {
  return `=${token}`;
}

/** Stem key of a content word; words of up to three letters are their own stem ("уе" must not become "у"). */
export function stemKey(token: string): string {
  return `~${token.length <= 3 ? token : stem(token)}`;
}

/**
 * The sound key of a token, or undefined when it is too short to tell words apart. Sound keys only
 * bridge Cyrillic-typed English to Latin forms ("тайпскрипт" finds "typescript"): forms index the
 * keys of their Latin words, queries look up the keys of their Cyrillic words, so the English word
 * "rocket" never reads as a Russian spelling of React. Latin-typed Russian goes through stems.
 */
export function soundKeyOf(token: string, side: 'form' | 'query'): string | undefined {
  if (isCyrillic(token) !== (side === 'query')) return undefined;
  const key = soundKey(token);
  return key.length >= MIN_SOUND_KEY ? `^${key}` : undefined;
}

/** The keys of one query word; `stop` marks a function word, which can extend a phrase but never make one. */
export interface QueryToken {
  keys: readonly TokenKey[];
  stop: boolean;
}

interface WalkState {
  node: TrieNode;
  quality: number;
  content: boolean;
}

export class PhraseIndex {
  private readonly root: TrieNode = { children: new Map() };

  add(tokens: readonly string[], entry: PhraseEntry): void {
    // A form made only of function words ("ментор" is request phrasing) would match every request.
    const stops = tokens.map(isStopWord);
    if (tokens.length === 0 || stops.every(Boolean)) return;
    this.insert(tokens.map(exactKey), entry);
    this.insert(tokens.map(stemKey), entry);
    // Function words inside a form ("ruby on rails") are matched as written on the sound path.
    const sounds = tokens.map((token, at) => (stops[at] ? exactKey(token) : soundKeyOf(token, 'form')));
    if (sounds.every((key): key is string => key !== undefined)) this.insert(sounds, entry);
  }

  /** Sound-key paths that lead to several concepts are dropped: a rough key must not guess. */
  pruneAmbiguousSounds(node: TrieNode = this.root, viaSound = false): void {
    for (const [key, child] of node.children) {
      const sound = viaSound || key.startsWith('^');
      if (sound && child.entries && new Set(child.entries.map((entry) => entry.conceptId)).size > 1) delete child.entries;
      this.pruneAmbiguousSounds(child, sound);
    }
  }

  /** Greedy left-to-right longest match. */
  match(tokens: readonly QueryToken[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    let start = 0;
    while (start < tokens.length) {
      const best = this.longestAt(tokens, start);
      if (best) {
        matches.push(best);
        start = best.end;
      } else start++;
    }
    return matches;
  }

  /**
   * The longest phrase starting at `start` that holds at least one content word. Its kind is the
   * best among the phrases of that length, or of a shorter phrase naming the same concepts: "девопс
   * инженер" is as exact as "девопс", even if only the sound key reaches the two-word form.
   */
  private longestAt(tokens: readonly QueryToken[], start: number): PhraseMatch | undefined {
    let states: WalkState[] = [{ node: this.root, quality: Infinity, content: false }];
    const found: Array<{ end: number; quality: number; entries: PhraseEntry[] }> = [];
    for (let position = start; position < tokens.length && states.length > 0; position++) {
      const next: WalkState[] = [];
      const content = !tokens[position].stop;
      for (const state of states) {
        for (const { key, match } of tokens[position].keys) {
          const child = state.node.children.get(key);
          if (child) next.push({ node: child, quality: Math.min(state.quality, QUALITY[match]), content: state.content || content });
        }
      }
      states = next;
      for (const state of states) {
        if (state.content && state.node.entries?.length) found.push({ end: position + 1, quality: state.quality, entries: state.node.entries });
      }
    }
    if (found.length === 0) return undefined;
    const end = Math.max(...found.map((candidate) => candidate.end));
    const longest = found.filter((candidate) => candidate.end === end).sort((a, b) => b.quality - a.quality)[0];
    const ids = longest.entries.map((entry) => entry.conceptId);
    const sameConcepts = found.filter((candidate) => ids.every((id) => candidate.entries.some((entry) => entry.conceptId === id)));
    const quality = Math.max(...sameConcepts.map((candidate) => candidate.quality));
    return { start, end, match: matchOfQuality(quality), entries: longest.entries };
  }

  private insert(keys: readonly string[], entry: PhraseEntry): void {
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
    node.entries ??= [];
    if (!node.entries.some((existing) => existing.conceptId === entry.conceptId)) node.entries.push(entry);
  }
}

function matchOfQuality(quality: number): Exclude<MatchKind, 'goal'> {
  return (Object.keys(QUALITY) as Array<Exclude<MatchKind, 'goal'>>).find((kind) => QUALITY[kind] === quality)!;
}
