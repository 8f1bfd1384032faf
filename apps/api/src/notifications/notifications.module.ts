import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/auth.module.js';
import { NotificationStreams } from './notification-streams.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { Notifier } from './notifier.js';
import { RatingNotifier } from '../ratings/rating-notifier.js';
import { NotifierRatingNotifier } from './rating-notifier.provider.js';
import { StreamTicketsRepository } from './stream-tickets.repository.js';

/**
 * Notifications: the inbox, the live SSE stream, and `Notifier`, the writer other features call
 * inside their transactions (import this module to inject it).
 */
@Module({
  imports: [SessionsModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, StreamTicketsRepository, NotificationStreams, NotificationsService, Notifier, { provide: RatingNotifier, useClass: NotifierRatingNotifier }],
  exports: [Notifier, NotificationStreams, NotificationsService, RatingNotifier],
})
export class NotificationsModule {}
