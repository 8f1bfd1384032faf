import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { badRequest, DomainError, ProblemDto, unauthorized } from '@app/common';
import { uuidPipe } from '../http/uuid.pipe.js';
import { ListNotificationsQueryDto, NotificationDto, NotificationPageDto, ReadAllDto, StreamQueryDto, StreamTicketDto } from './dto/notification.dto.js';
import { NotificationStreams } from './notification-streams.js';
import { NotificationsService } from './notifications.service.js';

function parseLastEventId(header: string | undefined): string | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (!/^\d{1,18}$/.test(value)) throw badRequest('INVALID_LAST_EVENT_ID', 'Last-Event-ID must be an event id from this stream.');
  return value;
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly streams: NotificationStreams,
  ) {}

  /** The inbox of the signed-in account, newest first; `?unread=true` for unread only; `unread` counts all unread ones. */
  @Get()
  @Authenticated()
  inbox(@Query() query: ListNotificationsQueryDto, @CurrentAccount() me: Principal): Promise<NotificationPageDto> {
    return this.notifications.inbox(me, query);
  }

  /**
   * A one-time ticket (valid 60 s, on any replica) that opens the stream without an
   * Authorization header, as a browser EventSource needs: `new EventSource('/api/notifications/stream?ticket=...')`.
   */
  @Post('ticket')
  @Authenticated()
  @ApiResponse({ status: 429, description: 'More than STREAM_TICKETS_PER_MINUTE tickets this minute', type: ProblemDto })
  ticket(@CurrentAccount() me: Principal): Promise<StreamTicketDto> {
    return this.notifications.issueTicket(me);
  }

  /** Marks every notification of the signed-in account read. */
  @Post('read-all')
  @HttpCode(200)
  @Authenticated()
  readAll(@CurrentAccount() me: Principal): Promise<ReadAllDto> {
    return this.notifications.markAllRead(me);
  }

  /** Marks one of your notifications read (idempotent). */
  @Post(':id/read')
  @HttpCode(200)
  @Authenticated()
  @ApiResponse({ status: 404, description: 'No notification of yours has this id', type: ProblemDto })
  read(@Param('id', uuidPipe) id: string, @CurrentAccount() me: Principal): Promise<NotificationDto> {
    return this.notifications.markRead(me, id);
  }

  /**
   * Server-Sent Events with the signed-in account's notifications. Authenticate with
   * `Authorization: Bearer` or `?ticket=`. Every notification is a `message` event whose `id` is
   * its event id and whose data is the notification JSON; the first event, `ready`, carries the
   * starting id. Reconnect with `Last-Event-ID` (EventSource does) to get what was missed.
   * Comment lines are sent as heartbeats.
   */
  @Get('stream')
  @Public({ optionalAuth: true })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Replay the notifications after this event id' })
  @ApiOkResponse({ description: 'An endless event stream', content: { 'text/event-stream': { schema: { type: 'string', example: 'id: 42\ndata: {"eventId":"42","type":"request.created",...}\n\n' } } } })
  @ApiResponse({ status: 401, description: 'No valid token or ticket', type: ProblemDto })
  @ApiResponse({ status: 503, description: 'This replica is shutting down; reconnect', type: ProblemDto })
  async stream(
    @Query() query: StreamQueryDto,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @CurrentAccount() viewer: Principal | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const lastEventId = parseLastEventId(lastEventIdHeader) ?? query.lastEventId;
    if (this.streams.isClosing) throw new DomainError(503, 'SHUTTING_DOWN', 'This instance is shutting down; reconnect.');
    const account = viewer ?? (query.ticket ? await this.notifications.redeemTicket(query.ticket) : null);
    if (!account) {
      throw query.ticket
        ? unauthorized('NOTIFICATIONS.INVALID_TICKET', 'The ticket is unknown, expired or already used; get a new one from POST /api/notifications/ticket.')
        : unauthorized('AUTH.INVALID_TOKEN', 'Send Authorization: Bearer <token> or ?ticket= from POST /api/notifications/ticket.');
    }
    const headers = Object.fromEntries(Object.entries(reply.getHeaders()).map(([k, v]) => [k, String(v)]));
    reply.hijack();
    await this.streams.open(account, reply.raw, headers, lastEventId);
  }
}
