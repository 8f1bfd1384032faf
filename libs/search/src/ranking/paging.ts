import { cursorCodec } from '@app/common/cursor';
import { skillKey } from '../text/analyzer.js';
import { fnv1a } from '../text/hash.js';
import type { SearchParams } from '../types.js';
import { compareIds, type RankedEntry } from './ranking.js';

/** Thrown for a cursor that is malformed or belongs to another query; map it to a 400. */
export class InvalidSearchCursorError extends Error {
  readonly code = 'SEARCH.INVALID_CURSOR';
  constructor() {
    super('The cursor is invalid or belongs to a different search.');
    this.name = 'InvalidSearchCursorError';
  }
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
export const MAX_QUERY_CHARS = 2000;

/** Search parameters after validation and normalisation (what adapters receive). */
export interface NormalizedSearch {
  query: string;
  skillKeys: string[];
  language: string | null;
  acceptingOnly: boolean;
  limit: number;
  after: CursorKey | null;
  /** Hash of query + filters; a cursor only continues the search it came from. */
  fingerprint: string;
}

/** Keyset position: last item's sort key and id, plus how many items were served (sizes the candidate pool). */
export interface CursorKey {
  key: number;
  id: string;
  served: number;
}

export function normalizeSearch(params: SearchParams = {}): NormalizedSearch {
  const query = typeof params.query === 'string' ? params.query.slice(0, MAX_QUERY_CHARS).trim() : '';
  const skillKeys = [
    ...new Set((Array.isArray(params.skills) ? params.skills : []).map((s) => skillKey(String(s))).filter(Boolean)),
  ].sort();
  const language = typeof params.language === 'string' && params.language.trim() ? params.language.trim().toLowerCase() : null;
  const acceptingOnly = params.acceptingOnly === true;
  const rawLimit = Number(params.limit ?? DEFAULT_LIMIT);
  const limit = Number.isFinite(rawLimit) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(rawLimit))) : DEFAULT_LIMIT;
  const fingerprint = fnv1a(JSON.stringify([query, skillKeys, language, acceptingOnly])).toString(36);
  const after = params.cursor ? decodeCursor(params.cursor, fingerprint) : null;
  return { query, skillKeys, language, acceptingOnly, limit, after, fingerprint };
}

/**
 * A search cursor, through the codec every list uses: version, the search's fingerprint, the last
 * item's score (or browse key) and id, and how many items were served.
 */
const searchCursor = cursorCodec({ v: 'count', f: 'token', k: 'number', i: 'token', n: 'count' });

export function encodeCursor(fingerprint: string, last: RankedEntry, served: number): string {
  return searchCursor.encode({ v: 1, f: fingerprint, k: last.score, i: last.id, n: served });
}

function decodeCursor(cursor: string, fingerprint: string): CursorKey {
  let c;
  try {
    c = searchCursor.decode(cursor)!;
  } catch {
    throw new InvalidSearchCursorError();
  }
  if (c.v !== 1 || c.f !== fingerprint) throw new InvalidSearchCursorError();
  return { key: c.k, id: c.i, served: c.n };
}

/**
 * Browsing in the index's order from another store (the app's PostgreSQL fallback): where the page
 * for `params` starts (after this browse key and id), how long it is, and the cursor after its last
 * entry, in the index's own format, so a client can page on across the index and the other store.
 */
export function browseKeyset(params: SearchParams): { after: { key: number; id: string } | null; limit: number; cursorAfter(last: { key: number; id: string }, count: number): string } {
  const n = normalizeSearch(params);
  return {
    after: n.after && { key: n.after.key, id: n.after.id },
    limit: n.limit,
    cursorAfter: (last, count) => encodeCursor(n.fingerprint, { id: last.id, score: last.key }, (n.after?.served ?? 0) + count),
  };
}

/** Index of the first entry strictly after the cursor in a list sorted by compareRanked. */
export function startAfter(sorted: readonly RankedEntry[], after: CursorKey | null): number {
  return startAfterIn(sorted.length, (i) => sorted[i]!.score, (i) => sorted[i]!.id, after);
}

/** startAfter over any compareRanked-sorted sequence of `length` entries; `idAt` is read only when a score ties. */
export function startAfterIn(length: number, scoreAt: (i: number) => number, idAt: (i: number) => string, after: CursorKey | null): number {
  if (!after) return 0;
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // compareRanked(entry, cursor) <= 0: the entry ranks at or before the cursor.
    if ((after.key - scoreAt(mid) || compareIds(idAt(mid), after.id)) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Candidate pool for a page: large enough to hold everything served so far plus the next page. */
export function poolSize(n: NormalizedSearch, base: number): number {
  return Math.max(base, (n.after?.served ?? 0) + 2 * n.limit);
}
