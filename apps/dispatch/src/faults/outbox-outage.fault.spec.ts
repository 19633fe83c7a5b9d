/**
 * Fault test: NATS goes away in the middle of a burst of writes, and comes back.
 *
 * Dispatch runs in-process (real Postgres, a nats-server this test owns: never the machine's
 * shared NATS); feedback runs from its production bundle as a child process on the same
 * database, NATS and subject prefix. 200 changes go through dispatch's service layer; NATS is
 * stopped after the first 50 and the rest are written while it is down. The write path must not
 * need NATS, the outbox must hold what could not be published, and once NATS is back every
 * committed change must reach JetStream and feedback's read model exactly once.
 */
import { CreateStaffDto, CreateTaskDto, DispatchEvents, Group, Post, Role, StreamNames, TaskPriority, TaskType } from '@hospital/contracts';
import { actors, freePort, OwnNatsServer } from '@hospital/testing';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import { DataSource } from 'typeorm';
import { dispatchService } from '../service';
import { StaffRecordsService } from '../staff/staff-records.service';
import { CreateTaskService } from '../tasks/create-task.service';

const FEEDBACK_BUNDLE = join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'feedback', 'main.js');

const STAFF = 100;
const TASKS = 100;
const TOTAL = STAFF + TASKS;
/** NATS is stopped once this many changes have been committed. */
const STOP_AFTER = 50;
/** Writers working at once: a small burst, like a few dispatchers at their desks. */
const CONCURRENCY = 4;
/** After NATS is back, everything must have arrived within this. */
const CONVERGE_MS = 30_000;

const manager = actors.user(Role.Manager, { id: 'user-fault-manager' });
const dispatcher = actors.user(Role.Dispatcher, { id: 'user-fault-dispatcher' });

const staffBody = (i: number): CreateStaffDto => ({
  staffNo: `FT${String(i).padStart(4, '0')}`,
  name: `故障${i}`,
  group: [Group.InternalMedicine, Group.Surgery, Group.Emergency][i % 3],
  posts: [Post.ExamEscort],
  phone: `139${String(10_000_000 + i).slice(-8)}`,
});

const taskBody = (i: number): CreateTaskDto => ({
  type: TaskType.Specimen,
  priority: TaskPriority.Routine,
  group: Group.Surgery,
  origin: { department: '普外科', bed: String(i) },
  destination: { department: '检验科' },
  requester: { department: '普外科' },
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns something truthy; on timeout fails with `what` and the last state seen. */
async function eventually<T>(what: string, timeoutMs: number, check: () => Promise<T | null | undefined | false>, state?: () => Promise<unknown>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) {
      const seen = state ? `; last state: ${JSON.stringify(await state().catch((e: unknown) => String(e)))}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}`);
    }
    await sleep(200);
  }
}

