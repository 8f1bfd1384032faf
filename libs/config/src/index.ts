export { EnvDto } from './env.dto.js';
export { ConfigError, loadConfig } from './load-config.js';
export { AppConfig, ConfigModule } from './config.module.js';
