// Shared by every project's jest.config.js. ts-jest transpiles each file alone (isolatedModules): type-checking is
// the `typecheck` target's job, so tests stay fast; decorator metadata is still emitted.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    // jose 6 and eventsource-parser 4 (the SDK's) ship ESM only, and jest reaches Node's require(esm) only from Node 24.9: compile it
    // to CommonJS for the tests (the built apps load it as it is, Node >= 20.19 requires ESM).
    '^.+/node_modules/(jose|eventsource-parser)/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|eventsource-parser)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/../../' }),
  testMatch: ['**/?(*.)+(spec|e2e-spec).ts'],
  setupFiles: ['reflect-metadata'],
};
