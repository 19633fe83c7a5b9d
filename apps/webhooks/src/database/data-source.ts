// For the TypeORM CLI (`npx typeorm-ts-node-commonjs migration:show -d apps/webhooks/src/database/data-source.ts`);
// the service itself migrates at start-up under an advisory lock.
import { cliDataSource } from '@hospital/platform';
import { SERVICE_NAME } from '../config';
import { WEBHOOKS_ENTITIES, WEBHOOKS_MIGRATIONS } from './schema';

export default cliDataSource({ schema: SERVICE_NAME, entities: WEBHOOKS_ENTITIES, migrations: WEBHOOKS_MIGRATIONS, messaging: true });
