import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ApiKeyEntity } from '../identity/api-keys/api-key.entity';
import { LoginFailureEntity } from '../identity/auth/login-failure.entity';
import { UserEntity } from '../identity/users/user.entity';
import { CreateIdentity1763900000001 } from './migrations/1763900000001-CreateIdentity';
import { AccountsAndAccess1764300000001 } from './migrations/1764300000001-AccountsAndAccess';
import { CreateAuditLog1764300000002 } from './migrations/1764300000002-CreateAuditLog';
import { CreateStreamTickets1764500000001 } from './migrations/1764500000001-CreateStreamTickets';

/** The Postgres schema the gateway owns; nothing else reads or writes it. */
export const IDENTITY_SCHEMA = 'identity';

/** Everything the gateway's DataSource (schema `identity`) maps. */
export const IDENTITY_ENTITIES = [UserEntity, ApiKeyEntity, LoginFailureEntity, AuditEntryEntity];

/** In timestamp order; append new migrations, never edit one already applied. */
export const IDENTITY_MIGRATIONS = [CreateIdentity1763900000001, AccountsAndAccess1764300000001, CreateAuditLog1764300000002, CreateStreamTickets1764500000001];
