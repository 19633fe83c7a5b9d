// For the TypeORM CLI (`npx typeorm-ts-node-commonjs migration:show -d apps/feedback/src/database/data-source.ts`);
// the service itself migrates at start-up under an advisory lock.
import { cliDataSource } from '@hospital/platform';
import { SERVICE_NAME } from '../config';
import { FEEDBACK_ENTITIES, FEEDBACK_MIGRATIONS } from './schema';

export default cliDataSource({ schema: SERVICE_NAME, entities: FEEDBACK_ENTITIES, migrations: FEEDBACK_MIGRATIONS, messaging: true });
