import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/database';
import { migrations } from '../../../migrations/index.js';
import { databaseSettings } from './database/settings.js';
import { entities } from './entities.js';

/** The DataSource the TypeORM CLI uses (migration:generate|run|revert) on the built output. */
export default new DataSource(buildDataSourceOptions(databaseSettings(loadConfig()), entities, migrations));
