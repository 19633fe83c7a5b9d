import { BOARD_LIST_LIMIT, BoardDto, BoardTaskDto, DutyStatus, Group, Role } from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';

import { dispatchService } from '../service';
import { BoardService } from './board.service';

const MINUTE = 60_000;
/** The instant every board in this file is read at: 10:00 in the hospital, inside the early shift. */
const NOW = new Date('2026-03-02T10:00:00+08:00');
const at = (minutesFromNow: number) => new Date(NOW.getTime() + minutesFromNow * MINUTE).toISOString();

const IM = Group.InternalMedicine;
const W1 = '00000000-0000-4000-8000-0000000000b1';
const W2 = '00000000-0000-4000-8000-0000000000b2';
const W3 = '00000000-0000-4000-8000-0000000000b3';
const RETIRED = '00000000-0000-4000-8000-0000000000b4';

/** What must never reach the board: the patient, the requester, the notes, a worker's phone. */
const PERSONAL = { patient: '王小明', mrn: 'ZY20260012', contact: '李护士', requesterPhone: '13800138000', notes: '病人怕冷', staffPhone: '13912345678' };

interface Fixture {
  number: string;
  priority: 'STAT' | 'URGENT' | 'ROUTINE';
  status: 'PENDING' | 'ASSIGNED' | 'ACCEPTED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
  group?: Group;
  dueIn: number;
  assignee?: string;
  flaggedOverdue?: boolean;
}

/**
 * Internal medicine unless said. Pending order: STAT before URGENT before ROUTINE, whatever the
 * deadlines; within a priority, the earlier deadline first. In hand: by deadline only.
 */
const FIXTURES: Fixture[] = [
  { number: 'B-ROUTINE', priority: 'ROUTINE', status: 'PENDING', dueIn: 10 },
  { number: 'B-STAT-LATE', priority: 'STAT', status: 'PENDING', dueIn: 14 },
  { number: 'B-URGENT-OVERDUE', priority: 'URGENT', status: 'PENDING', dueIn: -1 },
  { number: 'B-STAT-EARLY', priority: 'STAT', status: 'PENDING', dueIn: 5 },
  { number: 'B-SURGERY-STAT', priority: 'STAT', status: 'PENDING', dueIn: 8, group: Group.Surgery },
  { number: 'B-ACCEPTED', priority: 'URGENT', status: 'ACCEPTED', dueIn: 20, assignee: W1 },
  // Flagged by the sweep: overdue on the board even though its deadline reads as ahead (e.g. a clock skew).
  { number: 'B-ASSIGNED-FLAGGED', priority: 'STAT', status: 'ASSIGNED', dueIn: 3, assignee: W1, flaggedOverdue: true },
  { number: 'B-IN-PROGRESS-LATE', priority: 'ROUTINE', status: 'IN_PROGRESS', dueIn: -30, assignee: W2 },
  { number: 'B-SURGERY-ASSIGNED', priority: 'ROUTINE', status: 'ASSIGNED', dueIn: 40, assignee: W3, group: Group.Surgery },
  { number: 'B-COMPLETED', priority: 'STAT', status: 'COMPLETED', dueIn: -100, assignee: W1 },
  { number: 'B-CANCELLED', priority: 'STAT', status: 'CANCELLED', dueIn: -5 },
];

const numbers = (tasks: BoardTaskDto[]) => tasks.map((t) => t.number);

