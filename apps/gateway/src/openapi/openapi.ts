import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  HeaderObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ErrorCode, TASK_DETAILS_KEY, TaskType } from '@hospital/contracts';
import { API_PREFIX } from '../http/configure-gateway';
import { addIdentitySecurity } from '../identity';
import { OPERATION_EXAMPLES, type OperationExamples } from './examples';
import { operationIdOf, type RouteFacts, routeFactsOf } from './route-facts';
import { withEnumLabels } from './enum-labels';

export const OPENAPI_VERSION = '0.1.0';

/** The document integrators code against; committed as openapi.json and checked for drift in CI. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Hospital customer service center API')
    .setDescription(
      'The one HTTP door to the platform of the customer service center (客服中心): dispatch of logistics jobs, ' +
        'belongings storage and equipment lending, complaints, surveys and staff evaluation. ' +
        'Errors are RFC 9457 `application/problem+json` with a stable `code` (the closed enum ErrorCode). Lists take `limit` and `cursor` ' +
        'and return `{ items, nextCursor }`. Every response carries `X-Request-Id`. Every operation declares the statuses the gateway ' +
        'answers it with (an unexpected 500 INTERNAL aside), and its security: `[]` for the routes open without an account, otherwise alternatives (a bearer token OR an API key, never both). ' +
        'Conventions and the rules behind the answers: docs/api.md.',
    )
    .setVersion(OPENAPI_VERSION)
    .addServer('/');
  const document = addIdentitySecurity(config).build();
  const built = SwaggerModule.createDocument(app, document, {
    operationIdFactory: (controllerKey, methodKey) => operationIdOf(controllerKey, methodKey),
  });
  return withEnumLabels(tellTheTruth(built, routeFactsOf(app)));
}

export function mountOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', customSiteTitle: 'Hospital platform API' });
}

export { API_PREFIX };

/*
 * The rules, in one place. Swagger's decorators describe what each controller says about itself;
 * what holds for every route because of how the gateway is built (its guards, pipes, filter,
 * middleware, interceptors, the RPC client) is declared here, from the same metadata those parts
 * act on (route-facts.ts), so a new route gets it without anyone remembering to write it:
 *
 *  1. declareStatuses   400 (validation), 401/403 (AuthGuard), 404 (path id), 409/422 (Idempotency-Key),
 *                       503/504 (NATS), 415 (JSON only), 429 (rate limits): added where missing, never replacing
 *                       a controller's own (more specific) description
 *  2. declareSecurity   `security: []` on public routes; every other requirement is a list of one-scheme alternatives
 *  3. declareHeaders    X-Request-Id on every response, WWW-Authenticate on 401, X-RateLimit-* and Retry-After on 429,
 *                       the Idempotency-Key parameter on @Idempotent() routes
 *  4. problemJson       every 4xx/5xx answer is application/problem+json with ProblemDto
 *  5. taskTypeUnion     CreateTaskDto as a oneOf of one schema per TaskType, discriminated on `type`
 *  6. nullableRefs      a nullable reference (enum, nested DTO) written so that null is valid in OpenAPI 3.0
 *  7. declareTags       every tag an operation uses, with its description
 *  8. applyExamples     the worked examples of examples.ts, on the operations they belong to
 */
export function tellTheTruth(document: OpenAPIObject, facts: Map<string, RouteFacts>): OpenAPIObject {
  document.components ??= {};
  for (const { path, method, operation } of operationsOf(document)) {
    const route = facts.get(operation.operationId ?? '');
    if (!route) throw new Error(`openapi: no route facts for ${method.toUpperCase()} ${path} (operationId ${operation.operationId})`);
    declareStatuses(operation, path, method, route);
    declareSecurity(operation, route, `${method.toUpperCase()} ${path}`);
    declareHeaders(document, operation, route);
    problemJson(operation);
  }
  taskTypeUnion(document);
  nullableRefs(document);
  declareTags(document);
  applyExamples(document, OPERATION_EXAMPLES);
  return document;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type Method = (typeof METHODS)[number];

export function operationsOf(document: OpenAPIObject): { path: string; method: Method; operation: OperationObject }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] as OperationObject })),
  );
}

