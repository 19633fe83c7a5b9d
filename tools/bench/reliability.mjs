// The load test that doubles as a reliability check: create tasks for a
// minute with two dispatch processes behind the gateway, restart one of them (SIGTERM, as
// Kubernetes does on a rollout, then a fresh start) a third of the way in, and afterwards check
// that every task the gateway answered 2xx for is in the database, that its task.created event
// is on the event stream exactly once, and that the feedback service's consumers are caught
// up with that stream.

import { AckPolicy, connect, DeliverPolicy } from 'nats';
import pg from 'pg';
import { eventStreamName } from '../lib/infra.mjs';
import { autocannonRun, summarize } from './measure.mjs';

/**
 * @param {object} o
 * @param {object} o.request autocannon request (create task)
 * @param {number} o.connections
 * @param {number} o.seconds
 * @param {() => Promise<void>} o.restart stops one dispatch process and starts it again, resolves when it is ready
 * @param {string} o.databaseUrl
 * @param {string} o.natsUrl
 * @param {string} o.prefix the run's NATS subject prefix
 * @param {(msg: string) => void} o.say
 */
export async function reliabilityRun({ request, connections, seconds, restart, databaseUrl, natsUrl, prefix, say }) {
  const accepted = [];
  const failures = new Map(); // status -> count
  const latencies = [];
  let restartError = null;
  const load = autocannonRun(
    {
      ...request,
      connections,
      duration: seconds,
      requests: [
        {
          onResponse: (status, body) => {
            if (status >= 200 && status < 300) accepted.push(JSON.parse(body).id);
            else failures.set(status, (failures.get(status) ?? 0) + 1);
          },
        },
      ],
    },
    (ms) => latencies.push(ms),
  );
  const restarted = (async () => {
    await sleep((seconds * 1000) / 3);
    say('reliability: restarting one dispatch process under load');
    const t0 = Date.now();
    await restart();
    say(`reliability: dispatch back after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  })().catch((err) => {
    restartError = err;
  });
  const result = await load;
  await restarted;
  if (restartError) throw restartError;

  const check = await checkDelivery({ ids: accepted, databaseUrl, natsUrl, prefix, say });
  return {
    ...summarize({ latencies, elapsed: seconds, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }),
    failuresByStatus: Object.fromEntries(failures),
    accepted: accepted.length,
    ...check,
    passed: check.missingInDatabase === 0 && check.missingEvents === 0 && check.duplicateEvents === 0 && check.feedbackCaughtUp,
  };
}

/** Waits (up to a minute) for the outbox to drain and feedback to catch up, then compares. */
async function checkDelivery({ ids, databaseUrl, natsUrl, prefix, say }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const nc = await connect({ servers: natsUrl, name: 'bench-reliability-check' });
  try {
    const { rows } = await db.query('SELECT count(*)::int AS n FROM "dispatch"."tasks" WHERE "id" = ANY($1::uuid[])', [ids]);
    const missingInDatabase = ids.length - rows[0].n;

    await waitFor(async () => {
      const { rows: pending } = await db.query('SELECT count(*)::int AS n FROM "dispatch"."outbox" WHERE "published_at" IS NULL');
      return pending[0].n === 0;
    }, 'the dispatch outbox to drain');

    const stream = eventStreamName(prefix);
    const seen = await createdEventsOnStream(nc, stream, `${prefix}hospital.dispatch.task.created`);
    let missingEvents = 0;
    let duplicateEvents = 0;
    for (const id of ids) {
      const n = seen.get(id) ?? 0;
      if (n === 0) missingEvents += 1;
      if (n > 1) duplicateEvents += n - 1;
    }

    const jsm = await nc.jetstreamManager();
    let lag = null;
    const feedbackCaughtUp = await waitFor(async () => {
      lag = await feedbackLag(jsm, stream);
      return lag.consumers > 0 && lag.pending === 0 && lag.ackPending === 0;
    }, 'the feedback consumers to catch up').catch(() => false);
    say(`reliability: ${ids.length} accepted, ${missingInDatabase} missing in the database, ${missingEvents} without an event, ${duplicateEvents} duplicate events; feedback consumers ${JSON.stringify(lag)}`);
    return { missingInDatabase, missingEvents, duplicateEvents, feedbackCaughtUp, feedbackConsumers: lag };
  } finally {
    await nc.close();
    await db.end();
  }
}

/** aggregateId -> how many task.created events the stream holds for it. */
async function createdEventsOnStream(nc, stream, subject) {
  const jsm = await nc.jetstreamManager();
  // A plain pull consumer without acks, deleted after: an ordered consumer with DeliverPolicy.All
  // never starts on nats-server 2.9.
  const name = `bench-check-${Date.now()}`;
  const info = await jsm.consumers.add(stream, {
    name,
    filter_subject: subject,
    ack_policy: AckPolicy.None,
    deliver_policy: DeliverPolicy.All,
    inactive_threshold: 60 * 1e9,
  });
  const counts = new Map();
  try {
    const consumer = await nc.jetstream().consumers.get(stream, name);
    for (let left = info.num_pending; left > 0; ) {
      const batch = await consumer.fetch({ max_messages: Math.min(1_000, left), expires: 5_000 });
      let got = 0;
      for await (const m of batch) {
        const { aggregateId } = m.json();
        counts.set(aggregateId, (counts.get(aggregateId) ?? 0) + 1);
        got += 1;
      }
      if (got === 0) throw new Error(`the stream stopped delivering with ${left} task.created events to go`);
      left -= got;
    }
  } finally {
    await jsm.consumers.delete(stream, name).catch(() => {});
  }
  return counts;
}

/** Pending and unacknowledged messages over every durable consumer the feedback service has on the stream. */
async function feedbackLag(jsm, stream) {
  let consumers = 0;
  let pending = 0;
  let ackPending = 0;
  for await (const c of jsm.consumers.list(stream)) {
    if (!c.name.startsWith('feedback')) continue;
    consumers += 1;
    pending += c.num_pending;
    ackPending += c.num_ack_pending;
  }
  return { consumers, pending, ackPending };
}

async function waitFor(condition, what, timeoutMs = 60_000) {
  const endAt = Date.now() + timeoutMs;
  while (Date.now() < endAt) {
    if (await condition()) return true;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
