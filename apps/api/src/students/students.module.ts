import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/auth.module.js';
import { RelationshipsModule } from '../relationships/relationships.module.js';
import { StudentsController } from './students.controller.js';
import { StudentsRepository } from './students.repository.js';
import { StudentsService } from './students.service.js';

@Module({
  imports: [SessionsModule, RelationshipsModule],
  controllers: [StudentsController],
  providers: [StudentsRepository, StudentsService],
  exports: [StudentsService],
})
export class StudentsModule {}
