import { StreamNames } from '@hospital/contracts';
import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { connect, JetStreamClient, JetStreamManager, NatsConnection } from 'nats';
import { closeNats } from '../nats/close-nats';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { ensureStream } from './stream';

/**
 * The service's JetStream connection, kept apart from the request/reply one so a burst of
 * events never queues behind requests (and the reverse). Reconnects forever.
 */
@Injectable()
export class MessagingConnection implements OnModuleInit, OnApplicationShutdown {
  readonly names: StreamNames;
  private nc: NatsConnection | null = null;
  private jsClient: JetStreamClient | null = null;
  private manager: JetStreamManager | null = null;

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {
    this.names = new StreamNames(options.env.NATS_SUBJECT_PREFIX);
  }

  async onModuleInit(): Promise<void> {
    this.nc = await connect({
      servers: this.options.env.NATS_URL,
      name: `${this.options.service}-events`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
    });
    this.manager = await this.nc.jetstreamManager();
    this.jsClient = this.nc.jetstream();
    await ensureStream(this.manager, this.names, {
      maxAgeDays: this.options.env.EVENTS_MAX_AGE_DAYS,
      duplicateWindowMs: this.options.env.EVENTS_DUPLICATE_WINDOW_MS,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const nc = this.nc;
    this.nc = null;
    if (nc) await closeNats(nc);
  }

  get js(): JetStreamClient {
    if (!this.jsClient) throw new Error('messaging connection not initialised');
    return this.jsClient;
  }

  get jsm(): JetStreamManager {
    if (!this.manager) throw new Error('messaging connection not initialised');
    return this.manager;
  }
}
