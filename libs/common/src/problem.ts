import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROBLEM_CODES } from './problem-codes.js';

/** The statuses of a mentorship request, as the transition problems name them. */
const REQUEST_STATUSES = ['pending', 'accepted', 'rejected', 'cancelled', 'completed', 'expired'];
const COUNT = { type: 'integer', format: 'int32', minimum: 0, maximum: 1_000_000 } as const;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://mentor-match.dev/problems/';

export class FieldErrorDto {
  /** Dotted path of the offending field, e.g. `skills.2`. */
  field: string;
  message: string;
}

/**
 * RFC 9457 problem details, the body of every error response (`application/problem+json`).
 * Branch on `code`; the optional members below come with the codes that name them.
 */
export class ProblemDto {
  /** A URI naming the kind of problem: the base followed by the code in lower case, e.g. `.../problems/validation-failed`. */
  @ApiProperty({ example: `${PROBLEM_TYPE_BASE}validation-failed` })
  type: string;
  /** The HTTP reason phrase of `status`. */
  @ApiProperty({ example: 'Bad Request' })
  title: string;
  @ApiProperty({ example: 400 })
  status: number;
  /** What went wrong, for a human. */
  @ApiProperty({ example: 'The request has invalid fields.' })
  detail: string;
  /** Stable machine-readable code; clients branch on it. */
  @ApiProperty({ enum: Object.keys(PROBLEM_CODES), enumName: 'ProblemCode', example: 'VALIDATION_FAILED' })
  code: string;
  /** The trace id of this request, also in the `x-request-id` response header and the logs. */
  @ApiProperty({ example: '9b2d4f7e-1c3a-4e5b-8f6d-0a1b2c3d4e5f' })
  requestId: string;
  /** Each invalid field (VALIDATION_FAILED, STATS.INVALID_RANGE). */
  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
  /** The current status (REQUEST.INVALID_TRANSITION, REQUEST.TRANSITION_NOT_YOURS). */
  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  from?: string;
  /** The status asked for (REQUEST.INVALID_TRANSITION, REQUEST.TRANSITION_NOT_YOURS). */
  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  to?: string;
  /** The statuses the caller may set from here (REQUEST.INVALID_TRANSITION, REQUEST.TRANSITION_NOT_YOURS). */
  @ApiPropertyOptional({ enum: REQUEST_STATUSES, isArray: true, maxItems: REQUEST_STATUSES.length })
  allowed?: string[];
  /** The mentor's capacity (MENTOR.AT_CAPACITY). */
  @ApiPropertyOptional(COUNT)
  capacity?: number;
  /** Mentees accepted now (MENTOR.AT_CAPACITY, MENTOR.CAPACITY_BELOW_ACTIVE). */
  @ApiPropertyOptional(COUNT)
  activeMentees?: number;
  /** The open request to the same mentor (REQUEST.DUPLICATE_OPEN). */
  @ApiPropertyOptional({ format: 'uuid' })
  openRequestId?: string;
  /** The most allowed (REQUEST.TOO_MANY_PENDING). */
  @ApiPropertyOptional(COUNT)
  limit?: number;
  /** How many there are (REQUEST.TOO_MANY_PENDING). */
  @ApiPropertyOptional(COUNT)
  pending?: number;
  /** The request's status (REQUEST.THREAD_CLOSED). */
  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  requestStatus?: string;
}