/** The feedback service from its production bundle, with its output kept for when something goes wrong. */
class FeedbackProcess {
  private output = '';
  private constructor(
    readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-8_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static async start(env: Record<string, string>): Promise<FeedbackProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [FEEDBACK_BUNDLE], {
      cwd: join(__dirname, '..', '..', '..', '..'),
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env, HEALTH_PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const feedback = new FeedbackProcess(child, `http://127.0.0.1:${port}`);
    await eventually(
      'feedback /health/ready',
      90_000,
      async () => {
        if (!feedback.running) throw new Error(`feedback exited with ${child.exitCode ?? child.signalCode}:\n${feedback.output}`);
        const res = await fetch(`${feedback.baseUrl}/health/ready`).catch(() => null);
        return res?.status === 200;
      },
      async () => feedback.output,
    );
    return feedback;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get log(): string {
    return this.output;
  }

  /** SIGTERM, wait for the exit; SIGKILL if it does not go within 30 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  }
}

describe('outbox under a NATS outage (dispatch in-process, feedback from its bundle, a nats-server of our own)', () => {
  let nats: OwnNatsServer | undefined;
  let natsDown = false;
  let dispatch: ServiceUnderTest | undefined;
  let feedback: FeedbackProcess | undefined;
  let db: DataSource;
  let names: StreamNames;
  const killFeedbackOnExit = () => feedback?.child.kill('SIGKILL');

  const scalar = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number(((await db.query(sql, params)) as [{ n: number }])[0].n);
  const backlog = () => scalar('SELECT count(*)::int AS n FROM "dispatch"."outbox" WHERE "published_at" IS NULL');

  beforeAll(async () => {
    if (!existsSync(FEEDBACK_BUNDLE)) {
      throw new Error(`the feedback bundle ${FEEDBACK_BUNDLE} is missing: run \`npx nx build feedback\` first (dispatch:test depends on it)`);
    }
    nats = await OwnNatsServer.start();
    dispatch = await startServiceUnderTest(dispatchService, {
      env: {
        NATS_URL: nats.url,
        // The relay's back-off warnings during the outage are expected; keep the test output for failures.
        LOG_LEVEL: 'error',
      },
    });
    db = dispatch.app.get(DataSource);
    names = new StreamNames(dispatch.env.NATS_SUBJECT_PREFIX);
    process.once('exit', killFeedbackOnExit);
    feedback = await FeedbackProcess.start({
      DATABASE_URL: dispatch.db.url, // the same test database: feedback keeps to its own schema
      NATS_URL: nats.url,
      NATS_SUBJECT_PREFIX: dispatch.env.NATS_SUBJECT_PREFIX,
    });
  }, 180_000);

  afterAll(async () => {
    try {
      await feedback?.stop();
      process.removeListener('exit', killFeedbackOnExit);
      // If the test failed while NATS was down, bring it back and let dispatch reconnect before closing it:
      // closing while its NATS connections are still reconnecting leaves one reconnecting for ever
      // (nats.js drain() swallows the failed flush and never closes), and jest would not exit.
      if (nats && natsDown) {
        await nats.start();
        natsDown = false;
        const ready = async () => (await fetch(`${dispatch?.baseUrl}/health/ready`).catch(() => null))?.status === 200;
        if (dispatch) await eventually('dispatch to reconnect to NATS', 30_000, ready).catch(() => undefined);
      }
      await dispatch?.stop(); // closes the app, drops the database
    } finally {
      await nats?.dispose(); // the stream lived only in this server's store, which goes with it
    }
  }, 120_000);

  it('commits every change while NATS is down and, once it is back, delivers each to JetStream and feedback exactly once', async () => {
    const staff = dispatch!.app.get(StaffRecordsService);
    const tasks = dispatch!.app.get(CreateTaskService);

    // 200 changes, staff and tasks interleaved.
    const ops: (() => Promise<{ kind: 'staff' | 'task'; id: string }>)[] = [];
    for (let i = 0; i < STAFF; i++) {
      ops.push(async () => ({ kind: 'staff', id: (await staff.create(staffBody(i), manager)).id }));
      ops.push(async () => ({ kind: 'task', id: (await tasks.create(taskBody(i), dispatcher)).id }));
    }
    expect(ops).toHaveLength(TOTAL);

    const staffIds: string[] = [];
    const taskIds: string[] = [];
    let next = 0;
    let committed = 0;
    let startedWhileDown = 0;
    let backlogAtStop = -1;
    let outage: Promise<void> | null = null;
    const writer = async () => {
      while (next < ops.length) {
        // Once 50 are in, the next writes wait for NATS to be gone, so they really happen without it.
        if (outage) await outage;
        if (next >= ops.length) break;
        const op = ops[next++];
        if (natsDown) startedWhileDown++;
        const { kind, id } = await op(); // must succeed: writing does not need NATS
        (kind === 'staff' ? staffIds : taskIds).push(id);
        committed++;
        if (committed === STOP_AFTER && !outage) {
          outage = (async () => {
            await nats!.stop();
            natsDown = true;
            backlogAtStop = await backlog();
          })();
        }
      }
    };
    const writing = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, writer));
    const writeMs = Date.now() - writing;

    expect(committed).toBe(TOTAL);
    expect([staffIds.length, taskIds.length]).toEqual([STAFF, TASKS]);
    expect(natsDown).toBe(true);
    expect(startedWhileDown).toBeGreaterThanOrEqual(TOTAL - STOP_AFTER - CONCURRENCY);
    expect(await scalar('SELECT count(*)::int AS n FROM "dispatch"."outbox"')).toBe(TOTAL);

    // While NATS is down, the outbox holds what could not go out, and grew with the writes.
    const backlogAtEnd = await backlog();
    expect(backlogAtEnd).toBeGreaterThan(0);
    expect(backlogAtEnd).toBeGreaterThanOrEqual(startedWhileDown);
    expect(backlogAtEnd).toBeGreaterThan(backlogAtStop);
    // The relay tried and failed (and so must retry), rather than finding NATS back before it noticed.
    await eventually('the relay to record a failed publish attempt', 30_000, async () =>
      (await scalar('SELECT count(*)::int AS n FROM "dispatch"."outbox" WHERE "attempts" > 0 AND "published_at" IS NULL')) > 0,
    );
    expect(await backlog()).toBeGreaterThanOrEqual(startedWhileDown);

    await nats!.start();
    natsDown = false;
    const restarted = Date.now();

    const progress = async () => ({
      backlog: await backlog(),
      directory: await scalar('SELECT count(*)::int AS n FROM "feedback"."staff_directory" WHERE "id" = ANY($1::uuid[])', [staffIds]),
      changes: await scalar('SELECT count(*)::int AS n FROM "feedback"."staff_directory_changes" WHERE "staff_id" = ANY($1::uuid[])', [staffIds]),
      deadLetters: await scalar('SELECT count(*)::int AS n FROM "feedback"."dead_letters"'),
      feedbackRunning: feedback!.running,
      feedbackLog: feedback!.log.slice(-2_000),
    });
    await eventually(
      'the outbox to drain and feedback to hold all 100 new staff',
      CONVERGE_MS,
      async () => {
        const p = await progress();
        return p.backlog === 0 && p.directory === STAFF && p.changes >= STAFF;
      },
      progress,
    );
    const convergedMs = Date.now() - restarted;

    // Every dispatch outbox row is published.
    expect(await scalar('SELECT count(*)::int AS n FROM "dispatch"."outbox" WHERE "published_at" IS NULL')).toBe(0);

    // Feedback's read model: all 100 new staff, each staff.created applied exactly once.
    const directory = (await db.query('SELECT "id" FROM "feedback"."staff_directory" WHERE "id" = ANY($1::uuid[])', [staffIds])) as { id: string }[];
    expect(new Set(directory.map((r) => r.id))).toEqual(new Set(staffIds));
    const createdEvents = (await db.query(
      `SELECT "id", "aggregate_id" FROM "dispatch"."outbox" WHERE "envelope"->>'type' = $1`,
      [DispatchEvents.staffCreated],
    )) as { id: string; aggregate_id: string }[];
    expect(createdEvents).toHaveLength(STAFF);
    const changes = (await db.query(
      `SELECT "event_id", "staff_id", "event_type" FROM "feedback"."staff_directory_changes" WHERE "staff_id" = ANY($1::uuid[])`,
      [staffIds],
    )) as { event_id: string; staff_id: string; event_type: string }[];
    expect(changes).toHaveLength(STAFF);
    expect(new Set(changes.map((c) => c.event_id)).size).toBe(STAFF); // no event applied twice
    expect(changes.every((c) => c.event_type === DispatchEvents.staffCreated)).toBe(true);
    expect(new Set(changes.map((c) => c.event_id))).toEqual(new Set(createdEvents.map((e) => e.id)));
    expect(await scalar('SELECT count(*)::int AS n FROM "feedback"."dead_letters"')).toBe(0);

    // JetStream holds each of the 200 events once: as many messages as outbox rows, one per event id.
    const nc = await connect({ servers: nats!.url, name: 'outbox-outage-fault-spec' });
    try {
      const jsm = await nc.jetstreamManager();
      const info = await jsm.streams.info(names.stream, { subjects_filter: '>' });
      const outboxRows = await scalar('SELECT count(*)::int AS n FROM "dispatch"."outbox"');
      expect(info.state.messages).toBe(outboxRows);
      expect(info.state.messages).toBe(TOTAL);
      expect(info.state.subjects).toEqual({
        [names.subject(DispatchEvents.staffCreated)]: STAFF,
        [names.subject(DispatchEvents.taskCreated)]: TASKS,
      });
      const msgIds: string[] = [];
      for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
        msgIds.push((await jsm.streams.getMessage(names.stream, { seq })).header.get('Nats-Msg-Id'));
      }
      const outboxIds = ((await db.query('SELECT "id" FROM "dispatch"."outbox"')) as { id: string }[]).map((r) => r.id);
      expect(msgIds.sort()).toEqual(outboxIds.sort());
    } finally {
      await nc.close();
    }

    expect(feedback!.running).toBe(true);
    // Visible with --verbose; handy when tuning CONVERGE_MS on a slow machine.
    process.stdout.write(
      `outbox outage: ${TOTAL} writes in ${writeMs} ms (${startedWhileDown} while NATS was down, backlog ${backlogAtStop} → ${backlogAtEnd}); ` +
        `converged ${convergedMs} ms after NATS came back\n`,
    );
  }, 240_000);
});
