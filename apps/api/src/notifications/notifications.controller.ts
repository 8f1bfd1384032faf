import { Controller, Get, Headers, HttpCode, Optional, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessRevocations, Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { badRequest, ApiProblem, unauthorized } from '@app/common';
import { uuidPipe } from '../http/uuid.pipe.js';
import { ListNotificationsQueryDto, NotificationDto, NotificationPageDto, NOTIFICATION_SCHEMA, OtherNotificationDto, RatingNotificationDto, ReadAllDto, RequestNotificationDto, StreamQueryDto, StreamTicketDto } from './dto/notification.dto.js';
import { NotificationStreams } from './notification-streams.js';
import { NotificationsService } from './notifications.service.js';
import { setStreamCookie, streamCookieOf } from './stream-cookie.js';

/** The headers set so far (CORS, request id), for a reply written by hand. */
const stringHeaders = (reply: FastifyReply): Record<string, string> => Object.fromEntries(Object.entries(reply.getHeaders()).map(([k, v]) => [k, String(v)]));

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
    @Optional() private readonly revocations?: AccessRevocations,
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
  @ApiProblem('RATE_LIMITED')
  ticket(@CurrentAccount() me: Principal): Promise<StreamTicketDto> {
    return this.notifications.issueTicket(me);
  }

  /**
   * For browsers: sets the `mm_stream` cookie (httpOnly, Secure, SameSite=Strict, path
   * /api/notifications/stream) that opens the stream and reopens it after a dropped connection or a
   * restart, so `new EventSource(url, { withCredentials: true })` needs no ticket and no code to
   * reconnect. Call it with `credentials: 'include'`. The cookie stays valid while a stream it
   * opened is open and 120 s after, at most 12 h.
   */
  @Post('stream-cookie')
  @HttpCode(204)
  @Authenticated()
  async streamCookie(@CurrentAccount() me: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    setStreamCookie(reply, await this.notifications.issueStreamCookie(me));
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
  @ApiOkResponse({ schema: NOTIFICATION_SCHEMA })
  @Authenticated()
  @ApiProblem('NOTIFICATION.NOT_FOUND')
  read(@Param('id', uuidPipe) id: string, @CurrentAccount() me: Principal): Promise<NotificationDto> {
    return this.notifications.markRead(me, id);
  }

  /**
   * Server-Sent Events with the signed-in account's notifications. Authenticate with
   * `Authorization: Bearer`, `?ticket=` (one use) or the `mm_stream` cookie from
   * POST /api/notifications/stream-cookie (browsers: reconnects by itself). Every notification is a `message` event whose `id` is
   * its event id and whose data is the notification JSON; the first event, `ready`, carries the
   * starting id. Reconnect with `Last-Event-ID` (EventSource does) to get what was missed.
   * Comment lines are sent as heartbeats.
   */
  @Get('stream')
  @Public({ optionalAuth: true })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Replay the notifications after this event id' })
  @ApiOkResponse({
    description:
      'An endless `text/event-stream`. Events: `ready` once at the start (`id` = the starting event id, data `{"lastEventId":"41"}`); ' +
      'then one default (`message`) event per notification, `id` = its `eventId`, data = the notification JSON (schema `RequestNotificationDto` or ' +
      '`RatingNotificationDto`, by `type`); `: heartbeat` comments every SSE_HEARTBEAT_SECONDS; `retry:` lines set the reconnect delay. ' +
      'An EventSource reconnects by itself and sends `Last-Event-ID`, which replays what it missed, exactly once.',
    content: {
      'text/event-stream': {
        schema: { type: 'string' },
        example: 'retry: 2000\n\nevent: ready\nid: 41\ndata: {"lastEventId":"41"}\n\nid: 42\ndata: {"id":"5d0e…","eventId":"42","type":"request.created","data":{"requestId":"…","status":"pending"},"createdAt":"2026-01-01T00:00:00.000Z","readAt":null}\n\n',
      },
    },
  })
  @ApiExtraModels(RequestNotificationDto, RatingNotificationDto, OtherNotificationDto)
  async stream(
    @Query() query: StreamQueryDto,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @CurrentAccount() viewer: Principal | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const lastEventId = parseLastEventId(lastEventIdHeader) ?? query.lastEventId;
    if (this.streams.isClosing) {
      // Not a 503: an EventSource gives up for good on an error status. An empty stream that
      // ends at once makes it retry in a second, by when another replica (or this one restarted) answers.
      reply.raw.writeHead(200, { ...stringHeaders(reply), 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
      reply.raw.end('retry: 1000\n\n');
      reply.hijack();
      return;
    }
    const cookie = viewer || query.ticket ? undefined : streamCookieOf(request);
    const fromCookie = cookie ? await this.notifications.redeemStreamCookie(cookie) : null;
    const account = viewer ?? (query.ticket ? await this.notifications.redeemTicket(query.ticket) : fromCookie?.account);
    if (!account || this.revocations?.isRevoked(account.id)) {
      throw query.ticket
        ? unauthorized('NOTIFICATIONS.INVALID_TICKET', 'The ticket is unknown, expired or already used; get a new one from POST /api/notifications/ticket.')
        : unauthorized('AUTH.INVALID_TOKEN', 'Send Authorization: Bearer <token>, ?ticket= from POST /api/notifications/ticket, or the cookie from POST /api/notifications/stream-cookie.');
    }
    const headers = stringHeaders(reply);
    reply.hijack();
    await this.streams.open(account, reply.raw, headers, lastEventId, fromCookie?.credential);
  }
}
