import { Body, Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal } from '@app/auth';
import { ProblemDto } from '@app/common';
import { uuidPipe } from '../http/uuid.pipe.js';
import { DeleteAccountDto } from '../students/dto/student.dto.js';
import { AccountDeletionService } from './account-deletion.service.js';

/**
 * Deleting an account: the person with `{ password }`, or an admin (no password). Personal data
 * is erased, open requests are cancelled (the other party is notified), ratings and statistics
 * stay without the person, and the old credentials no longer sign in.
 */
@ApiTags('accounts')
@Controller()
export class AccountDeletionController {
  constructor(private readonly deletion: AccountDeletionService) {}

  /** Deletes a student account: the student (with their password) or an admin. */
  @Delete('students/:id')
  @HttpCode(204)
  @Authenticated({ roles: ['student', 'admin'] })
  @ApiResponse({ status: 400, description: 'No password given for one\'s own account (AUTH.PASSWORD_REQUIRED)', type: ProblemDto })
  @ApiResponse({ status: 403, description: 'Wrong password (AUTH.WRONG_PASSWORD)', type: ProblemDto })
  @ApiResponse({ status: 404, description: 'No such student visible to the caller', type: ProblemDto })
  deleteStudent(@Param('id', uuidPipe) id: string, @Body() dto: DeleteAccountDto, @CurrentAccount() caller: Principal): Promise<void> {
    return this.deletion.delete(caller, 'student', id, dto?.password);
  }

  /** Deletes a mentor account: the mentor (with their password) or an admin. */
  @Delete('mentors/:id')
  @HttpCode(204)
  @Authenticated({ roles: ['mentor', 'admin'] })
  @ApiResponse({ status: 400, description: 'No password given for one\'s own account (AUTH.PASSWORD_REQUIRED)', type: ProblemDto })
  @ApiResponse({ status: 403, description: 'Wrong password (AUTH.WRONG_PASSWORD)', type: ProblemDto })
  @ApiResponse({ status: 404, description: 'No such mentor visible to the caller', type: ProblemDto })
  deleteMentor(@Param('id', uuidPipe) id: string, @Body() dto: DeleteAccountDto, @CurrentAccount() caller: Principal): Promise<void> {
    return this.deletion.delete(caller, 'mentor', id, dto?.password);
  }
}
