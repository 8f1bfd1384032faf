import { Injectable, Logger } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { isUUID } from 'class-validator';
import { badRequest, DomainError } from '@app/common';
import { browseKeyset, browsePlace, InvalidSearchCursorError, SearchIndexRequestError, SearchService } from '@app/search';
import type { MentorEntity } from '../mentors/mentor.entity.js';
import { publicMentorJson, toMentorResponse } from '../mentors/mentor.mapper.js';
import { MentorRowsRepository } from './mentor-rows.repository.js';
import { MentorsService } from '../mentors/mentors.service.js';
import { Metrics } from '../metrics/metrics.service.js';
import { SearchDemandService } from '../stats/search-demand.service.js';
import type { ListMentorsQueryDto, MentorHitPageDto, SearchSuggestionsDto } from './list-mentors.dto.js';
import { type JsonBody, mentorHitPageJson } from './mentor-hit-page.json.js';
import { MentorProfileCache } from './mentor-profile.cache.js';
import { SearchIndexSync, toMentorDocument } from './search-index.sync.js';
import { conceptOfTag, conceptsNamedIn } from '../skills/skill-concepts.js';

/** How many of the first hits of a search say which skills it asked for. */
const DEMAND_TOP_HITS = 5;

/** A mentor of a result page with its score and matched terms. */
export interface ScoredMentor {
  mentor: MentorEntity;
  score: number;
  matched: string[];
}

/** A page of hits before it is written as JSON: the place to add a per-page step. */
export interface HitPage {
  hits: ScoredMentor[];
  nextCursor: string | null;
  total?: number;
  totalIsEstimate?: boolean;
  /** A text query without an answer: what to try instead. */
  suggestions?: SearchSuggestionsDto;
}

/**
 * The skills a search asked for, for the demand side of the statistics: its skill filters, the
 * concepts its text names (so a skill no mentor offers is counted too: unmet demand), and the
 * matched terms of the first hits that are skills of those mentors; each as its concept id when it
 * has one, so one search counts once per concept. Anonymous; first pages only.
 */
function searchedSkills(filters: string[], text: string | undefined, hits: readonly ScoredMentor[]): string[] {
  const tags = [...filters, ...conceptsNamedIn(text)];
  for (const { mentor, matched } of hits) for (const term of matched) if (mentor.skills.includes(term)) tags.push(term);
  return [...new Set(tags.map((tag) => conceptOfTag(tag) ?? tag))];
}

/**
 * GET /api/mentors: a page of hits from the mentor index, or, while the index is being built or
 * cannot be reached, browsing from PostgreSQL in the same order with the same scores and cursors
 * (a text query answers 503 then). Each page is: hits (index or fallback) → profiles (cache) →
 * contacts the caller may see and their relation to each mentor → JSON.
 */
@Injectable()
export class MentorSearch {
  private readonly logger = new Logger('MentorSearch');

  constructor(
    private readonly search: SearchService,
    private readonly sync: SearchIndexSync,
    private readonly mentors: MentorRowsRepository,
    private readonly profiles: MentorProfileCache,
    private readonly contacts: MentorsService,
    private readonly metrics: Metrics,
    private readonly demand: SearchDemandService,
  ) {}

  async list(query: ListMentorsQueryDto, viewer?: Principal): Promise<JsonBody<MentorHitPageDto>> {
    const page = this.sync.ready ? await this.fromIndex(query) : this.browseOnly(query, 'SEARCH.WARMING_UP', 'Search is starting up; try again in a few seconds.') ?? (await this.fromDatabase(query));
    if (!query.cursor) this.demand.record(searchedSkills(query.skills ?? [], query.query, page.hits.slice(0, DEMAND_TOP_HITS)));
    return this.toJson(page, viewer);
  }

  /** A 503 problem for a text query, null for browsing (which the database can answer). */
  private browseOnly(query: ListMentorsQueryDto, code: string, message: string): null {
    if (query.query?.trim()) throw new DomainError(503, code, message);
    return null;
  }

