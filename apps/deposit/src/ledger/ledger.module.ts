import { Module } from '@nestjs/common';
import { LedgerHandlers } from './ledger.handlers';
import { LedgerService } from './ledger.service';

/** The money ledger: entries are written by the loans (recordLedgerEntries, in their transaction); read here. */
@Module({ controllers: [LedgerHandlers], providers: [LedgerService] })
export class LedgerModule {}
