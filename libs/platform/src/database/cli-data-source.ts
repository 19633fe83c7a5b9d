import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { messagingTablesMigration } from '../messaging/messaging.migration';
import { serviceDataSourceOptions } from './service-data-source';

/**
 * The DataSource an app's `database/data-source.ts` exports for the TypeORM CLI (`npx typeorm
 * migration:show -d apps/<app>/src/database/data-source.ts`): the same schema, entities and
 * migrations the app runs at start, on DATABASE_URL. With `messaging` the platform's outbox,
 * inbox, dead-letter and idempotency tables come too, as they do at start.
 */
export function cliDataSource(options: {
  schema: string;
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations: (new () => unknown)[];
  messaging: boolean;
}): DataSource {
  return new DataSource(
    serviceDataSourceOptions({
      url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      schema: options.schema,
      entities: options.entities,
      migrations: options.messaging ? [...options.migrations, messagingTablesMigration(options.schema)] : options.migrations,
    }),
  );
}
