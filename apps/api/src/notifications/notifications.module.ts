import { Module } from '@nestjs/common';
import { AfterCommit } from './after-commit.js';
import { NotificationStreams } from './notification-streams.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { Notifier } from './notifier.js';
import { StreamTicketsRepository } from './stream-tickets.repository.js';

/**
 * Notifications: the inbox, the live SSE stream, and `Notifier`, the writer other features call
 * inside their transactions (import this module to inject it).
 */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsRepository, StreamTicketsRepository, AfterCommit, NotificationStreams, NotificationsService, Notifier],
  exports: [Notifier, NotificationStreams],
})
export class NotificationsModule {}
