import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ErrorCode, Role } from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { randomBytes } from 'node:crypto';
import { map, tap, timer } from 'rxjs';
import { DomainError } from '../errors/domain-error';
import { WireExceptionFilter } from '../errors/rpc-exception.filter';
import { PlatformNatsServer } from './nats-server.strategy';
import { RpcCallError, RpcClient } from './rpc-client';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const actor = actors.user(Role.Dispatcher, { id: 'tester' });

/** What happened, in the order it happened: lets a test assert order rather than compare clocks. */
const happened: string[] = [];

@Controller()
class ProbeHandlers {
  @MessagePattern('probe.echo')
  echo(@Payload('data') data: unknown, @Payload('actor') who: Actor) {
    return { data, actor: who.id };
  }

  @MessagePattern('probe.slow')
  async slow(@Payload('data') ms: number) {
    await new Promise((r) => setTimeout(r, ms));
    return { sleptMs: ms };
  }

  /** Like a handler behind an interceptor: the work starts only when Nest subscribes to the answer. */
  @MessagePattern('probe.lazy')
  lazy(@Payload('data') ms: number) {
    return timer(ms).pipe(
      map(() => ({ sleptMs: ms })),
      tap(() => happened.push('lazy work done')),
    );
  }

  @MessagePattern('probe.fail')
  fail() {
    throw new DomainError(ErrorCode.TaskNotFound, 'no such task', { errors: [{ field: 'id', message: 'unknown' }] });
  }

  @MessagePattern('probe.crash')
  crash() {
    throw new Error('SELECT secret FROM internals');
  }
}

@Module({ controllers: [ProbeHandlers] })
class ProbeModule {}

async function startProbe(prefix: string): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice(ProbeModule, {
    strategy: new PlatformNatsServer({ servers: NATS_URL, queue: 'probe', subjectPrefix: prefix }),
    logger: false,
  });
  app.useGlobalFilters(new WireExceptionFilter());
  await app.listen();
  return app;
}

function clientFor(prefix: string, timeoutMs = 2_000): RpcClient {
  return new RpcClient({ servers: NATS_URL, subjectPrefix: prefix, timeoutMs, name: 'probe-client' });
}

describe('request/reply over NATS', () => {
  const prefix = `tprobe${randomBytes(3).toString('hex')}.`;
  let service: INestMicroservice;
  let client: RpcClient;

  beforeAll(async () => {
    service = await startProbe(prefix);
    client = clientFor(prefix);
    await client.onModuleInit();
  });

  afterAll(async () => {
    await client.onApplicationShutdown();
    await service.close();
  });

  it('carries the caller and the data to the handler and back', async () => {
    await expect(client.send('probe.echo', actor, { n: 1 })).resolves.toEqual({ data: { n: 1 }, actor: 'tester' });
  });

  it('passes a domain error through with its code and field details', async () => {
    const error = await client.send('probe.fail', actor, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcCallError);
    expect(error).toMatchObject({ code: ErrorCode.TaskNotFound, status: 404, details: { errors: [{ field: 'id' }] } });
  });

  it('hides an unexpected error behind INTERNAL, never leaking its text', async () => {
    const error = (await client.send('probe.crash', actor, {}).catch((e: unknown) => e)) as RpcCallError;
    expect(error.code).toBe(ErrorCode.Internal);
    expect(error.message).not.toContain('SELECT');
  });

  it('reports SERVICE_UNAVAILABLE when nobody listens, at once rather than after the deadline', async () => {
    const started = Date.now();
    const error = (await client.send('nobody.listens', actor, {}).catch((e: unknown) => e)) as RpcCallError;
    expect(error.code).toBe(ErrorCode.ServiceUnavailable);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reports SERVICE_TIMEOUT when the service answers too late', async () => {
    const error = (await client.send('probe.slow', actor, 500, { timeoutMs: 100 }).catch((e: unknown) => e)) as RpcCallError;
    expect(error.code).toBe(ErrorCode.ServiceTimeout);
  });

  it('keeps suites apart: a client with another prefix reaches nobody', async () => {
    const other = clientFor(`tother${randomBytes(3).toString('hex')}.`);
    await other.onModuleInit();
    try {
      const error = (await other.send('probe.echo', actor, {}).catch((e: unknown) => e)) as RpcCallError;
      expect(error.code).toBe(ErrorCode.ServiceUnavailable);
    } finally {
      await other.onApplicationShutdown();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight before closing, and then takes no more', async () => {
    const prefix = `tdrain${randomBytes(3).toString('hex')}.`;
    const service = await startProbe(prefix);
    const client = clientFor(prefix, 5_000);
    await client.onModuleInit();
    try {
      const inFlight = client.send('probe.slow', actor, 400);
      await new Promise((r) => setTimeout(r, 100));
      await service.close();
      await expect(inFlight).resolves.toEqual({ sleptMs: 400 });
      const after = (await client.send('probe.echo', actor, {}).catch((e: unknown) => e)) as RpcCallError;
      expect(after.code).toBe(ErrorCode.ServiceUnavailable);
    } finally {
      await client.onApplicationShutdown();
    }
  });

  it('waits for a request whose work starts only when its answer is subscribed (as behind an interceptor)', async () => {
    const prefix = `tlazy${randomBytes(3).toString('hex')}.`;
    const service = await startProbe(prefix);
    const client = clientFor(prefix, 5_000);
    await client.onModuleInit();
    try {
      const inFlight = client.send('probe.lazy', actor, 400);
      await new Promise((r) => setTimeout(r, 100));
      happened.length = 0;
      const closed = service.close().then(() => happened.push('closed'));
      await expect(inFlight).resolves.toEqual({ sleptMs: 400 });
      await closed;
      // Closing finished after the work was done and its answer went out, not before.
      expect(happened).toEqual(['lazy work done', 'closed']);
    } finally {
      await client.onApplicationShutdown();
    }
  });

  it('answers every request of a burst when one of two replicas closes in the middle of it', async () => {
    const prefix = `tburst${randomBytes(3).toString('hex')}.`;
    const [leaving, staying] = [await startProbe(prefix), await startProbe(prefix)];
    const client = clientFor(prefix, 3_000);
    await client.onModuleInit();
    try {
      // Requests NATS already handed to the leaving replica, still in its socket buffer when it
      // stops listening, must be answered too (the benchmark's restart run once lost one as a 504).
      const burst = Array.from({ length: 2_000 }, (_, i) => client.send('probe.echo', actor, i));
      await new Promise((r) => setImmediate(r));
      await leaving.close();
      const answers = await Promise.allSettled(burst);
      const failed = answers.filter((a) => a.status === 'rejected').map((a) => (a as PromiseRejectedResult).reason.code);
      expect(failed).toEqual([]);
    } finally {
      await client.onApplicationShutdown();
      await staying.close();
    }
  });
});
