import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '@app/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { NOTIFICATION_TYPES, type NotificationEntity, type NotificationType } from '../notification.entity.js';

const bool = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class ListNotificationsQueryDto extends PageQueryDto {
  /** Only notifications not yet marked read. */
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  unread?: boolean;
}

/** The status changes of a request: their `data` is RequestNotificationDataDto. */
const REQUEST_TYPES: NotificationType[] = ['request.created', 'request.accepted', 'request.rejected', 'request.cancelled', 'request.completed'];
/** The other kinds (reminders, thread messages, freed places, expiry): `data` is documented per type in docs/. */
const OTHER_TYPES = NOTIFICATION_TYPES.filter((t) => !REQUEST_TYPES.includes(t) && t !== 'rating.created');

/** `data` of the `request.*` notifications. */
export class RequestNotificationDataDto {
  requestId: string;
  /** The request's status after the change. */
  @ApiProperty({ enum: ['pending', 'accepted', 'rejected', 'cancelled', 'completed'] })
  status: string;
  studentId: string;
  studentName: string;
  mentorId: string;
  mentorName: string;
  /** Who made the change. */
  @ApiProperty({ enum: ['student', 'mentor', 'admin'] })
  by: string;
  /** The start of the student's message (`request.created` only). */
  message?: string;
  /** The note given with the change (other types). */
  @ApiPropertyOptional({ type: String, nullable: true })
  note?: string | null;
}

/** `data` of `rating.created`. */
export class RatingNotificationDataDto {
  ratingId: string;
  studentId: string;
  /** 1..5 */
  score: number;
  @ApiProperty({ type: String, nullable: true })
  comment: string | null;
  /** The score this rating replaced, or null for a first rating. */
  @ApiProperty({ type: Number, nullable: true })
  previousScore: number | null;
  replaced: boolean;
}

class NotificationBaseDto {
  id: string;
  /** The SSE event id: increases with every notification of the account (send it back as Last-Event-ID). */
  eventId: string;
  createdAt: Date;
  /** When the recipient marked it read; null while unread. */
  @ApiProperty({ type: Date, nullable: true })
  readAt: Date | null;
}

/** A mentorship request was created or changed status. */
export class RequestNotificationDto extends NotificationBaseDto {
  @ApiProperty({ enum: REQUEST_TYPES })
  type: NotificationType;
  data: RequestNotificationDataDto;
}

/** A student rated the mentor. */
export class RatingNotificationDto extends NotificationBaseDto {
  @ApiProperty({ enum: ['rating.created'] })
  type: NotificationType;
  data: RatingNotificationDataDto;
}

/** Reminders, thread messages, freed places, expiry: `data` carries at least the ids it is about. */
export class OtherNotificationDto extends NotificationBaseDto {
  @ApiProperty({ enum: OTHER_TYPES })
  type: NotificationType;
  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;
}

/** A notification: the shape of `data` follows `type` (the OpenAPI schema is a union discriminated by `type`). */
export type NotificationDto = NotificationBaseDto & { type: NotificationType; data: Record<string, unknown> };

/** The OpenAPI schema of one notification: a union discriminated by `type`. */
export const NOTIFICATION_SCHEMA = {
  oneOf: [{ $ref: getSchemaPath(RequestNotificationDto) }, { $ref: getSchemaPath(RatingNotificationDto) }, { $ref: getSchemaPath(OtherNotificationDto) }],
  discriminator: {
    propertyName: 'type',
    mapping: Object.fromEntries(
      NOTIFICATION_TYPES.map((t) => [t, getSchemaPath(REQUEST_TYPES.includes(t) ? RequestNotificationDto : t === 'rating.created' ? RatingNotificationDto : OtherNotificationDto)]),
    ),
  },
};

@ApiExtraModels(RequestNotificationDto, RatingNotificationDto, OtherNotificationDto)
export class NotificationPageDto {
  @ApiProperty({ type: 'array', items: NOTIFICATION_SCHEMA })
  items: NotificationDto[];
  @ApiProperty({ type: String, nullable: true })
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
