/*
 * Shared by the webhooks specs only (jest does not run it): the service in-process on real
 * Postgres and NATS, events published to its JetStream as dispatch's relay would, the sender
 * driven by the spec, and receivers on loopback that a spec tells how to answer.
 */
import {
  Actor,
  DispatchEvents,
  EventEnvelope,
  Group,
  Role,
  TaskCreatedV1,
  TaskPriority,
  TaskStatus,
  TaskStepV1,
  TaskType,
  WebhookDeliveryDto,
  WebhookEndpointWithSecretDto,
  WebhookEventType,
} from '@hospital/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { connect, NatsConnection } from 'nats';
import { once } from 'node:events';
import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { WebhooksConfig, WebhooksEnv } from '../config';
import { RegisterEndpointService } from '../endpoints/register-endpoint.service';
import { webhooksService } from '../service';
import { DeliveriesQueryService } from './deliveries-query.service';
import { DeliverySender } from './delivery-sender';

export const SECRET_KEY = 'webhooks-spec-key-0123456789abcdef-0123456789';
export const admin = actors.user(Role.Admin);
/** A hospital system's API key of its own (the ward's nurse station, the lab, ...), so one spec's endpoints never hear of another's jobs. */
export const aSystem = (name = 'ward'): Actor => actors.apiKey(`system-${name}-${randomUUID()}`);

/** One request a receiver got, as it arrived. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a receiver answers: a status, or `hang` (never answers; the sender's timeout ends it). */
export type Answer = number | 'hang';

/** A hospital system's endpoint on loopback: records every request, answers as the spec says. */
export class Receiver {
  readonly received: Received[] = [];
  /** Requests it has not answered (hanging), and how many of those the sender gave up on (closed). */
  open = 0;
  closed = 0;
  private answers: Answer[] = [];
  private fallback: Answer = 200;
  private readonly sockets = new Set<Socket>();
  private constructor(private readonly server: Server) {}

  static async start(): Promise<Receiver> {
    const server = createServer();
    const receiver = new Receiver(server);
    server.on('connection', (socket) => {
      receiver.sockets.add(socket);
      socket.on('close', () => receiver.sockets.delete(socket));
    });
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        receiver.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        receiver.answer(res);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hospital-events`;
  }

  /** The next answers, in order; after them, `then` (200 by default). */
  answerWith(answers: Answer[], then: Answer = 200): void {
    this.answers = [...answers];
    this.fallback = then;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.close();
    await once(this.server, 'close');
  }

  private answer(res: ServerResponse): void {
    const answer = this.answers.shift() ?? this.fallback;
    if (answer === 'hang') {
      this.open++;
      res.on('close', () => {
        this.open--;
        this.closed++;
      });
      return;
    }
    res.writeHead(answer, { 'content-type': 'application/json' }).end('{}');
  }
}

export interface WebhooksHarness {
  service: ServiceUnderTest<WebhooksEnv, WebhooksConfig>;
  /** Publishes an event as another service's relay does; returns its envelope. `id` repeats an event (new Nats-Msg-Id, so JetStream keeps it). */
  publish<P>(type: string, payload: P, options?: { id?: string; aggregateId?: string; occurredAt?: string }): Promise<EventEnvelope<string, P>>;
  /** Resolves once the fan-out consumer of the family has dealt with everything published so far. */
  settled(method: 'onTaskEvent' | 'onIncidentEvent' | 'onComplaintEvent'): Promise<void>;
  /** One sender tick: claims what is due now, and resolves once those attempts have ended. */
  sendDue(): Promise<number>;
  register(actor: Actor, url: string, eventTypes: WebhookEventType[]): Promise<WebhookEndpointWithSecretDto>;
  deliveriesOf(endpointId: string, actor?: Actor): Promise<WebhookDeliveryDto[]>;
  stop(): Promise<void>;
}

export async function startWebhooksHarness(env: Record<string, string> = {}, config: Partial<WebhooksConfig> = {}): Promise<WebhooksHarness> {
  const service = await startServiceUnderTest(webhooksService, {
    env: { WEBHOOKS_SECRET_KEY: SECRET_KEY, WEBHOOKS_ALLOW_PRIVATE_URLS: 'true', WEBHOOKS_RETRY_JITTER: 'none', ...env },
    // The spec drives the sender: its timer would otherwise race the spec's own ticks.
    config: { senderIntervalMs: 3_600_000, ...config },
  });
  const { jsm, names } = await service.jetstream();
  const nc: NatsConnection = await connect({ servers: service.env.NATS_URL });
  const js = nc.jetstream();
  const sender = service.app.get(DeliverySender);
  return {
    service,
    publish: async <P>(type: string, payload: P, options: { id?: string; aggregateId?: string; occurredAt?: string } = {}) => {
      const envelope: EventEnvelope<string, P> = {
        id: options.id ?? uuidv7(),
        type,
        version: 1,
        occurredAt: options.occurredAt ?? new Date().toISOString(),
        source: type.split('.')[0],
        correlationId: null,
        aggregateId: options.aggregateId ?? randomUUID(),
        payload,
      };
      await js.publish(names.subject(type), new TextEncoder().encode(JSON.stringify(envelope)), { msgID: randomUUID() });
      return envelope;
    },
    settled: async (method) => {
      const consumer = `webhooks_EventFanOut_${method}`;
      const deadline = performance.now() + 10_000;
      for (;;) {
        const info = await jsm.consumers.info(names.stream, consumer).catch(() => null);
        if (info && info.num_pending === 0 && info.num_ack_pending === 0) return;
        if (performance.now() > deadline) throw new Error(`${consumer} did not settle`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    sendDue: async () => {
      const { started, finished } = await sender.startDue();
      await finished;
      return started;
    },
    register: (actor, url, eventTypes) => service.app.get(RegisterEndpointService).create({ url, eventTypes }, actor, null),
    deliveriesOf: async (endpointId, actor = admin) => (await service.app.get(DeliveriesQueryService).list({ id: endpointId, limit: 100 }, actor)).items,
    stop: async () => {
      await nc.close();
      await service.stop();
    },
  };
}

/** A job as dispatch announces it, raised by `createdBy`. */
export function taskCreated(createdBy: string, id = randomUUID()): TaskCreatedV1 {
  const at = new Date().toISOString();
  return { id, number: 'T20011123-0001', type: TaskType.Specimen, priority: TaskPriority.Stat, group: Group.InternalMedicine, createdBy, createdAt: at, dueAt: at };
}

/** A step of that job; `createdBy` left out, as in events from before it was carried. */
export function taskStep(task: TaskCreatedV1, status: TaskStatus, options: { carriesCreator?: boolean } = {}): TaskStepV1 {
  return {
    id: task.id,
    number: task.number,
    type: task.type,
    priority: task.priority,
    group: task.group,
    status,
    workerId: randomUUID(),
    actorId: 'user-dispatcher',
    at: new Date().toISOString(),
    dueAt: task.dueAt,
    ...(options.carriesCreator === false ? {} : { createdBy: task.createdBy }),
  };
}

export { DispatchEvents };
