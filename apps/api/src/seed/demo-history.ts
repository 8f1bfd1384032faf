import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '@app/auth';
import { DomainError } from '@app/common';
import { AppConfig } from '@app/config';
import { Transactions } from '../database/transactions.js';
import { RatingsService } from '../ratings/ratings.service.js';
import { RequestExpiry } from '../requests/request-expiry.js';
import { RequestThreadService } from '../requests/request-thread.service.js';
import { RequestsService } from '../requests/requests.service.js';
import { SearchDemandService } from '../stats/search-demand.service.js';
import { type DemoStory, demoSearchDemand, demoStories } from './demo-stories.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** When each step of a story happened. */
interface Timeline {
  sent: Date;
  answered: Date;
  closed: Date;
}

function timelineOf(story: DemoStory, now: number): Timeline {
  const sent = now - story.daysAgo * DAY;
  const answered = Math.min(sent + story.answerHours * HOUR, now - HOUR / 2);
  const closedAt = story.end === 'rejected' ? answered : story.end === 'cancelled-pending' ? sent + (answered - sent) / 2 : answered + story.closeDays * DAY;
  const closed = Math.max(Math.min(closedAt, now - HOUR / 4), answered);
  return { sent: new Date(sent), answered: new Date(answered), closed: new Date(closed) };
}

/**
 * Plays the demo's history through the services that serve the API (so every rule holds: pending
 * limit, one open request per pair, capacity, who may rate), then moves each story's timestamps
 * into the past, so that the statistics, the dashboards and the inbox show about 90 days of use.
 * A story the rules refuse (a mentor not accepting, at capacity) is skipped.
 */
