import { type DynamicModule, Global, Module } from '@nestjs/common';
import { EnvDto } from './env.dto.js';
import { configFromEnvironment } from './load-config.js';

/** The validated environment, injected as `AppConfig` anywhere in the application. */
export abstract class AppConfig extends EnvDto {}

@Global()
@Module({})
export class ConfigModule {
  /** `overrides` replace environment variables (tests use this instead of touching process.env). */
  static forRoot(overrides: Record<string, string | undefined> = {}): DynamicModule {
    return ConfigModule.forValue(configFromEnvironment(overrides));
  }

  /** An environment loaded already (the bootstrap needs it before the module exists). */
  static forValue(config: EnvDto): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}
