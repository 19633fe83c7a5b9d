import { Module } from '@nestjs/common';
import { LedgerHandlers } from './ledger.handlers';
import { LedgerQueryService } from './ledger-query.service';

/** The money ledger: entries are written by the loans (recordLedgerEntries, in their transaction); read here. */
@Module({ controllers: [LedgerHandlers], providers: [LedgerQueryService] })
export class LedgerModule {}
