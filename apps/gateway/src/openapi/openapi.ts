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
  return SwaggerModule.createDocument(app, document, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

export function mountOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', customSiteTitle: 'Hospital platform API' });
}

export { API_PREFIX };
