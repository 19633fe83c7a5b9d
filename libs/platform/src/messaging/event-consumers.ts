import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEnvelope } from '@hospital/contracts';
import { AckPolicy, ConsumerMessages, DeliverPolicy, JsMsg } from 'nats';
import { DataSource } from 'typeorm';
import { requestContext } from '../context/request-context';
import { MessagingConnection } from './messaging-connection';
import { MessagingMetrics } from './messaging.metrics';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { EventHandlerFn, ON_EVENT, OnEventMetadata } from './on-event.decorator';
import { isNotFound } from './stream';

const NANOS_PER_MS = 1_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our database being down is not the event's fault: retry it for as long as that lasts. */
function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { driverError?: { code?: string }; code?: string; message?: string } | null;
  const code = e?.driverError?.code ?? e?.code ?? '';
  return (
    /^(08|57P0)/.test(code) ||
    ['ECONNREFUSED', 'ECONNRESET'].includes(code) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(e?.message ?? '')
  );
}

interface Registration {
  name: string;
  meta: OnEventMetadata;
  handle: EventHandlerFn;
}

/**
 * Finds every `@OnEvent` handler and feeds it from a durable consumer: explicit ack, bounded
 * AckWait and MaxDeliver, the event id recorded with the handler's effect in one transaction
 * (redelivery is a no-op), retries with a growing delay, and after the last delivery the event
 * goes to `dead_letters` with its error, so one bad event never blocks the ones behind it.
 */
@Injectable()
export class EventConsumers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(EventConsumers.name);
  private readonly running: { messages: ConsumerMessages; loop: Promise<void> }[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly connection: MessagingConnection,
    private readonly metrics: MessagingMetrics,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const registration of this.registrations()) {
      const messages = await this.subscribe(registration);
      this.running.push({ messages, loop: this.consume(registration, messages) });
    }
  }

  /** Before any connection closes: stop fetching and let each loop finish the event in hand. */
  async beforeApplicationShutdown(): Promise<void> {
    for (const { messages } of this.running) messages.stop();
    await Promise.all(this.running.map((r) => r.loop));
  }

  private registrations(): Registration[] {
    const found: Registration[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const meta = Reflect.getMetadata(ON_EVENT, (instance[method] as object) ?? {}) as OnEventMetadata | undefined;
        if (!meta) continue;
        const fn = instance[method] as EventHandlerFn;
        found.push({
          name: `${this.options.service}_${wrapper.metatype.name}_${method}`.replace(/[^A-Za-z0-9_-]/g, '_'),
          meta,
          handle: (event, manager) => fn.call(instance, event, manager),
        });
      }
    }
    return found;
  }

  private async subscribe({ name, meta }: Registration): Promise<ConsumerMessages> {
    const { stream } = this.connection.names;
    const config = {
      durable_name: name,
      filter_subject: this.connection.names.subject(meta.type),
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: this.options.env.EVENTS_ACK_WAIT_MS * NANOS_PER_MS,
      // Unlimited: our own count decides when an event goes to the dead letters, so JetStream never drops one silently.
      max_deliver: -1,
    };
    try {
      await this.connection.jsm.consumers.info(stream, name);
      await this.connection.jsm.consumers.update(stream, name, config);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.connection.jsm.consumers.add(stream, config);
    }
    const consumer = await this.connection.js.consumers.get(stream, name);
    // A small prefetch: each message's AckWait starts when it reaches our buffer, not when we start on it.
    return consumer.consume({ max_messages: 16 });
  }

  private async consume(registration: Registration, messages: ConsumerMessages): Promise<void> {
    for await (const msg of messages) {
      await this.handle(registration, msg);
    }
  }

  private async handle({ name, meta, handle }: Registration, msg: JsMsg): Promise<void> {
    let event: EventEnvelope | null = null;
    try {
      const parsed = JSON.parse(msg.string()) as EventEnvelope;
      if (typeof parsed?.id !== 'string' || !UUID.test(parsed.id) || !parsed.type) throw new Error('not an event envelope');
      event = parsed;
      if (meta.versions && !meta.versions.includes(event.version)) throw new Error(`unsupported version ${event.version}`);
    } catch (error) {
      // A message that cannot be understood will not improve with retries.
      return this.deadLetter(name, msg, event, error);
    }
    const envelope = event;
    try {
      const applied = await requestContext.run({ requestId: envelope.correlationId ?? envelope.id }, () =>
        this.db.transaction(async (manager) => {
          const inserted = (await manager.query(
            `INSERT INTO "${this.options.schema}"."processed_events" ("consumer", "event_id") VALUES ($1, $2)
             ON CONFLICT DO NOTHING RETURNING "event_id"`,
            [name, envelope.id],
          )) as unknown[];
          if (inserted.length === 0) return false;
          await handle(envelope, manager);
          return true;
        }),
      );
      msg.ack();
      this.metrics.handled.inc({ consumer: name, outcome: applied ? 'applied' : 'duplicate' });
    } catch (error) {
      const deliveries = msg.info.redeliveryCount;
      const databaseDown = isDatabaseUnavailable(error);
      if (!databaseDown && deliveries >= this.options.env.EVENTS_MAX_DELIVER) return this.deadLetter(name, msg, envelope, error);
      this.metrics.handled.inc({ consumer: name, outcome: 'retry' });
      this.log.warn({ err: error, consumer: name, eventId: envelope.id, deliveries, databaseDown }, 'event handler failed; will retry');
      msg.nak(Math.min(250 * 2 ** deliveries, 30_000));
    }
  }

  private async deadLetter(name: string, msg: JsMsg, event: EventEnvelope | null, error: unknown): Promise<void> {
    const message = String((error as Error)?.message ?? error).slice(0, 2000);
    try {
      await this.db.query(
        `INSERT INTO "${this.options.schema}"."dead_letters" ("consumer", "event_id", "subject", "envelope", "raw", "error", "deliveries")
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [name, event?.id ?? null, msg.subject, event ? JSON.stringify(event) : null, event ? null : msg.string().slice(0, 10_000), message, msg.info.redeliveryCount],
      );
    } catch (dbError) {
      // Could not record it: leave it to JetStream to redeliver rather than lose it.
      this.log.error({ err: dbError, consumer: name }, 'could not write dead letter; will retry');
      msg.nak(5_000);
      return;
    }
    msg.term();
    this.metrics.handled.inc({ consumer: name, outcome: 'dead_letter' });
    this.metrics.deadLettered.inc({ consumer: name });
    this.log.error({ consumer: name, eventId: event?.id, subject: msg.subject, error: message }, 'event moved to dead letters');
  }
}
