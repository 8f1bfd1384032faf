import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal } from '@app/auth';
import { PageQueryDto, ProblemDto } from '@app/common';
import { uuidPipe } from '../http/uuid.pipe.js';
import { FavoriteDto, FavoritePageDto, SaveFavoriteDto } from './dto/favorite.dto.js';
import { FavoritesService } from './favorites.service.js';

/** A student's shortlist of mentors. */
@ApiTags('favorites')
@Controller()
export class FavoritesController {
  constructor(private readonly favorites: FavoritesService) {}

  /** Saves a mentor (idempotent); `notifyWhenFree` asks for one notification when a full or paused mentor takes requests again. */
  @Put('mentors/:id/favorite')
  @Authenticated({ roles: ['student'] })
  @ApiResponse({ status: 404, description: 'No such mentor (MENTOR.NOT_FOUND)', type: ProblemDto })
  save(@Param('id', uuidPipe) id: string, @Body() dto: SaveFavoriteDto, @CurrentAccount() student: Principal): Promise<FavoriteDto> {
    return this.favorites.save(student, id, dto.notifyWhenFree ?? false);
  }

  /** Removes a mentor from the shortlist (idempotent). */
  @Delete('mentors/:id/favorite')
  @HttpCode(204)
  @Authenticated({ roles: ['student'] })
  @ApiResponse({ status: 404, description: 'No such mentor (MENTOR.NOT_FOUND)', type: ProblemDto })
  remove(@Param('id', uuidPipe) id: string, @CurrentAccount() student: Principal): Promise<void> {
    return this.favorites.remove(student, id);
  }

  /** The signed-in student's shortlist, newest first, with each mentor's public profile. */
  @Get('students/me/favorites')
  @Authenticated({ roles: ['student'] })
  list(@Query() query: PageQueryDto, @CurrentAccount() student: Principal): Promise<FavoritePageDto> {
    return this.favorites.list(student, query);
  }
}
