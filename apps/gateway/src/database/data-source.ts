// For the TypeORM CLI (`npx typeorm-ts-node-commonjs migration:show -d apps/gateway/src/database/data-source.ts`);
// the gateway itself migrates at start-up under an advisory lock.
import { cliDataSource } from '@hospital/platform';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IDENTITY_SCHEMA } from './schema';

export default cliDataSource({ schema: IDENTITY_SCHEMA, entities: IDENTITY_ENTITIES, migrations: IDENTITY_MIGRATIONS, messaging: false });
