import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal } from '@app/auth';
import { ApiProblem, PageQueryDto } from '@app/common';
import { uuidPipe } from '../http/uuid.pipe.js';
import { CreateRequestDto, ListRequestsQueryDto, PostMessageDto, RequestDto, RequestMessageDto, RequestMessagePageDto, RequestPageDto, UpdateRequestDto } from './dto/request.dto.js';
import { RequestThreadService } from './request-thread.service.js';
import { RequestsService } from './requests.service.js';

/** Mentorship requests; the paths are the original service's (`/api/request`). */
@ApiTags('requests')
@Controller('request')
export class RequestsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly thread: RequestThreadService,
  ) {}

  /** Sends a request to a mentor as the signed-in student. */
  @Post()
  @Authenticated({ roles: ['student'] })
  @ApiProblem('MENTOR.NOT_FOUND', 'MENTOR.NOT_ACCEPTING', 'REQUEST.DUPLICATE_OPEN', 'REQUEST.TOO_MANY_PENDING')
  create(@Body() dto: CreateRequestDto, @CurrentAccount() caller: Principal): Promise<RequestDto> {
    return this.requests.create(caller, dto);
  }

  /** A request with its history (who moved it to which state, when, with which note): its student, its mentor or an admin. */
  @Get(':id')
  @Authenticated()
  @ApiProblem('REQUEST.NOT_FOUND')
  get(@Param('id', uuidPipe) id: string, @CurrentAccount() caller: Principal): Promise<RequestDto> {
    return this.requests.get(caller, id);
  }

  /**
   * Moves a request along its lifecycle: the mentor accepts or rejects a pending request, the
   * student cancels it; either party completes or cancels an accepted one; admins may cancel.
   * Rejecting and cancelling take an optional `reason`; the note becomes a message of the thread.
   */
  @Patch(':id')
  @Authenticated()
  @ApiProblem('REQUEST.REASON_NOT_ALLOWED', 'REQUEST.TRANSITION_NOT_YOURS', 'REQUEST.NOT_FOUND', 'REQUEST.INVALID_TRANSITION', 'MENTOR.AT_CAPACITY')
  update(@Param('id', uuidPipe) id: string, @Body() dto: UpdateRequestDto, @CurrentAccount() caller: Principal): Promise<RequestDto> {
    return this.requests.transition(caller, id, dto);
  }

  /**
   * The request's thread, oldest first: messages and transitions (with their notes). Its student
   * and mentor, and admins; reading moves the caller's read position (`unreadMessages`).
   */
  @Get(':id/messages')
  @Authenticated()
  @ApiProblem('REQUEST.NOT_FOUND')
  messages(@Param('id', uuidPipe) id: string, @Query() query: PageQueryDto, @CurrentAccount() caller: Principal): Promise<RequestMessagePageDto> {
    return this.thread.list(caller, id, query);
  }

  /** Writes to the other party while the request is open (pending or accepted); they are notified. */
  @Post(':id/messages')
  @Authenticated()
  @ApiProblem('REQUEST.NOT_FOUND', 'REQUEST.THREAD_CLOSED', 'REQUEST.THREAD_READ_ONLY')
  postMessage(@Param('id', uuidPipe) id: string, @Body() dto: PostMessageDto, @CurrentAccount() caller: Principal): Promise<RequestMessageDto> {
    return this.thread.post(caller, id, dto);
  }

  /** A student's requests, newest first: that student or an admin. */
  @Get('student/:student_id')
  @Authenticated({ roles: ['student', 'admin'] })
  @ApiProblem('STUDENT.NOT_FOUND')
  listOfStudent(@Param('student_id', uuidPipe) studentId: string, @Query() query: ListRequestsQueryDto, @CurrentAccount() caller: Principal): Promise<RequestPageDto> {
    return this.requests.listOfStudent(caller, studentId, query);
  }

  /** A mentor's requests, newest first: that mentor or an admin. */
  @Get('mentor/:mentor_id')
  @Authenticated({ roles: ['mentor', 'admin'] })
  @ApiProblem('MENTOR.NOT_FOUND')
  listOfMentor(@Param('mentor_id', uuidPipe) mentorId: string, @Query() query: ListRequestsQueryDto, @CurrentAccount() caller: Principal): Promise<RequestPageDto> {
    return this.requests.listOfMentor(caller, mentorId, query);
  }
}
