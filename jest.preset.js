// Shared by every project's jest.config.js. ts-jest transpiles each file alone (isolatedModules): type-checking is
// the `typecheck` target's job, so tests stay fast; decorator metadata is still emitted.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/../../' }),
  testMatch: ['**/?(*.)+(spec|e2e-spec).ts'],
  setupFiles: ['reflect-metadata'],
};
