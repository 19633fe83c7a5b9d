import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import { API_KEY_HEADER } from '../identity/access/credentials';

/**
 * CORS for the hospital's browser apps on other origins. Only the origins of `CORS_ORIGINS` are
 * allowed (an empty list allows none); any other origin gets no Access-Control-Allow-Origin and the
 * browser keeps the answer from the page. No credentials mode: the API takes bearer tokens and API
 * keys in headers, never cookies. Preflights are answered here, before routing, rate limits and
 * authentication, with 204.
 */
export function corsOptions(allowedOrigins: readonly string[]): CorsOptions {
  return {
    // A list (not a function): the cors middleware reflects a listed origin and omits the header otherwise.
    origin: [...allowedOrigins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', API_KEY_HEADER, 'Idempotency-Key', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'Location'],
    credentials: false,
    // Browsers may reuse a preflight's answer this long (Chromium caps it at 2 hours).
    maxAge: 600,
    optionsSuccessStatus: 204,
  };
}
