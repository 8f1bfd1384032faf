import { Initial1795348094811 } from './1795348094811-Initial.js';
import { MentorshipRequests1795348335527 } from './1795348335527-MentorshipRequests.js';
import { Notifications1795348526443 } from './1795348526443-Notifications.js';
import { Ratings1795348548791 } from './1795348548791-Ratings.js';
import { StatsIndexes1795348677974 } from './1795348677974-StatsIndexes.js';
import { RequestsCreatedAtMillis1795348764640 } from './1795348764640-RequestsCreatedAtMillis.js';
import { StatsMentorIndexes1795349000000 } from './1795349000000-StatsMentorIndexes.js';
import { MentorsCreatedAtMillis1795349854027 } from './1795349854027-MentorsCreatedAtMillis.js';
import { StreamTicketSessions1795350000000 } from './1795350000000-StreamTicketSessions.js';
import { Relationship1796524704944 } from './1796524704944-Relationship.js';
import { AdminConsole1796526506683 } from './1796526506683-AdminConsole.js';
import { SearchDailyLog1796527311221 } from './1796527311221-SearchDailyLog.js';
import { StreamCookies1796528251505 } from './1796528251505-StreamCookies.js';
import { MentorChangeFeed1796600000000 } from './1796600000000-MentorChangeFeed.js';
import { MentorConcepts1797100000000 } from './1797100000000-MentorConcepts.js';
import { SearchFeedReaders1797300000000 } from './1797300000000-SearchFeedReaders.js';
import { StatsFacts1797400000000 } from './1797400000000-StatsFacts.js';
import { ConceptsRemap1797500000000 } from './1797500000000-ConceptsRemap.js';

/** Every migration, oldest first. `npm run migration:generate -- migrations/Name` adds a file; list it here too. */
export const migrations: Function[] = [
  Initial1795348094811,
  MentorshipRequests1795348335527,
  Notifications1795348526443,
  Ratings1795348548791,
  StatsIndexes1795348677974,
  RequestsCreatedAtMillis1795348764640,
  StatsMentorIndexes1795349000000,
  MentorsCreatedAtMillis1795349854027,
  StreamTicketSessions1795350000000,
  Relationship1796524704944,
  AdminConsole1796526506683,
  SearchDailyLog1796527311221,
  StreamCookies1796528251505,
  MentorChangeFeed1796600000000,
  MentorConcepts1797100000000,
  SearchFeedReaders1797300000000,
  StatsFacts1797400000000,
  ConceptsRemap1797500000000,
];
