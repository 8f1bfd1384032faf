import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventBus, notificationChannel } from '@app/events';
import { AfterCommit } from '../database/after-commit.js';
import { Metrics } from '../metrics/metrics.service.js';
import { type NotificationDto, toNotificationResponse } from './dto/notification.dto.js';
import type { NotificationType } from './notification.entity.js';
import { NotificationStreams } from './notification-streams.js';
import { NotificationsRepository } from './notifications.repository.js';

export interface NotifyInput {
  recipientId: string;
  type: NotificationType;
  /** Shown to the recipient as is (JSON): ids, names, status, a short text. */
  data: Record<string, unknown>;
  /**
   * Replace instead of add: the recipient's newest notification of this type whose data contains
   * `match`, if written in the last `withinSeconds`, is rewritten (new data, a new event id, unread
   * again) rather than a new one added. A burst of changes to one thing is one notification.
   */
  coalesce?: { match: Record<string, unknown>; withinSeconds: number };
}

/** What travels on the bus: the notification as the client sees it, plus its recipient. */
export type NotificationEvent = NotificationDto & { recipientId: string };

/**
 * The notification writer for every feature. Inside your transaction:
 *
 * ```ts
 * await this.notifier.notify(manager, { recipientId: mentorId, type: 'rating.created', data: { ... } });
 * ```
 *
 * The row is written with `manager` (so it commits or rolls back with your change) and, once the
 * transaction commits, it is published on the recipient's channel and pushed to their live
 * streams on every replica. Call it last in the transaction: it takes a per-recipient lock that
 * is held until commit. If Redis is down the notification is still stored and reaches the
 * client on reconnect or when Redis returns.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly afterCommit: AfterCommit,
    private readonly bus: EventBus,
    private readonly streams: NotificationStreams,
    private readonly metrics: Metrics,
  ) {}

  async notify(manager: EntityManager, input: NotifyInput): Promise<NotificationDto> {
    const [stored] = await this.notifyAll(manager, [input]);
    return stored!;
  }

  /** Several notifications in one transaction (recipients are locked in id order: no deadlocks). */
  async notifyAll(manager: EntityManager, inputs: NotifyInput[]): Promise<NotificationDto[]> {
    const recipients = [...new Set(inputs.map((i) => i.recipientId))].sort();
    for (const recipientId of recipients) await this.notifications.lockRecipient(manager, recipientId);
    const stored: NotificationDto[] = [];
    for (const input of inputs) {
      const replaced = input.coalesce && input.coalesce.withinSeconds > 0 ? await this.notifications.replaceRecent(manager, input, input.coalesce.match, input.coalesce.withinSeconds) : null;
      const dto = toNotificationResponse(replaced ?? (await this.notifications.insert(manager, input)));
      stored.push(dto);
      this.afterCommit.run(manager, () => this.publish({ ...dto, recipientId: input.recipientId }));
    }
    return stored;
  }

  private publish(event: NotificationEvent): void {
    // Streams on this replica are woken directly (no round trip, and it works with Redis down);
    // the copy that comes back from Redis is then recognised as already sent.
    this.streams.wakeAccount(event.recipientId, event.eventId);
    void this.bus.publish(notificationChannel(event.recipientId), event).then((sent) => {
      if (sent) this.metrics.notificationsPublished.inc();
    });
  }
}
