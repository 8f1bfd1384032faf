import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppConfig, ConfigModule, type EnvDto } from '@app/config';
import { AuthModule } from '@app/auth';
import { EventsModule } from '@app/events';
import { RateLimitModule } from './http/rate-limit.js';
import { AdminModule } from './admin/admin.module.js';
import { SessionsModule } from './auth/auth.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { MentorsModule } from './mentors/mentors.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { RequestsModule } from './requests/requests.module.js';
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
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.LOG_LEVEL,
              genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? requestIdOf(req),
              serializers: {
                req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({ id: req.id, method: req.method, url: req.url, ip: req.remoteAddress }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              autoLogging: { ignore: (req) => /^\/api\/(health|ping|metrics)/.test(req.url ?? '') },
            },
          }),
        }),
        EventsModule.forRoot({ redisUrl: config.REDIS_URL }),
        RateLimitModule,
        DatabaseModule,
        AuthModule,
        HealthModule,
        SessionsModule,
        StudentsModule,
        MentorsModule,
        AdminModule,
        NotificationsModule,
        RequestsModule,
      ],
    };
  }
}
