import type { MentorContactsDto, MentorDto, RatingDto } from './dto/mentor.dto.js';
import type { MentorEntity } from './mentor.entity.js';
import { conceptRefs } from '../skills/skill-concepts.js';

export function toRating(m: Pick<MentorEntity, 'ratingSum' | 'ratingCount' | 'ratingDistribution'>): RatingDto {
  const [d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0] = m.ratingDistribution;
  return {
    average: m.ratingCount > 0 ? Math.round((m.ratingSum / m.ratingCount) * 100) / 100 : null,
    count: m.ratingCount,
    distribution: { '1': d1, '2': d2, '3': d3, '4': d4, '5': d5 },
  };
}

export function toMentorResponse(m: MentorEntity, contacts: MentorContactsDto | null): MentorDto {
  return {
    id: m.id,
    name: m.name,
    bio: m.bio,
    expertise: m.expertise,
    skills: m.skills,
    concepts: conceptRefs(m.concepts ?? []),
    experienceYears: m.experienceYears,
    languages: m.languages,
    timezone: m.timezone,
    capacity: m.capacity,
    activeMentees: m.activeMentees,
    acceptingRequests: m.acceptingRequests,
    available: m.acceptingRequests && m.activeMentees < m.capacity,
    rating: toRating(m),
    contacts,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** UTF-8 JSON of each row's public profile (no contacts), computed once per row object. */
const publicJsonOf = new WeakMap<MentorEntity, Buffer>();

/**
 * The public profile (no contacts) as UTF-8 JSON, memoised per row object: the rows of search pages
 * come from MentorProfileCache, are shared and never mutated, so a cached row is serialised once
 * instead of on every page that shows it.
 */
export function publicMentorJson(m: MentorEntity): Buffer {
  let json = publicJsonOf.get(m);
  if (!json) publicJsonOf.set(m, (json = Buffer.from(JSON.stringify(toMentorResponse(m, null)))));
  return json;
}
