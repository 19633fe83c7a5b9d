import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX } from '../http/configure-gateway';
import { addIdentitySecurity } from '../identity';

export const OPENAPI_VERSION = '0.1.0';

/** The document integrators code against; committed as openapi.json and checked for drift in CI. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Hospital customer service center API')
    .setDescription(
      'The one HTTP door to the platform of the customer service center (客服中心): dispatch of logistics jobs, ' +
        'belongings storage and equipment lending, complaints, surveys and staff evaluation. ' +
        'Errors are RFC 9457 `application/problem+json` with a stable `code`. Lists take `limit` and `cursor` ' +
        'and return `{ items, nextCursor }`. Every response carries `X-Request-Id`.',
    )
    .setVersion(OPENAPI_VERSION)
    .addServer('/');
  const document = addIdentitySecurity(config).build();
  return withEdgeResponses(
    SwaggerModule.createDocument(app, document, {
      operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
    }),
  );
}

// The same media type as every other error response of the document (see docs/api.md on problem+json).
const PROBLEM = { 'application/json': { schema: { $ref: '#/components/schemas/ProblemDto' } } };

/**
 * What the gateway's edge answers on any route, before a controller sees the request, declared on
 * every operation so generated clients know them: 429 from the rate limits (every route under the
 * API prefix) and 415 for a body that is not JSON (every operation that takes one).
 */
function withEdgeResponses(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith(`/${API_PREFIX}/`)) continue;
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses['429'] ??= {
        description: 'Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After',
        headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
        content: PROBLEM,
      };
      if (operation.requestBody) {
        operation.responses['415'] ??= { description: 'The body is not application/json (code UNSUPPORTED_MEDIA_TYPE)', content: PROBLEM };
      }
    }
  }
  return document;
}

export function mountOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', customSiteTitle: 'Hospital platform API' });
}

export { API_PREFIX };
