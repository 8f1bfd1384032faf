import { Injectable, Logger } from '@nestjs/common';
import { bundledConceptGraph } from '@app/concepts';
import { conceptRefs } from './skill-concepts.js';
import type { SkillSuggestionDto, SkillSuggestionsDto, SkillsQueryDto } from './dto/skill.dto.js';
import { SkillSupplyRepository } from './skill-supply.repository.js';

/** How old the mentor counts may get before a request refreshes them (in the background). */
const COUNTS_MAX_AGE_MS = 60_000;

/**
 * Autocomplete over the skills graph for the student's search box and the mentor's profile editor.
 * Suggestions come from the graph in memory (`suggest`: prefix, fuzzy, cross-script); the number of
 * mentors per concept is one aggregate over `mentors.concepts`, kept per replica and refreshed in
 * the background at most once a minute, so a keystroke never scans the table.
 */
@Injectable()
export class SkillsService {
  private readonly logger = new Logger('Skills');
  private counts: Map<string, number> | null = null;
  private countedAt = 0;
  private refreshing: Promise<Map<string, number>> | null = null;

  constructor(private readonly supply: SkillSupplyRepository) {}

  async suggest(query: SkillsQueryDto): Promise<SkillSuggestionsDto> {
    const counts = await this.mentorCounts();
    const typed = query.query?.trim() ?? '';
    const items: SkillSuggestionDto[] = typed
      ? bundledConceptGraph()
          .suggest(typed, query.limit)
          .map((s) => ({ id: s.id, labels: { en: s.labels.en, ru: s.labels.ru }, matched: s.matched, mentors: counts.get(s.id) ?? 0 }))
      : this.mostOffered(counts, query.limit);
    return { items };
  }

  /** With nothing typed: the concepts most mentors offer. */
  private mostOffered(counts: Map<string, number>, limit: number): SkillSuggestionDto[] {
    const top = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, limit);
    const refs = conceptRefs(top.map(([id]) => id));
    return refs.map((ref) => ({ ...ref, matched: '', mentors: counts.get(ref.id) ?? 0 }));
  }

  /** The counts: awaited only before the first load; later a stale map is answered while a refresh runs. */
  private async mentorCounts(): Promise<Map<string, number>> {
    const stale = Date.now() - this.countedAt > COUNTS_MAX_AGE_MS;
    if (stale && !this.refreshing) {
      this.refreshing = this.supply.mentorsPerConcept().then(
        (counts) => {
          this.counts = counts;
          this.countedAt = Date.now();
          this.refreshing = null;
          return counts;
        },
        (error: unknown) => {
          this.refreshing = null;
          if (!this.counts) throw error;
          this.logger.warn({ err: error }, 'could not refresh the mentor counts of skills; the previous ones are kept');
          return this.counts;
        },
      );
    }
    return this.counts ?? (await this.refreshing!);
  }
}
