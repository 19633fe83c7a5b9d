import { ApiKeyEntity } from './api-keys/api-key.entity';
import { CreateIdentity1763900000001 } from './migrations/1763900000001-CreateIdentity';
import { UserEntity } from './users/user.entity';

/** Everything the gateway's DataSource (schema `identity`) maps; pass to DatabaseModule.forService. */
export const IDENTITY_ENTITIES = [UserEntity, ApiKeyEntity];

/** In order of their timestamps; append new migrations, never edit applied ones. */
export const IDENTITY_MIGRATIONS = [CreateIdentity1763900000001];
