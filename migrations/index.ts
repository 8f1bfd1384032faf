import { Initial1795348094811 } from './1795348094811-Initial.js';

/** Every migration, oldest first. `npm run migration:generate` adds a file; list it here too. */
export const migrations: Function[] = [Initial1795348094811];
