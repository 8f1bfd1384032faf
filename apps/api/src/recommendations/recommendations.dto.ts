import { ApiProperty } from '@nestjs/swagger';
import { PageQueryDto } from '@app/common';
import { MentorDto } from '../mentors/dto/mentor.dto.js';
import { MentorRelationDto } from '../relationships/relationships.service.js';
import { ConceptRefDto } from '../skills/dto/concept-ref.dto.js';

export class RecommendedQueryDto extends PageQueryDto {}

/** Why a mentor is recommended: a concept they offer, and the student's interest or past request it answers. */
export class RecommendationReasonDto {
  /** The mentor's concept. */
  concept: ConceptRefDto;
  /** The student's concept it came from: the same one, a broader one (React for an interest in frontend) or a related one. */
  because: ConceptRefDto;
  /** `interest`: from the student's interests; `request`: from the skills of mentors they asked before. */
  @ApiProperty({ enum: ['interest', 'request'] })
  source: 'interest' | 'request';
}

export class RecommendedMentorDto {
  mentor: MentorDto;
  /** Sum of the weights of the matched concepts (a concept named by the student 1, by a past request 0.5; narrower ×0.6, related ×0.4); comparable within one list. */
  score: number;
  /** Ids of the mentor's concepts that matched, strongest first (like a search hit's `matched`). */
  matched: string[];
  /** The strongest reasons, at most three. */
  @ApiProperty({ type: [RecommendationReasonDto], maxItems: 3 })
  reasons: RecommendationReasonDto[];
  /** The signed-in student's relation to this mentor (rating, favourite; never an open request: those mentors are left out). */
  relation?: MentorRelationDto;
}

export class RecommendedPageDto {
  items: RecommendedMentorDto[];
  nextCursor: string | null;
}
