import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '@app/common';
import { type NotificationEntity, type NotificationType } from '../notification.entity.js';

const bool = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class ListNotificationsQueryDto extends PageQueryDto {
  /** Only notifications not yet marked read. */
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  id: string;
  /** The SSE event id: increases with every notification of the account (send it back as Last-Event-ID). */
  eventId: string;
  /**
   * One of `request.created`, `request.accepted`, `request.rejected`, `request.cancelled`,
   * `request.completed`, `request.expired`, `request.reminder`, `request.message`, `rating.created`,
   * `mentor.available`.
   */
  type: NotificationType;
  /** What happened, e.g. `{ requestId, status, studentId, studentName, mentorId, mentorName, note }`. */
  data: Record<string, unknown>;
  createdAt: Date;
  /** When the recipient marked it read; null while unread. */
  readAt: Date | null;
}

export class NotificationPageDto {
  items: NotificationDto[];
  nextCursor: string | null;
  total: number;
  /** Unread notifications of the account (all of them, not only this page). */
  unread: number;
}

export class ReadAllDto {
  /** How many notifications were marked read by this call. */
  marked: number;
  /** Unread notifications left (0). */
  unread: number;
}

export class StreamTicketDto {
  /** Pass as `?ticket=` to `GET /api/notifications/stream`. Works once, on any replica. */
  ticket: string;
  /** Seconds until the ticket expires. */
  expiresIn: number;
  expiresAt: Date;
}

export class StreamQueryDto {
  /** A one-time ticket from `POST /api/notifications/ticket` (for EventSource, which cannot send headers). */
  @IsOptional()
  @IsString()
  @MaxLength(128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'ticket must be a ticket from POST /api/notifications/ticket' })
  ticket?: string;

  /** Same as the Last-Event-ID header (which wins when both are sent): replay what came after it. */
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'lastEventId must be an event id from this stream' })
  lastEventId?: string;
}


export function toNotificationResponse(n: NotificationEntity): NotificationDto {
  return { id: n.id, eventId: String(n.seq), type: n.type, data: n.data, createdAt: n.createdAt, readAt: n.readAt };
}
