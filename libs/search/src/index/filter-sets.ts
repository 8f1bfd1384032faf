import type { MentorPayload } from '../ranking/ranking.js';
import { Bitset, intersectInto, popcount } from './bitset.js';
import type { SlotFilter } from './lexical-accumulator.js';

/** Filter of one search: the matching live slots as a bitset, and how many there are. */
export interface Filter extends SlotFilter {
  count: number;
}

const EMPTY = new Uint32Array(0);

/**
 * Bitsets over index slots for the search filters: live slots, per skill key, per language, and the
 * mentors accepting requests. A search's filter is the intersection of the sets it names.
 */
export class FilterSets {
  private alive = new Bitset();
  private liveCount = 0;
  private readonly bySkill = new Map<string, Bitset>();
  private readonly byLanguage = new Map<string, Bitset>();
  private available = new Bitset();
  private availableCount = 0;
  /**
   * The words of the last intersection, reused by the next: a search's filter lives only as long as
   * its synchronous part. A fresh 16 KB array per filtered search (100k slots) was off-heap garbage
   * that drove V8 into a full mark-compact of the whole index heap every few thousand searches
   * (browsing by language: every 0.5 s, half the thread's time), instead of cheap scavenges.
   */
  private scratch = new Uint32Array(0);

  /** Bitset words of the live slots. */
  get live(): Uint32Array {
    return this.alive.words;
  }

  /** A slot now holds this profile (the slot was free). */
  add(slot: number, p: Pick<MentorPayload, 'skillKeys' | 'languages' | 'available'>): void {
    this.alive.set(slot);
    this.liveCount++;
    if (p.available) {
      this.available.set(slot);
      this.availableCount++;
    }
    for (const k of p.skillKeys) setIn(this.bySkill, k, slot);
    for (const l of p.languages) setIn(this.byLanguage, l, slot);
  }

  /** The slot no longer holds this profile (the one `add` was given). */
  remove(slot: number, p: Pick<MentorPayload, 'skillKeys' | 'languages' | 'available'>): void {
    for (const k of p.skillKeys) this.bySkill.get(k)?.clear(slot);
    for (const l of p.languages) this.byLanguage.get(l)?.clear(slot);
    if (p.available) {
      this.available.clear(slot);
      this.availableCount--;
    }
    this.alive.clear(slot);
    this.liveCount--;
  }

  clear(): void {
    this.alive = new Bitset();
    this.liveCount = 0;
    this.bySkill.clear();
    this.byLanguage.clear();
    this.available = new Bitset();
    this.availableCount = 0;
  }

  /**
   * The live slots with every one of these skill keys, this language (if any) and, with `acceptingOnly`,
   * accepting requests. The words are valid until the next call (they may be this object's scratch).
   */
  filter(skillKeys: readonly string[], language: string | null | undefined, acceptingOnly: boolean): Filter {
    const sets: Uint32Array[] = [];
    for (const key of skillKeys) sets.push(this.bySkill.get(key)?.words ?? EMPTY);
    if (language) sets.push(this.byLanguage.get(language)?.words ?? EMPTY);
    if (acceptingOnly) {
      if (!sets.length) return { all: false, words: this.available.words, count: this.availableCount };
      sets.push(this.available.words);
    }
    if (!sets.length) return { all: true, words: this.alive.words, count: this.liveCount };
    const base = this.alive.words;
    if (this.scratch.length < base.length) this.scratch = new Uint32Array(base.length);
    const words = intersectInto(this.scratch, base, sets);
    return { all: false, words, count: popcount(words) };
  }
}

function setIn(map: Map<string, Bitset>, key: string, slot: number): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Bitset()));
  s.set(slot);
}
