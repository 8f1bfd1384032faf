import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentAccount, type Principal, Public } from '@app/auth';
import { ApiProblem } from '@app/common';
import { ListMentorsQueryDto, MentorHitPageDto } from './list-mentors.dto.js';
import type { JsonBody } from './mentor-hit-page.json.js';
import { MentorSearch } from './mentor-search.service.js';

@ApiTags('mentors')
@Controller('mentors')
export class MentorSearchController {
  constructor(private readonly search: MentorSearch) {}

  /** Searches and lists mentors: by relevance with `query`, else available first, then by rating, then newest. */
  @Get()
  @Public({ optionalAuth: true })
  // Kept from when this route lived in the mentors controller: generated clients keep their method name.
  @ApiOperation({ operationId: 'Mentors_list' })
  // The body is assembled from the mentors' cached JSON bytes (see mentor-hit-page.json.ts).
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: MentorHitPageDto })
  // A text query while the index is being built or cannot be reached; browsing still answers, from PostgreSQL, in the same order.
  @ApiProblem('SEARCH.WARMING_UP', 'SEARCH.UNAVAILABLE')
  list(@Query() query: ListMentorsQueryDto, @CurrentAccount() viewer?: Principal): Promise<JsonBody<MentorHitPageDto>> {
    return this.search.list(query, viewer);
  }
}
