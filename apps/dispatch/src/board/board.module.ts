import { Module } from '@nestjs/common';
import { DutyModule } from '../duty/duty.module';
import { BoardHandlers } from './board.handlers';
import { BoardService } from './board.service';

/** Read-only: the open jobs from `tasks`, the workers from the duty roster. */
@Module({ imports: [DutyModule], controllers: [BoardHandlers], providers: [BoardService] })
export class BoardModule {}
