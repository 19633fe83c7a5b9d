import nx from '@nx/eslint-plugin';

// Module boundaries are the architecture: apps talk to each other only over NATS, so an
// app may import libs but never another app; the wire contract depends on nothing of ours
// and on no framework wiring or database code.
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/tmp'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing', 'type:service-testing'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts'] },
            // End-to-end suites drive the built apps over HTTP; they may read the contract and use the SDK, nothing else.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:testing', 'type:sdk'] },
            // The SDK (@hospital/sdk) is for front ends and hospital systems: typed from openapi.json, it imports none of ours.
            { sourceTag: 'type:sdk', onlyDependOnLibsWithTags: [] },
            // @hospital/testing (databases, NATS, waiting, callers) depends on the contract only, so the
            // platform's own specs can use it; @hospital/service-testing boots services on the platform.
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:service-testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
            // The chart checks read the apps' configuration code as text; they import none of our projects.
            { sourceTag: 'type:deploy', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: [
                'typeorm', 'pg', 'nats', '@nestjs/core', '@nestjs/microservices', '@nestjs/typeorm',
                '@nestjs/terminus', 'nestjs-pino', 'pino', 'prom-client',
              ],
            },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:dispatch', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:deposit', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:feedback', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:webhooks', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The platform's specs use the infrastructure-only test helpers; its code does not.
    files: ['libs/platform/**/*.spec.ts', 'libs/platform/**/*.spec-helper.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:testing'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
];