const PROBLEM_JSON = 'application/problem+json';
const PROBLEM_SCHEMA: ReferenceObject = { $ref: '#/components/schemas/ProblemDto' };
const isError = (status: string) => /^[45]\d\d$/.test(status);

// ---------------------------------------------------------------------------------------------
// 1. Statuses

/** Adds `status` with `description` unless the controller declared it already. */
function declare(operation: OperationObject, status: string, description: string): void {
  operation.responses[status] ??= { description };
}

/** Makes a declared status name `code` too (appended as Swagger joins two declarations of one status). */
function mention(operation: OperationObject, status: string, code: string, text: string): void {
  const response = operation.responses[status] as ResponseObject | undefined;
  if (!response) return declare(operation, status, text);
  if (!response.description.includes(code)) response.description = `${response.description}\n\n${text}`;
}

const NOT_FOUND_CODES = new Set<string>(Object.values(ErrorCode).filter((code) => code.endsWith('_NOT_FOUND')));

/**
 * The code a service answers for an unknown `{id}` under `/<resource>/{id}`: the resource's name in
 * the singular (`/dispatch/tasks/{id}` → TASK_NOT_FOUND, `/auth/api-keys/{id}` → API_KEY_NOT_FOUND),
 * when ErrorCode has it; NOT_FOUND otherwise.
 */
export function notFoundCodeOf(path: string): string {
  const resource = /\/([a-z-]+)\/\{id\}/.exec(path)?.[1] ?? '';
  const code = `${resource.replace(/s$/, '').replace(/-/g, '_').toUpperCase()}_NOT_FOUND`;
  return NOT_FOUND_CODES.has(code) ? code : ErrorCode.NotFound;
}

