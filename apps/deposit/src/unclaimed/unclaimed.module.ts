import { Module } from '@nestjs/common';
import { DisposalService } from './disposal.service';
import { UnclaimedHandlers } from './unclaimed.handlers';
import { UnclaimedSweep } from './unclaimed-sweep';

@Module({ controllers: [UnclaimedHandlers], providers: [UnclaimedSweep, DisposalService] })
export class UnclaimedModule {}
