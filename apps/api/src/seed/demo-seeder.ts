import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AccountsService } from '../accounts/accounts.service.js';
import { DatabaseInfo } from '../database/database-info.js';
import { SearchIndexSync } from '../search/search-index.sync.js';
import { MentorsService } from '../mentors/mentors.service.js';
import { StudentsService } from '../students/students.service.js';
import { DEMO_PASSWORD, demoMentors, demoStudents } from './demo-data.js';

/**
 * Fills an empty database with the demo set. `SEED_DEMO=auto` (the default) does so only on the
 * embedded database, so `npm start` on a bare machine has something to search; `true` seeds any
 * empty database; `npm run seed:demo` runs it on demand.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly config: AppConfig,
    private readonly db: DatabaseInfo,
    private readonly accounts: AccountsService,
    private readonly mentors: MentorsService,
    private readonly students: StudentsService,
    private readonly searchSync: SearchIndexSync,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const wanted = this.config.SEED_DEMO === 'true' || (this.config.SEED_DEMO === 'auto' && this.db.embedded);
    if (wanted) await this.seedIfEmpty();
  }

  /** Seeds when there are no mentors yet; returns how many mentors were created. */
  async seedIfEmpty(mentorCount = 300, studentCount = 50): Promise<number> {
    if ((await this.mentors.count()) > 0) return 0;
    const started = Date.now();
    const hash = await this.accounts.hashPassword(DEMO_PASSWORD);
    const ids: string[] = [];
    for (const { email, ...profile } of demoMentors(mentorCount)) {
      const { account } = await this.accounts.registerHashed('mentor', email, hash, (manager, account) => this.mentors.createProfile(manager, account, profile));
      ids.push(account.id);
    }
    await this.searchSync.changed(ids);
    for (const { email, ...profile } of demoStudents(studentCount)) {
      await this.accounts.registerHashed('student', email, hash, (manager, account) => this.students.createProfile(manager, account, profile));
    }
    this.logger.log(`seeded ${mentorCount} demo mentors and ${studentCount} students in ${Date.now() - started} ms (password "${DEMO_PASSWORD}")`);
    return mentorCount;
  }
}
