import { Module } from '@nestjs/common';
import { AdminModule } from '../admin/admin.module.js';
import { SessionsModule } from '../auth/auth.module.js';
import { MentorsModule } from '../mentors/mentors.module.js';
import { RatingsModule } from '../ratings/ratings.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { StatsModule } from '../stats/stats.module.js';
import { StudentsModule } from '../students/students.module.js';
import { DemoHistory } from './demo-history.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({
  imports: [SessionsModule, AdminModule, MentorsModule, StudentsModule, RequestsModule, RatingsModule, StatsModule],
  providers: [DemoSeeder, DemoHistory],
  exports: [DemoSeeder],
})
export class SeedModule {}
