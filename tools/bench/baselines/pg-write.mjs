// Baseline (a) of the benchmark: the physical floor of the create-task write path. One Node
// process, `pg` directly, the thinnest HTTP wrapper there is (node:http, no framework, no
// auth, no validation): per request BEGIN; INSERT a task row; INSERT its outbox row; COMMIT.
// The tables live in their own schema `bench_floor`, shaped like dispatch.tasks and the
// outbox (same columns, keys and indexes), so the database does the same work per job.
//
// Environment: DATABASE_URL, PORT, DATABASE_POOL_SIZE (10, as the services). Prints
// "listening" on stdout once it serves.

import http from 'node:http';
import { randomUUID } from 'node:crypto';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE || 10) });
let counter = 0;

await pool.query(`
  DROP SCHEMA IF EXISTS bench_floor CASCADE;
  CREATE SCHEMA bench_floor;
  CREATE TABLE bench_floor.tasks (
    "id" uuid PRIMARY KEY,
    "number" varchar(20) NOT NULL UNIQUE,
    "type" varchar(30) NOT NULL,
    "priority" varchar(10) NOT NULL,
    "status" varchar(20) NOT NULL,
    "group" varchar(20) NOT NULL,
    "origin" jsonb NOT NULL,
    "destination" jsonb NOT NULL,
    "requester" jsonb NOT NULL,
    "details" jsonb,
    "notes" varchar(500),
    "created_by" varchar(64) NOT NULL,
    "version" integer NOT NULL,
    "created_at" timestamptz(3) NOT NULL DEFAULT now(),
    "updated_at" timestamptz(3) NOT NULL DEFAULT now()
  );
  CREATE INDEX ON bench_floor.tasks ("created_at" DESC, "id" DESC);
  CREATE INDEX ON bench_floor.tasks ("status", "created_at" DESC, "id" DESC);
  CREATE INDEX ON bench_floor.tasks ("group", "status", "created_at" DESC, "id" DESC);
  CREATE INDEX ON bench_floor.tasks ("type", "created_at" DESC, "id" DESC);
  CREATE INDEX ON bench_floor.tasks ("priority", "created_at" DESC, "id" DESC);
  CREATE TABLE bench_floor.outbox (
    "seq" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "id" uuid NOT NULL UNIQUE,
    "subject" varchar(200) NOT NULL,
    "aggregate_id" varchar(64) NOT NULL,
    "envelope" jsonb NOT NULL,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "published_at" timestamptz,
    "attempts" integer NOT NULL DEFAULT 0,
    "last_error" text
  );
  CREATE INDEX ON bench_floor.outbox ("seq") WHERE "published_at" IS NULL;
  CREATE INDEX ON bench_floor.outbox ("aggregate_id", "seq") WHERE "published_at" IS NULL;
`);

async function createTask(body) {
  const id = randomUUID();
  const number = `B${process.pid}-${++counter}`;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(
      `INSERT INTO bench_floor.tasks ("id","number","type","priority","status","group","origin","destination","requester","details","notes","created_by","version")
       VALUES ($1,$2,$3,$4,'PENDING',$5,$6,$7,$8,$9,$10,'bench',1) RETURNING "created_at"`,
      [id, number, body.type, body.priority, body.group, body.origin, body.destination, body.requester, body.specimen ?? null, body.notes ?? null],
    );
    const task = { id, number, status: 'PENDING', ...body, createdAt: rows[0].created_at };
    const envelope = { id: randomUUID(), type: 'dispatch.task.created', aggregateId: id, occurredAt: new Date().toISOString(), payload: task };
    await client.query(
      `INSERT INTO bench_floor.outbox ("id","subject","aggregate_id","envelope") VALUES ($1,$2,$3,$4)`,
      [envelope.id, 'events.dispatch.task.created', id, envelope],
    );
    await client.query('COMMIT');
    return task;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    createTask(body).then(
      (task) => {
        const json = JSON.stringify(task);
        res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
      },
      (err) => {
        console.error(err.message);
        res.writeHead(500).end();
      },
    );
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
}
