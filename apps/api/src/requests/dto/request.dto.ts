import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageQueryDto, Trim } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLOSE_REASONS, type CloseReason, REQUEST_STATUSES, type RequestStatus } from '../mentorship-request.entity.js';
import { AUTHOR_ROLES, type AuthorRole, type RequestMessageEntity } from '../request-message.entity.js';
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

  /** A note for the other party, up to 2000 characters: it becomes a message of the request's thread. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string;

  /** Why, when rejecting or cancelling (refused with any other status). */
  @ApiPropertyOptional({ enum: CLOSE_REASONS })
  @IsOptional()
  @IsIn(CLOSE_REASONS, { message: `reason must be one of ${CLOSE_REASONS.join(', ')}` })
  reason?: CloseReason;
}

export const MESSAGE_BODY_MAX = 4000;

export class PostMessageDto {
  /** The message, 1..4000 characters (trimmed). */
  @Trim()
  @IsString()
  @Length(1, MESSAGE_BODY_MAX)
  body: string;
}

export class TransitionDto {
  /** The state before (null for the creation of the request). */
  @ApiProperty({ enum: REQUEST_STATUSES, nullable: true, type: String })
  from: RequestStatus | null;
  @ApiProperty({ enum: REQUEST_STATUSES })
  to: RequestStatus;
  @ApiProperty({ enum: CLOSE_REASONS, nullable: true, type: String })
  reason: CloseReason | null;
}

/** An entry of a request's thread: a message, a transition with its note, or a transition alone. */
export class RequestMessageDto {
  id: string;
  /** The account that wrote it; null for the system (expiry, account deletion). */
  authorId: string | null;
  @ApiProperty({ enum: AUTHOR_ROLES })
  authorRole: AuthorRole;
  body: string | null;
  /** The transition this entry records, if any. */
  transition: TransitionDto | null;
  createdAt: Date;
}

export class RequestMessagePageDto {
  items: RequestMessageDto[];
  nextCursor: string | null;
  total: number;
}

/** Who moved the request to which state, when, with which note. */
export class RequestHistoryEntryDto {
  @ApiProperty({ enum: AUTHOR_ROLES })
  byRole: AuthorRole;
  byId: string | null;
  @ApiProperty({ enum: REQUEST_STATUSES, nullable: true, type: String })
  from: RequestStatus | null;
  @ApiProperty({ enum: REQUEST_STATUSES })
  to: RequestStatus;
  @ApiProperty({ enum: CLOSE_REASONS, nullable: true, type: String })
  reason: CloseReason | null;
  note: string | null;
  at: Date;
}

export function toRequestMessageResponse(m: RequestMessageEntity): RequestMessageDto {
  return {
    id: m.id,
    authorId: m.authorId,
    authorRole: m.authorRole,
    body: m.body,
    transition: m.toStatus ? { from: m.fromStatus, to: m.toStatus, reason: m.reason } : null,
    createdAt: m.createdAt,
  };
}

export function toHistoryEntry(m: RequestMessageEntity): RequestHistoryEntryDto {
  return { byRole: m.authorRole, byId: m.authorId, from: m.fromStatus, to: m.toStatus!, reason: m.reason, note: m.body, at: m.createdAt };
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

/** What a mentor sees of the student on a request (the full profile: GET /api/students/{id}). */
export class StudentSummaryDto {
  id: string;
  name: string;
  about: string;
  interests: string[];
}

/** What a student sees of the mentor on a request. */
export class MentorSummaryDto {
  id: string;
  name: string;
  expertise: string;
  skills: string[];
  rating: { average: number | null; count: number };
}

export class RequestDto {
  id: string;
  studentId: string;
  studentName: string;
  mentorId: string;
  mentorName: string;
  student: StudentSummaryDto;
  mentor: MentorSummaryDto;
  message: string;
  /** `pending`, `accepted`, `rejected`, `cancelled`, `completed` or `expired`. */
  @ApiProperty({ enum: REQUEST_STATUSES })
  status: RequestStatus;
  /** The note sent with the latest transition that had one (every note stays in the thread). */
  note: string | null;
  /** Why it was rejected or cancelled, when the closer said. */
  @ApiProperty({ enum: CLOSE_REASONS, nullable: true, type: String })
  closeReason: CloseReason | null;
  /** When a pending request expires unless the mentor answers; null once answered or closed. */
  expiresAt: Date | null;
  /** Thread entries from the other party (or the system) the caller has not read yet; 0 for admins. */
  unreadMessages: number;
  /** Who moved it to which state, when, with which note (the single request only). */
  history?: RequestHistoryEntryDto[];
  createdAt: Date;
  updatedAt: Date;
  /** When the mentor accepted or rejected it. */
  respondedAt: Date | null;
  /** When it became rejected, cancelled, completed or expired. */
  closedAt: Date | null;
  /** The statuses the caller may move it to now (empty when there is nothing they can do). */
  @ApiProperty({ enum: REQUEST_STATUSES, isArray: true })
  allowedTransitions: RequestStatus[];
}

export class RequestPageDto {
  items: RequestDto[];
  nextCursor: string | null;
  total: number;
}

export interface RequestExtras {
  allowedTransitions: RequestStatus[];
  ttlMs: number;
  unreadMessages: number;
  history?: RequestHistoryEntryDto[];
}

export function toRequestResponse(r: RequestView, extras: RequestExtras): RequestDto {
  const { student: s, mentor: m } = r;
  return {
    id: r.id,
    studentId: r.studentId,
    studentName: s.name,
    mentorId: r.mentorId,
    mentorName: m.name,
    student: { id: s.id, name: s.name, about: s.about, interests: s.interests },
    mentor: { id: m.id, name: m.name, expertise: m.expertise, skills: m.skills, rating: { average: m.ratingCount > 0 ? Math.round((m.ratingSum / m.ratingCount) * 100) / 100 : null, count: m.ratingCount } },
    message: r.message,
    status: r.status,
    note: r.note,
    closeReason: r.closeReason,
    expiresAt: r.status === 'pending' ? new Date(r.createdAt.getTime() + extras.ttlMs) : null,
    unreadMessages: extras.unreadMessages,
    ...(extras.history ? { history: extras.history } : {}),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    respondedAt: r.respondedAt,
    closedAt: r.closedAt,
    allowedTransitions: extras.allowedTransitions,
  };
}
