import { AccountEntity } from './accounts/account.entity.js';
import { AdminEntity } from './admin/admin.entity.js';
import { RefreshTokenEntity } from './auth/refresh-token.entity.js';
import { FavoriteEntity } from './mentors/favorite.entity.js';
import { MentorEntity } from './mentors/mentor.entity.js';
import { MentorRemovalEntity } from './search/mentor-removal.entity.js';
import { SearchFeedReaderEntity } from './search/search-feed-reader.entity.js';
import { RatingEntity } from './ratings/rating.entity.js';
import { NotificationEntity } from './notifications/notification.entity.js';
import { StreamTicketEntity } from './notifications/stream-ticket.entity.js';
import { MentorshipRequestEntity } from './requests/mentorship-request.entity.js';
import { RequestMessageEntity } from './requests/request-message.entity.js';
import { SearchDailyLogEntity } from './stats/search-daily-log.entity.js';
import { SearchSkillLogEntity } from './stats/search-skill-log.entity.js';
import { StudentEntity } from './students/student.entity.js';

/** Every entity of the application; the DataSource, the migrations CLI and the tests share it. */
export const entities = [
  AccountEntity,
  RefreshTokenEntity,
  StudentEntity,
  MentorEntity,
  MentorRemovalEntity,
  SearchFeedReaderEntity,
  AdminEntity,
  MentorshipRequestEntity,
  RatingEntity,
  SearchSkillLogEntity,
  SearchDailyLogEntity,
  NotificationEntity,
  StreamTicketEntity,
  RequestMessageEntity,
  FavoriteEntity,
];
