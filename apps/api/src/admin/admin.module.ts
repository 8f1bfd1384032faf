import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/auth.module.js';
import { AdminController } from './admin.controller.js';
import { AdminService } from './admin.service.js';
import { AdminsRepository } from './admins.repository.js';

@Module({
  imports: [SessionsModule],
  controllers: [AdminController],
  providers: [AdminsRepository, AdminService],
  exports: [AdminService],
})
export class AdminModule {}
