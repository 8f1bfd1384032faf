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

export class PhraseIndex {
  private readonly root: TrieNode = { children: new Map() };

  add(tokens: readonly string[], entry: PhraseEntry): void {
    // A form made only of function words ("ментор" is request phrasing) would match every request.
    const stops = tokens.map(isStopWord);
    if (tokens.length === 0 || stops.every(Boolean)) return;
    // Stop words inside a form ("ruby on rails") are matched as written on every path.
    this.insert(tokens.map(exactKey), entry);
    this.insert(tokens.map((token, at) => (stops[at] ? exactKey(token) : stemKey(token))), entry);
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

  /** Greedy left-to-right longest match; at equal length the better key kind wins. */
  match(tokenKeys: ReadonlyArray<readonly TokenKey[]>): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    let start = 0;
    while (start < tokenKeys.length) {
      const best = this.longestAt(tokenKeys, start);
      if (best) {
        matches.push(best);
        start = best.end;
      } else start++;
    }
    return matches;
  }

  private longestAt(tokenKeys: ReadonlyArray<readonly TokenKey[]>, start: number): PhraseMatch | undefined {
    let states: Array<{ node: TrieNode; quality: number }> = [{ node: this.root, quality: Infinity }];
    let best: PhraseMatch | undefined;
    for (let position = start; position < tokenKeys.length && states.length > 0; position++) {
      const next: Array<{ node: TrieNode; quality: number }> = [];
      for (const state of states) {
        for (const { key, match } of tokenKeys[position]) {
          const child = state.node.children.get(key);
          if (child) next.push({ node: child, quality: Math.min(state.quality, QUALITY[match]) });
        }
      }
      states = next;
      for (const state of states) {
        if (!state.node.entries?.length) continue;
        const length = position + 1 - start;
        const bestLength = best ? best.end - best.start : 0;
        if (length > bestLength || (length === bestLength && state.quality > QUALITY[best!.match])) {
          best = { start, end: position + 1, match: matchOfQuality(state.quality), entries: state.node.entries };
        }
      }
    }
    return best;
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
