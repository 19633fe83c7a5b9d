// For the TypeORM CLI (`npx typeorm-ts-node-commonjs migration:run -d apps/dispatch/src/database/data-source.ts`);
// the service itself migrates at start-up under an advisory lock.
import { messagingTablesMigration, serviceDataSourceOptions } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { DISPATCH_ENTITIES, DISPATCH_MIGRATIONS } from './schema';

export default new DataSource(
  serviceDataSourceOptions({
    url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    schema: 'dispatch',
    entities: DISPATCH_ENTITIES,
    migrations: [...DISPATCH_MIGRATIONS, messagingTablesMigration('dispatch')],
  }),
);
