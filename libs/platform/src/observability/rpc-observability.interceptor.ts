import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { RPC_HEADERS } from '@hospital/contracts';
import { Observable, tap } from 'rxjs';
import { acceptOrCreateRequestId, requestContext } from '../context/request-context';
import { MetricsService } from './metrics.service';

/**
 * For every NATS request: run the handler inside the caller's correlation id (so its log
 * lines carry it) and record count and latency per message pattern.
 */
@Injectable()
export class RpcObservabilityInterceptor implements NestInterceptor {
  private readonly log = new Logger('Rpc');

  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const nats = context.switchToRpc().getContext<NatsContext>();
    const requestId = acceptOrCreateRequestId(nats.getHeaders()?.get(RPC_HEADERS.requestId));
    const patterns = Reflect.getMetadata(PATTERN_METADATA, context.getHandler()) as string[] | undefined;
    const pattern = patterns?.[0] ?? 'unknown';
    const stopTimer = this.metrics.rpcDuration.startTimer({ pattern });
    let outcome = 'ok';

    return new Observable((subscriber) =>
      requestContext.run({ requestId }, () =>
        next
          .handle()
          .pipe(
            tap({
              error: (error: { code?: string }) => {
                outcome = error?.code ?? 'INTERNAL';
              },
              finalize: () => {
                const seconds = stopTimer();
                this.metrics.rpcRequests.inc({ pattern, outcome });
                // A success is already in the gateway's access log under the same request id and in
                // the metrics; logging it again cost a synchronous write per request.
                const entry = { pattern, outcome, ms: Math.round(seconds * 1000) };
                if (outcome === 'ok') this.log.debug(entry, 'handled');
                else this.log.log(entry, 'handled');
              },
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }
}