  private async fromIndex(query: ListMentorsQueryDto): Promise<HitPage> {
    const done = this.metrics.startSearchTimer();
    let found;
    try {
      found = await this.search.search({ query: query.query, skills: query.skills, language: query.language, acceptingOnly: query.acceptingOnly, limit: query.limit, cursor: query.cursor });
    } catch (error) {
      if (error instanceof InvalidSearchCursorError) throw badRequest('INVALID_CURSOR', 'The cursor is invalid or belongs to a different search.');
      // The index refused our request (Qdrant 4xx): a bug, logged by the adapter, answered 500.
      if (error instanceof SearchIndexRequestError) throw error;
      // The index is unreachable (Qdrant down, the index thread restarting).
      this.logger.warn({ err: error }, 'mentor index unavailable');
      return this.browseOnly(query, 'SEARCH.UNAVAILABLE', 'Search is temporarily unavailable; try again in a few seconds.') ?? this.fromDatabase(query);
    } finally {
      done();
    }
    const rows = await this.profiles.getMany(found.items.map((h) => h.id), (ids) => this.mentors.findByIds(ids));
    const byId = new Map(rows.map((m) => [m.id, m]));
    const hits: ScoredMentor[] = [];
    for (const hit of found.items) {
      const mentor = byId.get(hit.id);
      if (mentor) hits.push({ mentor, score: hit.score, matched: hit.matched });
    }
    return { hits, nextCursor: found.nextCursor, total: found.total, totalIsEstimate: found.totalIsEstimate, suggestions: found.suggestions };
  }

  /** Browsing straight from PostgreSQL, in the index's order, with its scores and its cursors. */
  private async fromDatabase(query: ListMentorsQueryDto): Promise<HitPage> {
    let keyset;
    try {
      keyset = browseKeyset({ skills: query.skills, language: query.language, acceptingOnly: query.acceptingOnly, limit: query.limit, cursor: query.cursor });
    } catch (error) {
      if (error instanceof InvalidSearchCursorError) throw badRequest('INVALID_CURSOR', 'The cursor is invalid or belongs to a different search.');
      throw error;
    }
    // The index's cursor format, decoded by the search library; its id reaches PostgreSQL here, so it
    // is checked like every other cursor's (a crafted one is a 400, never a database error).
    if (keyset.after && !isUUID(keyset.after.id)) throw badRequest('INVALID_CURSOR', 'The cursor is not one this API issued.');
    const rows = await this.mentors.listInBrowseOrder(query, keyset.limit + 1, keyset.after);
    const page = rows.slice(0, keyset.limit).map((mentor) => ({ mentor, place: browsePlace(toMentorDocument(mentor)) }));
    const last = page.at(-1);
    return {
      hits: page.map(({ mentor, place }) => ({ mentor, score: place.score, matched: [] })),
      nextCursor: rows.length > keyset.limit && last ? keyset.cursorAfter({ key: last.place.key, id: last.mentor.id }, page.length) : null,
    };
  }

  /**
   * The viewer-specific step of a page: public profiles from their memoised JSON, full profiles for
   * those whose contacts the caller may see, and a signed-in student's relation to each mentor (open
   * request, rating, favourite): one query for the page.
   */
  private async toJson(page: HitPage, viewer: Principal | undefined): Promise<JsonBody<MentorHitPageDto>> {
    const mentors = page.hits.map((h) => h.mentor);
    const [contacts, relations] = await Promise.all([this.contacts.contactsFor(mentors, viewer), this.contacts.relationsForHits(mentors.map((m) => m.id), viewer)]);
    const items = page.hits.map(({ mentor, score, matched }) => {
      const visible = contacts.get(mentor.id);
      return { mentor: visible ? Buffer.from(JSON.stringify(toMentorResponse(mentor, visible))) : publicMentorJson(mentor), score, matched, relation: relations.get(mentor.id) };
    });
    return mentorHitPageJson(items, page.nextCursor, page.total, { totalIsEstimate: page.totalIsEstimate, suggestions: page.suggestions });
  }
}
