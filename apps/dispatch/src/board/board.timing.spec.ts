import { BOARD_LIST_LIMIT, BoardDto, Group } from '@hospital/contracts';
import { median } from '@hospital/testing';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { performance } from 'node:perf_hooks';

import { dispatchService } from '../service';
import { boardTasksSql } from './board-tasks.query';
import { BoardService } from './board.service';

const STAFF = 300;
const ON_DUTY = 120;
const TASKS = 200_000;
const RUNS = 20;
/** 10:00 in the hospital, inside the early shift the on-duty staff clocked in for. */
const NOW = new Date('2026-03-02T10:00:00+08:00');

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

describe('the board at scale: 300 staff, 200 000 tasks (real Postgres)', () => {
  let service: ServiceUnderTest;
  let board: BoardService;

  beforeAll(async () => {
    // The open jobs' deadlines are long past on the real clock: a sweep ticking during the slow setup
    // would flag every one, the job due after NOW included, and write while the board is timed.
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai', OVERDUE_SWEEP_SECONDS: '3600' } });
    board = service.app.get(BoardService);
    await service.query(
      `INSERT INTO "dispatch"."staff" ("id", "staff_no", "name", "group", "posts", "capacity", "version")
       SELECT ('00000000-0000-4000-a000-' || lpad(w::text, 12, '0'))::uuid, 'BT-' || lpad(w::text, 3, '0'), '工人 ' || w,
              (ARRAY['INTERNAL_MEDICINE','SURGERY','EMERGENCY'])[1 + w % 3], '{DELIVERY,SPECIMEN_COURIER}', 3, 1
       FROM generate_series(1, ${STAFF}) w`,
    );
    await service.query(
      `INSERT INTO "dispatch"."duty_sessions" ("staff_id", "shift", "shift_start", "shift_end", "clocked_in_at", "clocked_in_by")
       SELECT "id", 'EARLY', '2026-03-02T07:30:00+08:00', '2026-03-02T15:30:00+08:00', '2026-03-02T07:28:00+08:00', 'board-timing'
       FROM "dispatch"."staff" ORDER BY "staff_no" LIMIT ${ON_DUTY}`,
    );
    // 90 days of history up to NOW: 1 in 1000 pending and 3 in 1000 in hand (800 open), 3 % cancelled, the rest delivered.
    await service.query(
      `INSERT INTO "dispatch"."tasks"
         ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "created_by", "version",
          "created_at", "updated_at", "due_at", "completed_at", "accepted_at", "assignee_id")
       SELECT 'BT' || i,
              (ARRAY['PATIENT_TRANSPORT','SPECIMEN','DRUG','DOCUMENT','GOODS','LINEN','ODD_JOB','DISINFECTION','AMBULANCE_120'])[1 + i % 9],
              (ARRAY['ROUTINE','URGENT','STAT'])[1 + i % 3], s."status",
              (ARRAY['INTERNAL_MEDICINE','SURGERY','EMERGENCY'])[1 + i % 7 % 3],
              '{"department":"心内科","ward":"5病区"}', '{"department":"检验科"}', '{"department":"心内科"}', 'board-timing', 3,
              c, c, c + interval '30 minutes',
              CASE WHEN s."status" = 'COMPLETED' THEN c + (10 + i % 37) * interval '1 minute' END,
              CASE WHEN s."status" IN ('COMPLETED', 'ACCEPTED', 'IN_PROGRESS') THEN c + interval '3 minutes' END,
              CASE WHEN s."status" <> 'PENDING' AND s."status" <> 'CANCELLED'
                   THEN ('00000000-0000-4000-a000-' || lpad((1 + abs(hashint4(i)) % ${STAFF})::text, 12, '0'))::uuid END
       FROM generate_series(1, ${TASKS}) i
       CROSS JOIN LATERAL (SELECT $1::timestamptz - ((${TASKS} - i)::float8 / ${TASKS}) * interval '90 days' AS c) t
       CROSS JOIN LATERAL (SELECT CASE i % 1000 WHEN 0 THEN 'PENDING' WHEN 1 THEN 'ASSIGNED' WHEN 2 THEN 'ACCEPTED' WHEN 3 THEN 'IN_PROGRESS'
                                   ELSE CASE WHEN i % 100 < 3 THEN 'CANCELLED' ELSE 'COMPLETED' END END AS "status") s`,
      [NOW.toISOString()],
    );
    // What autovacuum does for a table in use: planner statistics and the visibility map.
    await service.query(`VACUUM ANALYZE "dispatch"."tasks", "dispatch"."staff", "dispatch"."duty_sessions"`);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  it('reads only the open jobs, through an index, never the finished history', async () => {
    for (const byGroup of [false, true]) {
      const params = [NOW.toISOString(), BOARD_LIST_LIMIT, ...(byGroup ? [Group.Surgery] : [])];
      const [{ 'QUERY PLAN': [plan] }]: { 'QUERY PLAN': { Plan: PlanNode; 'Execution Time': number }[] }[] = await service.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${boardTasksSql(byGroup)}`,
        params,
      );
      const onTasks = nodesOf(plan.Plan).filter((n) => n['Relation Name'] === 'tasks');
      console.log(
        `board tasks query (${byGroup ? 'one group' : 'all groups'}): ${plan['Execution Time'].toFixed(2)} ms in Postgres; ` +
          `tasks read by ${onTasks.map((n) => `${n['Node Type']}${n['Index Name'] ? ` on ${n['Index Name']}` : ''}`).join(', ')}`,
      );
      expect(onTasks.length).toBeGreaterThan(0);
      expect(onTasks.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
    }
  });

  // The target is 100 ms on this machine (measured figures in the README); this bound
  // catches a lost index or an N+1 without flaking on a busy CI host.
  it(`answers within 150 ms (median of ${RUNS} calls), for the whole center and for one group`, async () => {
    const medians: Record<string, number> = {};
    let whole: BoardDto | undefined;
    for (const group of [undefined, Group.InternalMedicine]) {
      await board.get({ group }, undefined, NOW); // warm-up: plan cache and buffers, as on a server that has been running
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        const result = await board.get({ group }, undefined, NOW);
        times.push(performance.now() - started);
        if (!group) whole = result;
      }
      medians[group ?? 'all'] = median(times);
      console.log(`board (${group ?? 'all groups'}) over ${TASKS} tasks and ${STAFF} staff, ms: median ${medians[group ?? 'all'].toFixed(1)}, ` +
        `min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}`);
    }
    // Every open job is older than its 30-minute deadline except the one registered at NOW.
    expect(whole!.counts).toEqual({ pending: 200, inHand: 600, overdue: 799 });
    expect(whole!.pending).toHaveLength(200);
    expect(whole!.inHand).toHaveLength(BOARD_LIST_LIMIT);
    expect(whole!.workers).toHaveLength(STAFF);
    expect(whole!.workers.filter((w) => w.clockedInAt !== null)).toHaveLength(ON_DUTY);
    for (const median of Object.values(medians)) expect(median).toBeLessThan(150);
  }, 60_000);
});