@Injectable()
export class DemoHistory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly requests: RequestsService,
    private readonly thread: RequestThreadService,
    private readonly expiry: RequestExpiry,
    private readonly ratings: RatingsService,
    private readonly searchDemand: SearchDemandService,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many stories were played. */
  async play(studentIds: readonly string[], mentorIds: readonly string[], skillsOnOffer: readonly string[]): Promise<{ played: number; skipped: number }> {
    const now = Date.now();
    let played = 0;
    let skipped = 0;
    for (const story of demoStories(studentIds.length, mentorIds.length)) {
      const student: Principal = { id: studentIds[story.student]!, role: 'student' };
      const mentor: Principal = { id: mentorIds[story.mentor]!, role: 'mentor' };
      if (await this.playOne(story, student, mentor, timelineOf(story, now))) played++;
      else skipped++;
    }
    await this.expireOldPending();
    for (const { daysAgo, counts } of demoSearchDemand(skillsOnOffer)) {
      const at = new Date(now - daysAgo * DAY);
      for (const [skill, n] of counts) for (let i = 0; i < n; i++) this.searchDemand.record([skill], at);
    }
    await this.searchDemand.flush();
    // What is older than two days has been read; the rest waits in the inbox.
    await this.dataSource.query(`UPDATE notifications SET read_at = created_at + interval '2 hours' WHERE read_at IS NULL AND created_at < now() - interval '2 days'`);
    // People signed up over the last 90 days, each before their first request (admins stay as they are).
    await this.dataSource.query(`
      UPDATE accounts a
         SET created_at = LEAST(a.created_at, f.first - interval '1 day', now() - (abs(hashtext(a.id::text)) % 90) * interval '1 day')
        FROM (SELECT a2.id, min(r.created_at) AS first
                FROM accounts a2 LEFT JOIN mentorship_requests r ON r.student_id = a2.id OR r.mentor_id = a2.id
               WHERE a2.kind <> 'admin'
               GROUP BY a2.id) f
       WHERE f.id = a.id`);
    return { played, skipped };
  }

  private async playOne(story: DemoStory, student: Principal, mentor: Principal, when: Timeline): Promise<boolean> {
    let requestId: string | undefined;
    try {
      requestId = (await this.requests.create(student, { mentorId: mentor.id, message: story.message })).id;
      const move = (by: Principal, status: 'accepted' | 'rejected' | 'cancelled' | 'completed', note?: string | null) =>
        this.requests.transition(by, requestId!, { status, ...(note ? { note } : {}), ...(story.reason && (status === 'rejected' || status === 'cancelled') ? { reason: story.reason } : {}) });
      if (story.end === 'rejected') await move(mentor, 'rejected', story.note);
      if (story.end === 'cancelled-pending') await move(student, 'cancelled');
      if (story.end === 'accepted' || story.end === 'cancelled-accepted' || story.end === 'completed') await move(mentor, 'accepted', story.note);
      for (const [i, body] of story.conversation.entries()) await this.thread.post(i % 2 === 0 ? student : mentor, requestId, { body });
      if (story.end === 'cancelled-accepted') await move(student, 'cancelled');
      if (story.end === 'completed') await move(student, 'completed', story.note);
      if (story.rating !== null) await this.ratings.rate(mentor.id, student, { score: story.rating, comment: story.rating >= 4 ? 'Очень помог, рекомендую!' : undefined });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      // A rule said no: withdraw what was sent, so no half-played story stays open.
      if (requestId) await this.requests.transition(student, requestId, { status: 'cancelled' }).catch(() => undefined);
      return false;
    }
    await this.backdate(requestId, student.id, mentor.id, when);
    return true;
  }

  /**
   * Runs the expiry job once (it expires the requests left pending past the TTL and reminds the
   * mentors of those past half of it), then dates what it did to when it would have happened.
   */
  private async expireOldPending(): Promise<void> {
    await this.expiry.sweep();
    const ttl = `${this.config.REQUEST_TTL_DAYS} days`;
    await this.transactions.run(async (manager) => {
      await manager.query(`UPDATE mentorship_requests SET closed_at = created_at + $1::interval, updated_at = created_at + $1::interval WHERE status = 'expired'`, [ttl]);
      await manager.query(`UPDATE mentorship_requests SET reminded_at = created_at + $1::interval / 2 WHERE reminded_at IS NOT NULL`, [ttl]);
      await manager.query(
        `UPDATE request_messages m SET created_at = r.created_at + $1::interval FROM mentorship_requests r WHERE m.request_id = r.id AND m.to_status = 'expired'`,
        [ttl],
      );
      await manager.query(
        `UPDATE notifications n
            SET created_at = r.created_at + CASE n.type WHEN 'request.expired' THEN $1::interval ELSE $1::interval / 2 END
           FROM mentorship_requests r
          WHERE n.type IN ('request.expired', 'request.reminder') AND n.data->>'requestId' = r.id::text`,
        [ttl],
      );
    });
  }

  private async backdate(requestId: string, studentId: string, mentorId: string, { sent, answered, closed }: Timeline): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.query(
        `UPDATE mentorship_requests
            SET created_at = $2,
                responded_at = CASE WHEN responded_at IS NULL THEN NULL ELSE $3::timestamptz END,
                closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE $4::timestamptz END,
                updated_at = CASE WHEN closed_at IS NOT NULL THEN $4::timestamptz WHEN responded_at IS NOT NULL THEN $3::timestamptz ELSE $2::timestamptz END
          WHERE id = $1`,
        [requestId, sent, answered, closed],
      );
      await manager.query(
        `UPDATE notifications
            SET created_at = CASE type WHEN 'request.created' THEN $2::timestamptz
                                       WHEN 'request.accepted' THEN $3::timestamptz
                                       WHEN 'request.rejected' THEN $3::timestamptz
                                       ELSE $4::timestamptz END
          WHERE data->>'requestId' = $1 AND type <> 'request.message'`,
        [requestId, sent, answered, closed],
      );
      // The thread: its entries at their steps, the plain messages spread between answer and close.
      await manager.query(
        `UPDATE request_messages
            SET created_at = CASE WHEN to_status = 'pending' THEN $2::timestamptz
                                  WHEN to_status IN ('accepted', 'rejected') THEN $3::timestamptz
                                  ELSE $4::timestamptz END
          WHERE request_id = $1 AND to_status IS NOT NULL`,
        [requestId, sent, answered, closed],
      );
      await manager.query(
        `WITH plain AS (SELECT id, row_number() OVER (ORDER BY seq) AS i, count(*) OVER () AS n FROM request_messages WHERE request_id = $1 AND to_status IS NULL)
         UPDATE request_messages m SET created_at = $2::timestamptz + ($3::timestamptz - $2::timestamptz) * (plain.i::float8 / (plain.n + 1))
           FROM plain WHERE m.id = plain.id`,
        [requestId, answered, closed],
      );
      await manager.query(
        `UPDATE notifications n SET created_at = m.created_at FROM request_messages m
          WHERE n.type = 'request.message' AND m.request_id = $1 AND n.data->>'messageId' = m.id::text`,
        [requestId],
      );
      const rated = new Date(closed.getTime() + HOUR);
      const ratings: { id: string }[] = await manager.query(`UPDATE ratings SET created_at = $3, updated_at = $3 WHERE mentor_id = $1 AND student_id = $2 RETURNING id`, [mentorId, studentId, rated]);
      if (ratings[0]) await manager.query(`UPDATE notifications SET created_at = $2 WHERE data->>'ratingId' = $1`, [ratings[0].id, rated]);
    });
  }
}
