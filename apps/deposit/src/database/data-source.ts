// For the TypeORM CLI (`npx typeorm-ts-node-commonjs migration:show -d apps/deposit/src/database/data-source.ts`);
// the service itself migrates at start-up under an advisory lock.
import { cliDataSource } from '@hospital/platform';
import { DEPOSIT_ENTITIES, DEPOSIT_MIGRATIONS } from './schema';

export default cliDataSource({ schema: 'deposit', entities: DEPOSIT_ENTITIES, migrations: DEPOSIT_MIGRATIONS, messaging: true });
