import { ApiProperty } from '@nestjs/swagger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://mentor-match.dev/problems/';

export class FieldErrorDto {
  /** Dotted path of the offending field, e.g. `skills.2`. */
  field: string;
  message: string;
}

/** RFC 9457 problem details, the body of every error response. */
export class ProblemDto {
  /** A URI naming the kind of problem. */
  @ApiProperty({ example: `${PROBLEM_TYPE_BASE}validation` })
  type: string;
  @ApiProperty({ example: 'Bad Request' })
  title: string;
  @ApiProperty({ example: 400 })
  status: number;
  detail: string;
  /** Stable machine-readable code, e.g. `REQUEST.INVALID_TRANSITION`. */
  code: string;
  /** The request id, also in the `x-request-id` response header and the logs. */
  requestId: string;
  /** Present on validation problems. */
  errors?: FieldErrorDto[];
}