describe('BoardService (the dispatch service in-process, real Postgres)', () => {
  let service: ServiceUnderTest;
  let board: BoardService;
  const get = (group?: Group): Promise<BoardDto> => board.get({ group }, undefined, NOW);

  const insertStaff = (id: string, staffNo: string, name: string, group: Group, active = true) =>
    service.query(
      `INSERT INTO "dispatch"."staff" ("id", "staff_no", "name", "group", "posts", "phone", "active", "capacity", "version")
       VALUES ($1, $2, $3, $4, '{SPECIMEN_COURIER}', $5, $6, 2, 1)`,
      [id, staffNo, name, group, PERSONAL.staffPhone, active],
    );

  const insertTask = (f: Fixture) =>
    service.query(
      `INSERT INTO "dispatch"."tasks"
         ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "notes", "details",
          "created_by", "version", "created_at", "due_at", "assignee_id", "overdue_at")
       VALUES ($1, 'PATIENT_TRANSPORT', $2, $3, $4, '{"department":"心内科","ward":"5病区","bed":"12"}', '{"department":"放射科"}', $5, $6, $7,
               'board-spec', 1, $8, $9, $10, $11)`,
      [
        f.number,
        f.priority,
        f.status,
        f.group ?? IM,
        { department: '心内科', contactName: PERSONAL.contact, phone: PERSONAL.requesterPhone },
        PERSONAL.notes,
        { patient: { patientName: PERSONAL.patient, mrn: PERSONAL.mrn, ward: '5病区', bed: '12' } },
        at(-60),
        at(f.dueIn),
        f.assignee ?? null,
        f.flaggedOverdue ? at(-1) : null,
      ],
    );

  beforeAll(async () => {
    // The fixtures' deadlines are long past on the real clock: a sweep ticking mid-suite (every 30 s by
    // default) would flag them all overdue. This suite reads the board at NOW; the sweep has its own spec.
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai', OVERDUE_SWEEP_SECONDS: '3600' } });
    board = service.app.get(BoardService);
    await insertStaff(W1, 'BD-01', '张伟', IM);
    await insertStaff(W2, 'BD-02', '李娜', IM);
    await insertStaff(W3, 'BD-03', '王强', Group.Surgery);
    await insertStaff(RETIRED, 'BD-04', '赵敏', IM, false);
    // W1 clocked in for today's early shift (07:30-15:30); W2 is not on duty.
    await service.query(
      `INSERT INTO "dispatch"."duty_sessions" ("staff_id", "shift", "shift_start", "shift_end", "clocked_in_at", "clocked_in_by")
       VALUES ($1, 'EARLY', $2, $3, $4, 'board-spec')`,
      [W1, '2026-03-02T07:30:00+08:00', '2026-03-02T15:30:00+08:00', '2026-03-02T07:25:00+08:00'],
    );
    for (const fixture of FIXTURES) await insertTask(fixture);
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  describe('without a group', () => {
    it("gives a dispatcher their own group's board, and a manager the whole center", async () => {
      const surgeryLead = actors.user(Role.Dispatcher, { id: 'user-surgery-lead', staffId: W3 });
      const own = await board.get({}, surgeryLead, NOW);
      expect(own.group).toBe(Group.Surgery);
      expect(numbers(own.pending)).toEqual(['B-SURGERY-STAT']);
      const asked = await board.get({ group: IM }, surgeryLead, NOW);
      expect(asked.group).toBe(IM);
      const manager = await board.get({}, actors.user(Role.Manager), NOW);
      expect(manager.group).toBeNull();
      expect(manager.counts.pending).toBe(5);
    });
  });

  describe("one group's board", () => {
    let im: BoardDto;
    beforeAll(async () => {
      im = await get(IM);
    });

    it('lists pending jobs STAT, URGENT, ROUTINE, each by due time, and nothing of another group', () => {
      expect(numbers(im.pending)).toEqual(['B-STAT-EARLY', 'B-STAT-LATE', 'B-URGENT-OVERDUE', 'B-ROUTINE']);
      expect(im.group).toBe(IM);
      expect(im.generatedAt).toBe(NOW.toISOString());
    });

    it('lists jobs in hand by due time with the assignee, leaving finished jobs off', () => {
      expect(im.inHand.map((t) => [t.number, t.status, t.assigneeId, t.assigneeName])).toEqual([
        ['B-IN-PROGRESS-LATE', 'IN_PROGRESS', W2, '李娜'],
        ['B-ASSIGNED-FLAGGED', 'ASSIGNED', W1, '张伟'],
        ['B-ACCEPTED', 'ACCEPTED', W1, '张伟'],
      ]);
    });

    it('flags a job overdue when its deadline has passed or the sweep flagged it', () => {
      const overdue = [...im.pending, ...im.inHand].filter((t) => t.overdue).map((t) => t.number);
      expect(overdue.sort()).toEqual(['B-ASSIGNED-FLAGGED', 'B-IN-PROGRESS-LATE', 'B-URGENT-OVERDUE']);
    });

    it('counts pending, in hand and overdue', () => {
      expect(im.counts).toEqual({ pending: 4, inHand: 3, overdue: 3 });
    });

    it("shows the group's active workers with duty status and current load", () => {
      expect(im.workers.map((w) => [w.staffId, w.name, w.status, w.load, w.capacity])).toEqual([
        [W1, '张伟', DutyStatus.Busy, 2, 2],
        [W2, '李娜', DutyStatus.OffDuty, 1, 2],
      ]);
    });

    it('gives each job only what the board needs, and no patient, requester or staff personal data', () => {
      expect(im.pending[0]).toEqual({
        id: expect.any(String),
        number: 'B-STAT-EARLY',
        type: 'PATIENT_TRANSPORT',
        priority: 'STAT',
        status: 'PENDING',
        group: IM,
        origin: { department: '心内科', ward: '5病区', bed: '12' },
        destination: { department: '放射科' },
        assigneeId: null,
        assigneeName: null,
        dueAt: at(5),
        overdue: false,
        createdAt: at(-60),
      });
      const wire = JSON.stringify(im);
      for (const value of Object.values(PERSONAL)) expect(wire).not.toContain(value);
    });
  });

  it('shows every group when none is asked for', async () => {
    const all = await get();
    expect(all.group).toBeNull();
    expect(numbers(all.pending)).toEqual(['B-STAT-EARLY', 'B-SURGERY-STAT', 'B-STAT-LATE', 'B-URGENT-OVERDUE', 'B-ROUTINE']);
    expect(numbers(all.inHand)).toEqual(['B-IN-PROGRESS-LATE', 'B-ASSIGNED-FLAGGED', 'B-ACCEPTED', 'B-SURGERY-ASSIGNED']);
    expect(all.counts).toEqual({ pending: 5, inHand: 4, overdue: 3 });
    expect(all.workers.map((w) => w.staffId).sort()).toEqual([W1, W2, W3]);
  });

  it('answers a group without open jobs with empty lists and zero counts', async () => {
    const emergency = await get(Group.Emergency);
    expect(emergency).toEqual({
      group: Group.Emergency,
      generatedAt: NOW.toISOString(),
      counts: { pending: 0, inHand: 0, overdue: 0 },
      pending: [],
      inHand: [],
      workers: [],
    });
  });

  it(`caps each list at ${BOARD_LIST_LIMIT} jobs, the most urgent first, while counts give the true totals`, async () => {
    // 250 pending (CAP-250 due first, in 10 min) and 230 in hand (CAP-251 due first, 10 min ago; the first 10 overdue).
    await service.query(
      `INSERT INTO "dispatch"."tasks"
         ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "created_by", "version", "created_at", "due_at", "assignee_id")
       SELECT 'CAP-' || lpad(i::text, 3, '0'), 'DOCUMENT', 'ROUTINE', CASE WHEN i <= 250 THEN 'PENDING' ELSE 'ACCEPTED' END, 'EMERGENCY',
              '{"department":"急诊"}', '{"department":"病案室"}', '{"department":"急诊"}', 'board-spec', 1,
              $1::timestamptz, $1::timestamptz + (CASE WHEN i <= 250 THEN 260 - i ELSE i - 261 END) * interval '1 minute',
              CASE WHEN i > 250 THEN $2::uuid END
       FROM generate_series(1, 480) i`,
      [NOW.toISOString(), W3],
    );
    const emergency = await get(Group.Emergency);
    expect(emergency.pending).toHaveLength(BOARD_LIST_LIMIT);
    expect(emergency.inHand).toHaveLength(BOARD_LIST_LIMIT);
    expect(emergency.pending[0].number).toBe('CAP-250');
    expect(emergency.pending[BOARD_LIST_LIMIT - 1].number).toBe('CAP-051');
    expect(emergency.inHand[0]).toMatchObject({ number: 'CAP-251', overdue: true, assigneeName: '王强' });
    expect(emergency.inHand[BOARD_LIST_LIMIT - 1].number).toBe('CAP-450');
    expect(emergency.counts).toEqual({ pending: 250, inHand: 230, overdue: 10 });
  });
});
