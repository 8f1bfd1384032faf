import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageQueryDto, Trim } from '@app/common';
import { REQUEST_STATUSES, type RequestStatus } from '../mentorship-request.entity.js';
import type { RequestView } from '../requests.repository.js';

export const MESSAGE_MAX = 2000;
export const NOTE_MAX = 2000;

export class CreateRequestDto {
  /** The mentor to ask. */
  @IsUUID('all', { message: 'mentorId must be a UUID' })
  mentorId: string;

  /** What the student wants to learn, 1..2000 characters. */
  @Trim()
  @IsString()
  @Length(1, MESSAGE_MAX)
  message: string;
}

export class UpdateRequestDto {
  /**
   * The new status: `accepted` or `rejected` (the mentor, from pending), `completed` (either party,
   * from accepted), `cancelled` (the student from pending; either party from accepted; an admin from either).
   */
  @IsIn(REQUEST_STATUSES)
  status: RequestStatus;

  /** A note for the other party, up to 2000 characters (replaces the previous note). */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string;
}

export class ListRequestsQueryDto extends PageQueryDto {
  /** Only these statuses, comma-separated, e.g. `pending` or `pending,accepted`. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [...new Set(value.split(',').map((s) => s.trim()))] : value))
  @IsArray()
  @ArrayMaxSize(REQUEST_STATUSES.length)
  @IsIn(REQUEST_STATUSES, { each: true, message: `status must be one of ${REQUEST_STATUSES.join(', ')}` })
  status?: RequestStatus[];
}

export class RequestDto {
  id: string;
  studentId: string;
  studentName: string;
  mentorId: string;
  mentorName: string;
  message: string;
  /** `pending`, `accepted`, `rejected`, `cancelled` or `completed`. */
  status: RequestStatus;
  /** The note sent with the latest transition that had one. */
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** When the mentor accepted or rejected it. */
  respondedAt: Date | null;
  /** When it became rejected, cancelled or completed. */
  closedAt: Date | null;
  /** The statuses the caller may move it to now (empty when there is nothing they can do). */
  allowedTransitions: RequestStatus[];
}

export class RequestPageDto {
  items: RequestDto[];
  nextCursor: string | null;
  total: number;
}

export function toRequestResponse(r: RequestView, allowedTransitions: RequestStatus[]): RequestDto {
  return {
    id: r.id,
    studentId: r.studentId,
    studentName: r.student.name,
    mentorId: r.mentorId,
    mentorName: r.mentor.name,
    message: r.message,
    status: r.status,
    note: r.note,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    respondedAt: r.respondedAt,
    closedAt: r.closedAt,
    allowedTransitions,
  };
}
