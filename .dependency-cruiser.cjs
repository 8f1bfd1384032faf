/** Import boundaries of docs/architecture.md, checked in CI with `npm run depcruise`. */
module.exports = {
  forbidden: [
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      comment: 'libs/ are shared building blocks; they never reach into an application.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-relative-climb-between-libs',
      severity: 'error',
      comment: 'Libraries import each other through their @app/* alias, never by climbing out of their folder.',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'feature-not-into-other-feature-repository',
      severity: 'error',
      comment: 'A feature calls another feature through its service, never its repository.',
      from: { path: '^apps/api/src/([^/]+)/' },
      to: { path: '^apps/api/src/([^/]+)/.+\\.repository\\.ts$', pathNot: '^apps/api/src/$1/' },
    },
    {
      name: 'apps-use-lib-aliases',
      severity: 'error',
      comment: 'Applications reach libraries through @app/* aliases, not relative paths (tests may reach a lib\'s testing/ helpers).',
      from: { path: '^apps/', pathNot: '^apps/[^/]+/test/' },
      to: { path: '^libs/', dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { pathNot: ['\\.entity\\.ts$'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^node_modules/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
