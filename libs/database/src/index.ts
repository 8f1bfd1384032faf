export * from './data-source-options.js';
export * from './naming.js';
