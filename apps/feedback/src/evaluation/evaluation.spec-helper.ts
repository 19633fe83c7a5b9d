/*
 * Shared by the evaluation specs only (jest does not run it): the feedback service in-process on
 * real Postgres and NATS, events published to its JetStream as another service's relay would,
 * and staff put straight into the read model.
 */
import { EventEnvelope, Group, Post, Role } from '@hospital/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { connect, NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';
import { feedbackService } from '../service';

export const manager = actors.user(Role.Manager);
export const inspector = actors.user(Role.Inspector);

export interface EvaluationHarness {
  service: ServiceUnderTest;
  /** Publishes an event; `id` defaults to a new one, and the Nats-Msg-Id is always new so JetStream never dedupes it. */
  publish<P>(type: string, payload: P, id?: string): Promise<string>;
  /** Resolves once the named handler of PointsConsumers has dealt with everything published so far. */
  settled(method: string): Promise<void>;
  addStaff(staffNo: string, group?: Group): Promise<string>;
  stop(): Promise<void>;
}

export async function startEvaluationHarness(): Promise<EvaluationHarness> {
  const service = await startServiceUnderTest(feedbackService);
  const { jsm, names } = await service.jetstream();
  const nc: NatsConnection = await connect({ servers: service.env.NATS_URL });
  const js = nc.jetstream();
  return {
    service,
    publish: async <P>(type: string, payload: P, id = randomUUID()) => {
      const envelope: EventEnvelope<string, P> = {
        id,
        type,
        version: 1,
        occurredAt: new Date().toISOString(),
        source: type.split('.')[0],
        correlationId: null,
        aggregateId: randomUUID(),
        payload,
      };
      await js.publish(names.subject(type), new TextEncoder().encode(JSON.stringify(envelope)), { msgID: randomUUID() });
      return id;
    },
    settled: async (method: string) => {
      const consumer = `feedback_PointsConsumers_${method}`;
      const deadline = performance.now() + 10_000;
      for (;;) {
        const info = await jsm.consumers.info(names.stream, consumer).catch(() => null);
        if (info && info.num_pending === 0 && info.num_ack_pending === 0) return;
        if (performance.now() > deadline) throw new Error(`${consumer} did not settle`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    addStaff: async (staffNo: string, group = Group.Emergency) => {
      const id = randomUUID();
      await service.query(
        `INSERT INTO "feedback"."staff_directory" ("id", "staff_no", "name", "group", "posts", "active", "version", "updated_at")
         VALUES ($1, $2, $3, $4, $5, true, 1, now())`,
        [id, staffNo, `员工${staffNo}`, group, [Post.ExamEscort]],
      );
      return id;
    },
    stop: async () => {
      await nc.close();
      await service.stop();
    },
  };
}
