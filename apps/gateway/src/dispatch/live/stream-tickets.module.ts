import { Global, Module } from '@nestjs/common';
import { STREAM_TICKETS } from '../../identity/access/access.decorators';
import { StreamTickets } from './stream-tickets';

/**
 * The board stream's tickets. Global because the AuthGuard, which lives in the identity module,
 * redeems them (STREAM_TICKETS) on the routes marked `@AcceptsStreamTicket(...)`.
 */
@Global()
@Module({
  providers: [StreamTickets, { provide: STREAM_TICKETS, useExisting: StreamTickets }],
  exports: [StreamTickets, STREAM_TICKETS],
})
export class StreamTicketsModule {}
