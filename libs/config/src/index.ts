export { EnvDto } from './env.dto.js';
export { ConfigError, configFromEnvironment, databaseUrlFromParts, loadConfig } from './load-config.js';
export { AppConfig, ConfigModule } from './config.module.js';
