import type { MentorHitPageDto, SearchSuggestionsDto } from './list-mentors.dto.js';

/** A response body that is already JSON (UTF-8), typed by the shape it encodes. */
export type JsonBody<T> = Buffer & { readonly __json?: T };

export interface MentorHitJson {
  /** The mentor's JSON (see publicMentorJson, or the full DTO with contacts). */
  mentor: Buffer;
  score: number;
  matched: readonly string[];
  /** The signed-in student's relation to the mentor (left out for anyone else). */
  relation?: unknown;
}

const ITEMS_OPEN = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');
const HIT_OPEN = Buffer.from('{"mentor":');

/**
 * The JSON of a MentorHitPageDto assembled from the mentors' JSON bytes: the 20 profiles of a page
 * (≈ 15 KB, much of it Cyrillic) are neither stringified nor UTF-8 encoded again per request.
 */
export function mentorHitPageJson(
  items: readonly MentorHitJson[],
  nextCursor: string | null,
  total?: number,
  more: { totalIsEstimate?: boolean; suggestions?: SearchSuggestionsDto } = {},
): JsonBody<MentorHitPageDto> {
  const parts: Buffer[] = [ITEMS_OPEN];
  items.forEach((hit, i) => {
    if (i > 0) parts.push(COMMA);
    const relation = hit.relation === undefined ? '' : `,"relation":${JSON.stringify(hit.relation)}`;
    parts.push(HIT_OPEN, hit.mentor, Buffer.from(`,"score":${JSON.stringify(hit.score)},"matched":${JSON.stringify(hit.matched)}${relation}}`));
  });
  const estimate = more.totalIsEstimate ? ',"totalIsEstimate":true' : '';
  const suggestions = more.suggestions ? `,"suggestions":${JSON.stringify(more.suggestions)}` : '';
  parts.push(Buffer.from(`],"nextCursor":${JSON.stringify(nextCursor)}${total === undefined ? '' : `,"total":${JSON.stringify(total)}`}${estimate}${suggestions}}`));
  return Buffer.concat(parts);
}
