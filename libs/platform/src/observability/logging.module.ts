import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { currentRequestId } from '../context/request-context';
import { redactUrl } from './redact-url';

const QUIET_PATHS = /^\/(health|metrics)/;

/**
 * JSON logs through pino. Every line carries the correlation id: for HTTP from the request,
 * for NATS handlers from the async context the RPC interceptor opens.
 */
@Module({})
export class LoggingModule {
  static forRoot(options: { service: string; level: string; pretty?: boolean }): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: options.level,
            base: { service: options.service },
            genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? currentRequestId() ?? '',
            customAttributeKeys: { reqId: 'requestId' },
            mixin: () => {
              const requestId = currentRequestId();
              return requestId ? { requestId } : {};
            },
            autoLogging: { ignore: (req) => QUIET_PATHS.test(req.url ?? '') },
            redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'], remove: true },
            serializers: {
              // The client's address as Express works it out (`req.ip`: the gateway's TRUST_PROXY_HOPS applied).
              req: (req: { id: string; method: string; url: string; remoteAddress?: string; raw?: { ip?: string } }) => ({
                id: req.id,
                method: req.method,
                url: redactUrl(req.url),
                remoteAddress: req.raw?.ip ?? req.remoteAddress,
              }),
            },
          },
        }),
      ],
    };
  }
}
