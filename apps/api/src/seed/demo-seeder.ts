import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AccountsService } from '../accounts/accounts.service.js';
import { AdminService } from '../admin/admin.service.js';
import { DatabaseInfo } from '../database/database-info.js';
import { SearchIndexSync } from '../search/search-index.sync.js';
import { MentorsService } from '../mentors/mentors.service.js';
import { StudentsService } from '../students/students.service.js';
import { DEMO_ADMIN_EMAIL, DEMO_MENTOR_EMAIL, DEMO_PASSWORD, DEMO_STUDENT_EMAIL, demoMentors, demoStudents } from './demo-data.js';
import { DemoHistory } from './demo-history.js';

/**
 * Fills an empty database with the demo set: mentors, students, an admin, and about 90 days of
 * history (requests in every state, ratings, notifications, search demand). `SEED_DEMO=auto` (the
 * default) does so only on the embedded database, so `npm start` on a bare machine shows the
 * product; `true` seeds any empty database; `npm run seed:demo` runs it on demand.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly config: AppConfig,
    private readonly db: DatabaseInfo,
    private readonly accounts: AccountsService,
    private readonly admins: AdminService,
    private readonly mentors: MentorsService,
    private readonly students: StudentsService,
    private readonly history: DemoHistory,
    private readonly searchSync: SearchIndexSync,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.wanted) await this.seedIfEmpty();
  }

  /** Seeds when there are no mentors yet; returns how many mentors were created. */
  async seedIfEmpty(mentorCount = 300, studentCount = 50): Promise<number> {
    if ((await this.mentors.count()) > 0) return 0;
    const started = Date.now();
    const hash = await this.accounts.hashPassword(DEMO_PASSWORD);
    const mentors = demoMentors(mentorCount);
    const mentorIds: string[] = [];
    for (const { email, ...profile } of mentors) {
      const { account } = await this.accounts.registerHashed('mentor', email, hash, (manager, account) => this.mentors.createProfile(manager, account, profile));
      mentorIds.push(account.id);
    }
    const studentIds: string[] = [];
    for (const { email, ...profile } of demoStudents(studentCount)) {
      const { account } = await this.accounts.registerHashed('student', email, hash, (manager, account) => this.students.createProfile(manager, account, profile));
      studentIds.push(account.id);
    }
    await this.accounts.registerHashed('admin', DEMO_ADMIN_EMAIL, hash, (manager, account) => this.admins.createProfile(manager, account, 'Demo admin'));
    const { played } = await this.history.play(
      studentIds,
      mentorIds,
      mentors.flatMap((m) => m.skills),
    );
    // Indexed once the history has set the ratings, so search ranks with them from the start.
    await this.searchSync.changed(mentorIds);
    this.logger.log(`seeded ${mentorCount} mentors, ${studentCount} students, an admin and ${played} requests of history in ${Date.now() - started} ms`);
    return mentorCount;
  }

  /** The demo accounts and their password, when this start seeds (or has seeded) the demo set. */
  demoAccounts(): { emails: string[]; password: string } | undefined {
    return this.wanted ? { emails: [DEMO_STUDENT_EMAIL, DEMO_MENTOR_EMAIL, DEMO_ADMIN_EMAIL], password: DEMO_PASSWORD } : undefined;
  }

  private get wanted(): boolean {
    return this.config.SEED_DEMO === 'true' || (this.config.SEED_DEMO === 'auto' && this.db.embedded);
  }
}
