import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { ApiProblem } from '@app/common';
import { SignInDto } from '../auth/dto/sign-in.dto.js';
import { RefreshCookie } from '../auth/refresh-cookie.js';
import { AuthRateLimit } from '../http/rate-limit.js';
import { BodyLimit, CREDENTIALS_BODY_LIMIT_BYTES } from '../http/input-limits.js';
import { SignInBackoffLimit } from '../http/sign-in-backoff.js';
import { uuidPipe } from '../http/uuid.pipe.js';
import { StudentDto, StudentProfileDto, StudentSessionDto, StudentSignUpDto, UpdateStudentDto } from './dto/student.dto.js';
import { StudentsService } from './students.service.js';

@ApiTags('students')
@Controller('students')
export class StudentsController {
  constructor(private readonly students: StudentsService) {}

  /** Registers a student and signs them in. */
  @Post('sign-up')
  @Public()
  @AuthRateLimit()
  @ApiProblem('ACCOUNT.EMAIL_TAKEN')
  signUp(@Body() dto: StudentSignUpDto): Promise<StudentSessionDto> {
    return this.students.signUp(dto);
  }

  /** Signs a student in. */
  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @AuthRateLimit()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  @SignInBackoffLimit()
  @RefreshCookie()
  signIn(@Body() dto: SignInDto): Promise<StudentSessionDto> {
    return this.students.signIn(dto.email, dto.password);
  }

  /** The signed-in student's own profile. */
  @Get()
  @Authenticated({ roles: ['student'] })
  me(@CurrentAccount() caller: Principal): Promise<StudentDto> {
    return this.students.get(caller.id);
  }

  /**
   * A student's profile: the student, admins, and a mentor who has or had a request from them.
   * `contacts` (email, telegram) for the student, admins, and that mentor from acceptance on.
   */
  @Get(':id')
  @Authenticated()
  @ApiProblem('STUDENT.NOT_FOUND')
  profile(@Param('id', uuidPipe) id: string, @CurrentAccount() caller: Principal): Promise<StudentProfileDto> {
    return this.students.profileFor(id, caller);
  }

  /** Updates a profile: the student themself or an admin. */
  @Patch(':id')
  @Authenticated({ roles: ['student', 'admin'] })
  @ApiProblem('STUDENT.NOT_FOUND')
  update(@Param('id', uuidPipe) id: string, @Body() dto: UpdateStudentDto, @CurrentAccount() caller: Principal): Promise<StudentDto> {
    return this.students.update(id, dto, caller);
  }
}
