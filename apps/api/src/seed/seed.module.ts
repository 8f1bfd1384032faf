import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/auth.module.js';
import { MentorsModule } from '../mentors/mentors.module.js';
import { StudentsModule } from '../students/students.module.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({
  imports: [SessionsModule, MentorsModule, StudentsModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedModule {}
