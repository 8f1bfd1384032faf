export * from './domain-error.js';
export * from './problem.js';
export * from './problem.filter.js';
export * from './validation.js';
export * from './pagination.js';
export * from './tags.js';
export * from './random.js';
export * from './pino-logger.js';
