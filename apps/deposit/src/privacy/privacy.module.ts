import { Global, Module } from '@nestjs/common';
import { DEPOSIT_CONFIG, DepositConfig } from '../config';
import { KEYED_HASH, KeyedHash } from './keyed-hash';

/** The keyed hash for ID numbers and pickup codes, for every deposit context. */
@Global()
@Module({
  providers: [{ provide: KEYED_HASH, inject: [DEPOSIT_CONFIG], useFactory: (config: DepositConfig) => new KeyedHash(config.idHashKey) }],
  exports: [KEYED_HASH],
})
export class PrivacyModule {}
