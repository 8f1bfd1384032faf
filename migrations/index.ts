import { Initial1795348094811 } from './1795348094811-Initial.js';
import { MentorshipRequests1795348335527 } from './1795348335527-MentorshipRequests.js';
import { Notifications1795348526443 } from './1795348526443-Notifications.js';
import { RequestsCreatedAtMillis1795348764640 } from './1795348764640-RequestsCreatedAtMillis.js';

/** Every migration, oldest first. `npm run migration:generate -- migrations/Name` adds a file; list it here too. */
export const migrations: Function[] = [
  Initial1795348094811,
  MentorshipRequests1795348335527,
  Notifications1795348526443,
  RequestsCreatedAtMillis1795348764640,
];
