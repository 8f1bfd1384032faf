import { Module } from '@nestjs/common';
import { RelationshipsRepository } from './relationships.repository.js';
import { RelationshipsService } from './relationships.service.js';

/**
 * What a student and a mentor have with each other (a read model over requests, ratings and
 * favourites). Imports no feature, so mentors, students and ratings may all import it.
 */
@Module({
  providers: [RelationshipsRepository, RelationshipsService],
  exports: [RelationshipsService],
})
export class RelationshipsModule {}
