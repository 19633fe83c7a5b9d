import { ApiKeyEntity } from '../identity/api-keys/api-key.entity';
import { UserEntity } from '../identity/users/user.entity';
import { CreateIdentity1763900000001 } from './migrations/1763900000001-CreateIdentity';

/** The Postgres schema the gateway owns; nothing else reads or writes it. */
export const IDENTITY_SCHEMA = 'identity';

/** Everything the gateway's DataSource (schema `identity`) maps. */
export const IDENTITY_ENTITIES = [UserEntity, ApiKeyEntity];

/** In timestamp order; append new migrations, never edit one already applied. */
export const IDENTITY_MIGRATIONS = [CreateIdentity1763900000001];
