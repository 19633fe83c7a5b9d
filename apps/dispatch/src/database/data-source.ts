// For the TypeORM CLI (`npx typeorm-ts-node-commonjs migration:run -d apps/dispatch/src/database/data-source.ts`);
// the service itself migrates at start-up under an advisory lock.
import { cliDataSource } from '@hospital/platform';
import { DISPATCH_ENTITIES, DISPATCH_MIGRATIONS } from './schema';

export default cliDataSource({ schema: 'dispatch', entities: DISPATCH_ENTITIES, migrations: DISPATCH_MIGRATIONS, messaging: true });
