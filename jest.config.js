/** Jest in native ESM mode (Nest 12 is ESM-only); SWC compiles TypeScript with decorator metadata. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.mjs',
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/apps/api/test/support/summary-reporter.mjs'],
  // The web app's own tests are Vitest's (apps/web/vitest.config.ts); `npm test` runs both.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
  testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.e2e-spec.ts'],
};