function declareStatuses(operation: OperationObject, path: string, method: Method, route: RouteFacts): void {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const validated = [
    operation.requestBody ? 'a body that is not JSON or not of the documented shape' : null,
    parameters.some((p) => p.in === 'query') ? 'a query parameter' : null,
    parameters.some((p) => p.in === 'path') ? 'a path parameter' : null,
    route.idempotent ? 'an Idempotency-Key that is not 1-255 visible ASCII characters' : null,
  ].filter((part): part is string => part !== null);

  // The global ValidationPipe (and, for the Idempotency-Key, its interceptor) checks all of it before the route runs.
  if (validated.length) {
    declare(operation, '400', `The request is malformed: ${validated.join(', ')} (code VALIDATION_FAILED; \`errors\` names every bad field)`);
  }
  if (parameters.some((p) => p.in === 'query' && p.name === 'cursor')) {
    mention(operation, '400', ErrorCode.InvalidCursor, 'A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)');
  }

  // AuthGuard: no credential, a bad one, or both kinds at once; then the access rule and the temporary password.
  if (!route.isPublic) {
    declare(operation, '401', 'No valid bearer token or API key, or both sent at once (code UNAUTHENTICATED); see WWW-Authenticate');
    if (route.access?.kind === 'roles') {
      declare(operation, '403', `Requires one of the roles: ${route.access.roles.join(', ')} (code FORBIDDEN)`);
    }
    if (!route.allowedBeforePasswordChange) {
      mention(
        operation,
        '403',
        ErrorCode.PasswordChangeRequired,
        'A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)',
      );
    }
  }

  // Every `{id}` names a record the service looks up; an unknown one is its *_NOT_FOUND.
  if (parameters.some((p) => p.in === 'path' && p.name === 'id')) {
    const code = notFoundCodeOf(path);
    declare(operation, '404', `Nothing has this id (code ${code})`);
  }

  if (route.idempotent) {
    mention(operation, '409', ErrorCode.IdempotencyKeyInUse, 'A request with this Idempotency-Key is still running: retry later (code IDEMPOTENCY_KEY_IN_USE)');
    mention(operation, '422', ErrorCode.IdempotencyKeyReused, 'This Idempotency-Key was used with a different body (code IDEMPOTENCY_KEY_REUSED)');
  }

  // RpcClient: nobody listening on the subject, or no answer within RPC_TIMEOUT_MS. A route whose
  // controller does not hold an RpcClient but reaches a service through a provider (users → staff
  // directory) declares 503 itself; it can time out the same way.
  if (route.forwardsOverNats || operation.responses['503']) {
    declare(operation, '503', 'No instance of the service behind this route answered (code SERVICE_UNAVAILABLE)');
    const retry =
      method === 'get'
        ? 'safe to retry'
        : route.idempotent
          ? 'whether it was applied is unknown: retry with the same Idempotency-Key'
          : 'whether it was applied is unknown: read the record before retrying';
    declare(operation, '504', `The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); ${retry}`);
  }

  if (path.startsWith(`/${API_PREFIX}/`)) {
    // JsonOnlyMiddleware: a body in any other format never reaches the route.
    if (operation.requestBody) declare(operation, '415', 'The body is not application/json (code UNSUPPORTED_MEDIA_TYPE)');
    // AddressRateLimitGuard and CallerRateLimitGuard count every route under the API prefix but @Unlimited() ones.
    if (route.rateLimited) declare(operation, '429', 'Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After');
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Security

function declareSecurity(operation: OperationObject, route: RouteFacts, name: string): void {
  if (route.isPublic) {
    // An empty list says "no credential needed", where no list would mean "the document's default".
    operation.security = [];
    return;
  }
  const requirements = operation.security ?? [];
  // [{ bearer: [] }, { 'api-key': [] }] is "bearer OR api-key"; { bearer: [], 'api-key': [] } would be AND,
  // which AuthGuard refuses (401 "send either a bearer token or an API key, not both").
  if (!requirements.length || requirements.some((requirement) => Object.keys(requirement).length !== 1)) {
    throw new Error(`openapi: ${name} must list its security schemes as alternatives of one scheme each, got ${JSON.stringify(requirements)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Headers

const HEADERS: Record<string, HeaderObject> = {
  'X-Request-Id': {
    description:
      'The request id: the X-Request-Id you sent if it was well formed, else a new one. It is in every log line and in the ' +
      '`correlationId` of the events the request caused; quote it to support.',
    schema: { type: 'string', example: '0b6c8f9e-2d1a-4c55-9f3e-7a1d2c3b4e5f' },
  },
  'WWW-Authenticate': {
    description: 'How to authenticate (RFC 6750): `Bearer realm="hospital-api"`, with `error="invalid_token"` when a token was sent and refused',
    schema: { type: 'string', example: 'Bearer realm="hospital-api", error="invalid_token"' },
  },
  'Retry-After': { description: 'Seconds to wait before the next attempt', schema: { type: 'integer', minimum: 1, example: 42 } },
  'X-RateLimit-Limit': { description: 'Requests allowed per minute by the limit that refused this one', schema: { type: 'integer', example: 600 } },
  'X-RateLimit-Remaining': { description: 'Requests left in the current window (0 here)', schema: { type: 'integer', example: 0 } },
  'X-RateLimit-Reset': { description: 'Seconds until the current window ends', schema: { type: 'integer', example: 42 } },
};

const IDEMPOTENCY_KEY: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes a retry safe: the same key with the same body returns the first response and writes nothing new ' +
    '(24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: ' +
    '409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say ' +
    'whether it is a replay.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]{1,255}$', example: '5f1c0a52-3b5e-4d8e-9a55-0d6b2b8f7c11' },
};

const ref = (kind: 'headers' | 'parameters', name: string): ReferenceObject => ({ $ref: `#/components/${kind}/${name}` });

function declareHeaders(document: OpenAPIObject, operation: OperationObject, route: RouteFacts): void {
  const components = (document.components ??= {});
  components.headers = { ...HEADERS, ...components.headers };
  for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
    const headers: Record<string, HeaderObject | ReferenceObject> = { ...response.headers, 'X-Request-Id': ref('headers', 'X-Request-Id') };
    if (status === '401' && !route.isPublic) headers['WWW-Authenticate'] = ref('headers', 'WWW-Authenticate');
    if (status === '429') {
      for (const name of ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']) headers[name] = ref('headers', name);
    }
    response.headers = headers;
  }
  if (route.idempotent) {
    components.parameters = { ...components.parameters, 'Idempotency-Key': IDEMPOTENCY_KEY };
    const others = ((operation.parameters ?? []) as ParameterObject[]).filter((p) => !(p.in === 'header' && p.name === IDEMPOTENCY_KEY.name));
    operation.parameters = [...others, ref('parameters', 'Idempotency-Key')];
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Errors are problem+json

/** Every error answer goes through ProblemDetailsFilter: RFC 9457, whatever the route's success type. */
function problemJson(operation: OperationObject): void {
  for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
    if (isError(status)) response.content = { [PROBLEM_JSON]: { schema: PROBLEM_SCHEMA } };
  }
}

// ---------------------------------------------------------------------------------------------
// 5. A job's details: one schema per type

/** `PATIENT_TRANSPORT` → `CreatePatientTransportTaskDto`, from the enum's own member names. */
const variantName = (type: TaskType): string => `Create${Object.entries(TaskType).find(([, value]) => value === type)?.[0]}TaskDto`;

/**
 * The server validates CreateTaskDto with every details property optional and a rule per
 * property: required when `type` is its type, refused otherwise (task-detail-fields.ts). A client
 * generator cannot read that rule, so the document states it as a discriminated union built from
 * the same TASK_DETAILS_KEY: per type, its own details property required and no other allowed.
 */
function taskTypeUnion(document: OpenAPIObject): void {
  const schemas = ((document.components ??= {}).schemas ??= {});
  const base = schemas.CreateTaskDto as SchemaObject | undefined;
  const properties = base?.properties;
  if (!base || !properties) throw new Error('openapi: CreateTaskDto is not in the document');
  const detailsKeys = new Set<string>(Object.values(TASK_DETAILS_KEY));
  const missing = [...detailsKeys].filter((key) => !properties[key]);
  if (missing.length) throw new Error(`openapi: CreateTaskDto lacks the details properties ${missing.join(', ')}`);
  const common = Object.entries(properties).filter(([name]) => name !== 'type' && !detailsKeys.has(name));

  const mapping: Record<string, string> = {};
  for (const type of Object.values(TaskType)) {
    const key = TASK_DETAILS_KEY[type];
    const name = variantName(type);
    const details = properties[key] as SchemaObject;
    schemas[name] = {
      type: 'object',
      description: `A ${type} job: \`${key}\` is required; the details properties of the other types are refused (400).`,
      properties: {
        type: { type: 'string', enum: [type], description: (properties.type as SchemaObject).description },
        ...Object.fromEntries(common),
        [key]: { ...details, description: (details.description ?? '').replace(/\. Required when type is .*$/, '') },
      },
      required: [...(base.required ?? []), key],
      additionalProperties: false,
    };
    mapping[type] = `#/components/schemas/${name}`;
  }
  schemas.CreateTaskDto = {
    description:
      'A job to register. `type` says which of the details properties it carries: ' +
      Object.entries(TASK_DETAILS_KEY).map(([type, key]) => `${type} → \`${key}\``).join(', ') +
      '. Exactly that one: it is required, and any other is refused.',
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName: 'type', mapping },
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Nullable references

/**
 * Swagger writes a nullable reference (an enum, a nested DTO) as `{ nullable: true, allOf: [{ $ref }] }`.
 * In OpenAPI 3.0 `nullable` only widens a `type` beside it, and the referenced schema still refuses
 * null, so that schema does not admit the null the server sends (validators and Redocly's
 * nullable-type-sibling agree). Written instead as "the reference, or null". A lone
 * `{ allOf: [{ $ref }] }` (nothing beside it) becomes the `$ref` itself.
 */
function nullableRefs(document: OpenAPIObject): void {
  const schemas = document.components?.schemas ?? {};
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const schema = node as SchemaObject & Record<string, unknown>;
    for (const value of Object.values(schema)) visit(value);
    const only = schema.allOf?.length === 1 && '$ref' in schema.allOf[0] ? (schema.allOf[0] as ReferenceObject) : null;
    if (!only || !schema.nullable) return;
    const target = schemas[only.$ref.replace('#/components/schemas/', '')] as SchemaObject | undefined;
    delete schema.nullable;
    delete schema.allOf;
    delete schema.type;
    schema.anyOf = [only, { type: target?.type ?? 'object', nullable: true, enum: [null] }];
  };
  visit(document.components);
  visit(document.paths);
  // Properties, items and parameters holding nothing but one reference.
  const unwrap = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      const inner = value as { allOf?: unknown[] } | null;
      if (inner && typeof inner === 'object' && !Array.isArray(inner) && Object.keys(inner).length === 1 && inner.allOf?.length === 1) {
        (node as Record<string, unknown>)[key] = inner.allOf[0];
      }
      unwrap((node as Record<string, unknown>)[key]);
    }
  };
  unwrap(document.components);
  unwrap(document.paths);
}

// ---------------------------------------------------------------------------------------------
// 7. Tags

/** Every tag an operation uses, described; a new tag without a line here fails the build of the document. */
export const TAGS: Record<string, string> = {
  auth: 'Logging in, who the credential belongs to, changing one’s password; API keys of hospital systems (admin).',
  users: 'People’s accounts: created with a one-time password, changed, disabled, reset. Admins for every account, managers for the center’s staff.',
  audit: 'The append-only audit log of changes and of reads of personal data in full (admin).',
  staff: 'The staff directory (owned by dispatch), who is on duty, clocking in and out.',
  dispatch: 'Logistics jobs (调度): registration, assignment (by hand or automatic), each step of a job’s life, incidents (差错), the live board and KPIs.',
  deposit: 'Belongings storage (寄存) at the service desks: check-in with a ticket, claims, lost tickets, the lock, the 3-day rule, shift handovers (交接班).',
  equipment: 'Equipment lent at the desks (wheelchairs, airline chairs, umbrellas, flat carts) against a cash deposit, and the day’s money ledger.',
  feedback: 'Complaints under first-contact ownership (首问负责制), praise, follow-up calls (回访), surveys and satisfaction, social supervisors (社会监督员).',
  evaluation: 'Staff evaluation (考核): versioned point rules, each person’s points ledger, inspections, peer reviews, ranked scores and quarterly awards.',
  meta: 'What the platform says about itself to every client, without an account: the zh-CN and English labels of every enum value.',
  webhooks: 'Signed webhooks (Standard Webhooks) for hospital systems: endpoints for the events of their own jobs, the delivery log, redelivery, secret rotation.',
};

function declareTags(document: OpenAPIObject): void {
  const used = new Set(operationsOf(document).flatMap(({ operation }) => operation.tags ?? []));
  const undescribed = [...used].filter((tag) => !TAGS[tag]);
  if (undescribed.length) throw new Error(`openapi: describe the tags ${undescribed.join(', ')} in TAGS (openapi.ts)`);
  document.tags = Object.entries(TAGS)
    .filter(([name]) => used.has(name))
    .map(([name, description]) => ({ name, description }));
}

// ---------------------------------------------------------------------------------------------
// 8. Examples

function applyExamples(document: OpenAPIObject, examples: Record<string, OperationExamples>): void {
  const byId = new Map(operationsOf(document).map(({ operation }) => [operation.operationId, operation]));
  for (const [operationId, { request, responses }] of Object.entries(examples)) {
    const operation = byId.get(operationId);
    if (!operation) throw new Error(`openapi: examples for ${operationId}, which is not an operation`);
    if (request) {
      const media = (operation.requestBody as { content?: Record<string, { examples?: unknown }> } | undefined)?.content?.['application/json'];
      if (!media) throw new Error(`openapi: request examples for ${operationId}, which takes no JSON body`);
      media.examples = request;
    }
    for (const [status, named] of Object.entries(responses ?? {})) {
      const response = operation.responses[status] as ResponseObject | undefined;
      const media = response?.content && Object.values(response.content)[0];
      if (!media) throw new Error(`openapi: examples for ${operationId} ${status}, which it does not declare with a body`);
      media.examples = named;
    }
  }
}
