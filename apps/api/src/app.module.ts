import { type DynamicModule, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ConfigModule, type EnvDto } from '@app/config';
import { AuthModule } from '@app/auth';
import { EventsModule } from '@app/events';
import { SearchModule } from '@app/search';
import { RateLimitModule } from './http/rate-limit.js';
import { AccountDeletionModule } from './account-deletion/account-deletion.module.js';
import { AdminModule } from './admin/admin.module.js';
import { SessionsModule } from './auth/auth.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { MentorsModule } from './mentors/mentors.module.js';
import { IndexMigrationLockModule } from './search/index-migration-lock.module.js';
import { MentorSearchModule } from './search/mentor-search.module.js';
import { RatingsModule } from './ratings/ratings.module.js';
import { StatsModule } from './stats/stats.module.js';
import { SeedModule } from './seed/seed.module.js';
import { SkillsModule } from './skills/skills.module.js';
import { RecommendationsModule } from './recommendations/recommendations.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { RequestsModule } from './requests/requests.module.js';
import { RolesModule } from './roles/roles.module.js';
import { StudentsModule } from './students/students.module.js';

/** Request ids: a well-formed incoming `x-request-id` (from nginx) is kept, otherwise a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{8,128}$/.test(given) ? given : randomUUID();
}

@Module({})
export class AppModule {
  /** Built from a loaded environment: tests and tools configure the app through `createApp` overrides. */
  static forRoot(config: EnvDto): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forValue(config),
        EventsModule.forRoot({ redisUrl: config.REDIS_URL }),
        RateLimitModule,
        SearchModule.forRoot({
          qdrantUrl: config.QDRANT_URL,
          qdrantApiKey: config.QDRANT_API_KEY,
          collection: config.QDRANT_COLLECTION,
          qdrantTimeoutMs: config.QDRANT_TIMEOUT_MS,
          embedder: config.EMBEDDER,
          ollamaUrl: config.OLLAMA_URL,
          ollamaModel: config.OLLAMA_MODEL,
          ollamaDimension: config.OLLAMA_DIMENSION,
          ollamaKeepAlive: config.OLLAMA_KEEP_ALIVE,
          ollamaStartupWaitMs: config.OLLAMA_STARTUP_WAIT_MS,
          embedTimeoutMs: config.EMBED_TIMEOUT_MS,
          indexThreads: config.SEARCH_INDEX_THREADS,
          indexThreadNice: config.SEARCH_INDEX_NICE,
          snapshotPath: config.SEARCH_SNAPSHOT_PATH,
        }),
        DatabaseModule,
        IndexMigrationLockModule,
        AuthModule,
        HealthModule,
        MetricsModule,
        SessionsModule,
        StudentsModule,
        MentorsModule,
        MentorSearchModule,
        AdminModule,
        RatingsModule,
        StatsModule,
        SeedModule,
        SkillsModule,
        RecommendationsModule,
        NotificationsModule,
        RequestsModule,
        RolesModule,
        AccountDeletionModule,
      ],
    };
  }
}
