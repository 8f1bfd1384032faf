import { ParseUUIDPipe } from '@nestjs/common';
import { badRequest } from '@app/common';

/** Path ids must be UUIDs: anything else is a 400 problem, never a database error. */
export const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () => badRequest('INVALID_ID', 'The id in the path must be a UUID.'),
});
