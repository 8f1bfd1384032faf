import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { bundledConceptGraph } from '@app/concepts';
import { cursorCodec } from '@app/common';
import { toMentorResponse } from '../mentors/mentor.mapper.js';
import { MentorsService } from '../mentors/mentors.service.js';
import { conceptRefs, conceptsOfTags, type ConceptRef } from '../skills/skill-concepts.js';
import type { RecommendationReasonDto, RecommendedPageDto, RecommendedQueryDto } from './recommendations.dto.js';
import { RecommendationsRepository } from './recommendations.repository.js';

/** A concept the student named in their interests weighs 1; one of a mentor they asked before, 0.5. */
const INTEREST_WEIGHT = 1;
const REQUEST_WEIGHT = 0.5;
/** Concepts reached by expansion, strongest first; a cap keeps the query's array small. */
const MAX_WANTED = 200;
const MAX_REASONS = 3;

const recommendationCursor = cursorCodec({ score: 'number', rating: 'number', id: 'uuid' });

interface Wanted {
  id: string;
  weight: number;
  /** The student's own concept this one came from (itself, or a broader or related one). */
  from: string;
  source: 'interest' | 'request';
}

/**
 * "Recommended for you" without typing: the student's interests and the concepts of the mentors
 * they asked before, widened through the skills graph (narrower and related concepts, lower
 * weights), matched against the mentors' concepts. Only mentors who accept requests and have a free
 * place, never one the student has an open request with; explained by the concepts that matched.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly recommendations: RecommendationsRepository,
    private readonly mentors: MentorsService,
  ) {}

  async recommend(student: Principal, query: RecommendedQueryDto): Promise<RecommendedPageDto> {
    const after = recommendationCursor.decode(query.cursor);
    const wanted = await this.wantedConcepts(student.id);
    if (wanted.size === 0) return { items: [], nextCursor: null };
    const rows = await this.recommendations.candidates(student.id, [...wanted.values()], query.limit + 1, after);
    const page = rows.slice(0, query.limit);
    const mentors = page.map((r) => r.mentor);
    const [contacts, relations] = await Promise.all([this.mentors.contactsFor(mentors, student), this.mentors.relationsForHits(mentors.map((m) => m.id), student)]);
    const last = page.at(-1);
    return {
      items: page.map(({ mentor, score, matched }) => ({
        mentor: toMentorResponse(mentor, contacts.get(mentor.id) ?? null),
        score,
        matched,
        reasons: reasonsFor(matched, wanted),
        relation: relations.get(mentor.id),
      })),
      nextCursor: rows.length > query.limit && last ? recommendationCursor.encode({ score: last.score, rating: last.mentor.ratingScore, id: last.mentor.id }) : null,
    };
  }

  /** The concepts to look for, by id, each with its weight and where it came from. */
  private async wantedConcepts(studentId: string): Promise<Map<string, Wanted>> {
    const { interests, requested } = await this.recommendations.studentSignals(studentId);
    const seeds = new Map<string, { weight: number; source: Wanted['source'] }>();
    for (const id of requested) seeds.set(id, { weight: REQUEST_WEIGHT, source: 'request' });
    for (const id of conceptsOfTags(interests)) seeds.set(id, { weight: INTEREST_WEIGHT, source: 'interest' });
    const expanded = bundledConceptGraph().expand([...seeds].map(([id, { weight }]) => ({ id, weight })));
    const wanted = new Map<string, Wanted>();
    for (const c of expanded.slice(0, MAX_WANTED)) {
      const from = c.from ?? c.id;
      wanted.set(c.id, { id: c.id, weight: c.weight, from, source: seeds.get(from)?.source ?? 'interest' });
    }
    return wanted;
  }
}

function reasonsFor(matched: readonly string[], wanted: Map<string, Wanted>): RecommendationReasonDto[] {
  const reasons: RecommendationReasonDto[] = [];
  for (const id of matched.slice(0, MAX_REASONS)) {
    const w = wanted.get(id);
    const [concept, because] = conceptRefs([id, w?.from ?? id]) as [ConceptRef | undefined, ConceptRef | undefined];
    if (w && concept && because) reasons.push({ concept, because, source: w.source });
  }
  return reasons;
}
