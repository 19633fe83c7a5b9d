import { ErrorCode, FeedbackChannel, FeedbackEvents, PraiseReceivedV1, Role, StaffLedgerDto } from '@hospital/contracts';
import { actors, eventually, freezeDateAt, moveDateTo, unfreezeDate } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { EVALUATION_RULES_V1 } from '../../database/migrations/1764100000300-CreateEvaluation';
import { EvaluationHarness, manager, startEvaluationHarness } from '../evaluation.spec-helper';
import { LedgerService } from '../ledger/ledger.service';
import { periodOf } from '../period';
import { ReplaceRulesService } from './replace-rules.service';
import { RulesQueryService } from './rules-query.service';

const DEFAULTS = EVALUATION_RULES_V1;

/**
 * A version is in force from when it is made, on the service's clock; the praises below are dated
 * around the versions, so the clock is frozen (and moved by hand) in one month that cannot be today.
 */
const V2_AT = '2026-06-10T10:00:00+08:00';
const V3_AT = '2026-06-10T10:05:00+08:00';
const A_MINUTE_BEFORE_V2 = '2026-06-10T09:59:00+08:00';

describe('evaluation rules (feedback service in-process: real Postgres, NATS)', () => {
  let h: EvaluationHarness;
  let rules: RulesQueryService;
  let changes: ReplaceRulesService;

  beforeAll(async () => {
    h = await startEvaluationHarness();
    rules = h.service.app.get(RulesQueryService);
    changes = h.service.app.get(ReplaceRulesService);
  });

  afterEach(() => unfreezeDate());

  afterAll(() => h?.stop());

  it('starts with the defaults as version 1', async () => {
    const current = await rules.current();
    expect(current).toMatchObject({ version: 1, createdBy: null, points: DEFAULTS });
  });

  it('adds a version per change and scores each source with the version in force when it happened', async () => {
    const staffId = await h.addStaff('R001');
    const before = new Date(A_MINUTE_BEFORE_V2).toISOString();

    freezeDateAt(V2_AT);
    const v2 = await changes.replace({ ...DEFAULTS, praise: 3 }, manager);
    moveDateTo(V3_AT);
    const v3 = await changes.replace({ ...DEFAULTS, praise: 4 }, manager);
    expect([v2.version, v3.version]).toEqual([2, 3]);
    expect(v3.createdBy).toBe(manager.id);
    expect(new Date(v3.effectiveFrom).getTime()).toBeLessThanOrEqual(Date.now());
    expect((await rules.current()).points.praise).toBe(4);
    // Old versions are never edited.
    const stored = await h.service.query<{ version: number; points: { praise: number } }[]>(
      `SELECT "version", "points" FROM "feedback"."evaluation_rules" ORDER BY "version"`,
    );
    expect(stored.map((r) => [r.version, r.points.praise])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);

    const praise = (at: string): PraiseReceivedV1 => ({ praiseId: randomUUID(), staffIds: [staffId], department: null, channel: FeedbackChannel.Phone, at });
    await h.publish(FeedbackEvents.praiseReceived, praise(before));
    await h.publish(FeedbackEvents.praiseReceived, praise(new Date().toISOString()));
    const period = periodOf(new Date(), h.service.env.TZ_HOSPITAL).month;
    const ledger = await eventually('both praises in the ledger', async () => {
      const l: StaffLedgerDto = await h.service.app.get(LedgerService).staffLedger({ id: staffId, period }, manager);
      return l.entries.length === 2 && l;
    });
    expect(ledger.entries.map((e) => [e.points, e.ruleVersion])).toEqual([
      [2, 1],
      [4, 3],
    ]);
    expect(ledger.total).toBe(106);
  });

  it('refuses a worker reading someone else’s ledger, and lets them read their own', async () => {
    const staffId = await h.addStaff('R002');
    const worker = actors.user(Role.Worker, { id: 'user-w', staffId: randomUUID() });
    const error = await h.service.app
      .get(LedgerService)
      .staffLedger({ id: staffId, period: '2026Q4' }, worker)
      .catch((e: { code: ErrorCode }) => e);
    expect(error).toMatchObject({ code: ErrorCode.Forbidden });
    const own = await h.service.app.get(LedgerService).staffLedger({ id: staffId, period: '2026Q4' }, { ...worker, staffId });
    expect(own).toMatchObject({ staffId, total: 100, vetoed: false, entries: [] });
  });
});
