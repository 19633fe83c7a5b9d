// What `npm run bench` drives through the gateway, in the order it runs them. Each scenario
// prepares what it needs through the public API (the platform is already up, with the demo
// users) and returns the autocannon request; run.mjs measures it.

import { randomBytes } from 'node:crypto';
import { analyzeDispatch, seedHistory } from './seed-history.mjs';

/**
 * @typedef {object} BenchContext
 * @property {string} base gateway API base, e.g. http://127.0.0.1:41234/api/v1
 * @property {(username: string) => Promise<string>} token access token of a demo user (see tools/dev/demo-users.mjs)
 * @property {(method: string, path: string, options?: { token?: string, body?: unknown, headers?: Record<string,string> }) => Promise<any>} api
 *   one JSON request to the gateway (path below base); throws with status and body unless 2xx
 * @property {string} databaseUrl the platform's database (schemas dispatch, deposit, feedback, gateway), for bulk history only
 * @property {number} supply how many single-use items (tasks to assign, survey tokens) a consuming scenario must prepare
 * @property {(msg: string) => void} say
 */

/**
 * @typedef {object} Scenario
 * @property {string} key results.json key, e.g. createTask
 * @property {string} label
 * @property {'write' | 'read'} kind write scenarios are held to p99 < 50 ms, reads (board, stats) to p99 < 100 ms
 * @property {(ctx: BenchContext) => Promise<{ request: object, amount?: number }>} prepare
 *   the autocannon options without connections/duration; `amount` caps the measured run when the supply is limited.
 *   On consuming scenarios `amount` is live: it counts the single-use items still unused, so read it after the warm-up.
 */

/**
 * Extra environment for every app of the benchmarked platform.
 * @type {Record<string, string>}
 */
export const PLATFORM_ENV = {
  // Every check-in holds a tag until claimed: the default 100 per desk lasts well under a second of load.
  DEPOSIT_TAGS_INPATIENT_LOBBY: '10000',
  DEPOSIT_TAGS_SURGERY_LOBBY: '10000',
  DEPOSIT_TAGS_EMERGENCY: '10000',
  // The survey answer route is public, limited per IP (30/min by default), and the load comes from one address.
  RATE_LIMIT_PUBLIC_PER_MINUTE: '100000000',
};

export const CREATE_TASK_BODY = {
  type: 'SPECIMEN',
  priority: 'URGENT',
  group: 'INTERNAL_MEDICINE',
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '检验科' },
  requester: { department: '心内科', contactName: '李护士', phone: '13800138000' },
  notes: 'bench',
  specimen: { kind: 'URGENT', count: 2, container: '紫头管' },
};

/** @type {Scenario} */
export const createTask = {
  key: 'createTask',
  label: 'create dispatch task',
  kind: 'write',
  async prepare(ctx) {
    return { request: jsonRequest(`${ctx.base}/dispatch/tasks`, 'POST', await ctx.token('dispatcher'), CREATE_TASK_BODY) };
  },
};

/** How many preparation requests are in flight at once: quick, without queueing behind each other. */
const PREPARE_CONCURRENCY = 16;
/** A worker may carry at most this many jobs (MAX_STAFF_CAPACITY). */
const WORKER_CAPACITY = 10;
const HOSPITAL_TIME_ZONE = 'Asia/Shanghai';

/** @type {Scenario} */
export const autoAssign = {
  key: 'autoAssign',
  label: 'auto-assign a pending task',
  kind: 'write',
  async prepare(ctx) {
    const token = await ctx.token('dispatcher');
    // One spare worker beyond the supply: the fallback (reassigning) needs someone with room.
    const workers = Math.ceil(ctx.supply / WORKER_CAPACITY) + 1;
    const shift = shiftWorkingFor(new Date(), 30);
    const run = randomBytes(3).toString('hex');
    await inParallel(workers, (i) => hireOnDutyWorker(ctx, token, { staffNo: `BA${run}-${i}`, shift }));
    const tasks = await inParallel(ctx.supply, async () => {
      const task = await ctx.api('POST', '/dispatch/tasks', { token, body: CREATE_TASK_BODY });
      return task.id;
    });
    await analyzeDispatch(ctx.databaseUrl);
    ctx.say(`autoAssign: ${workers} ${CREATE_TASK_BODY.group} specimen couriers on the ${shift} shift (capacity ${WORKER_CAPACITY}), ${tasks.length} pending tasks`);

    const path = (id) => `${basePath(ctx)}/dispatch/tasks/${id}/assign`;
    const queue = consumable(tasks, {
      use: (id) => ({ path: path(id), body: AUTO }),
      // Out of pending tasks: move an assigned one to someone else, which runs the same candidate search and stays 2xx.
      fallback: (used, n) => ({ path: path(used[n % used.length]), body: AUTO_REASSIGN }),
      say: ctx.say,
      what: 'autoAssign: pending tasks ran out, now auto-reassigning assigned ones',
    });
    return withQueue(jsonRequest(`${ctx.base}/dispatch/tasks`, 'POST', token, {}), queue);
  },
};

const AUTO = JSON.stringify({ auto: true });
const AUTO_REASSIGN = JSON.stringify({ auto: true, reassign: true });

/** @type {Scenario} */
export const board = {
  key: 'board',
  label: 'dispatch board',
  kind: 'read',
  async prepare(ctx) {
    await historyAndStatistics(ctx);
    // Without ?group a dispatcher gets the board of their own group, as at their desk.
    return { request: jsonRequest(`${ctx.base}/dispatch/board`, 'GET', await ctx.token('dispatcher')) };
  },
};

/** The 200 000 past tasks (seeded once per database), and statistics that count what the earlier scenarios added. */
async function historyAndStatistics(ctx) {
  await seedHistory(ctx.databaseUrl, { say: ctx.say });
  await analyzeDispatch(ctx.databaseUrl);
}

/** @type {Scenario} */
export const depositCheckIn = {
  key: 'depositCheckIn',
  label: 'deposit check-in',
  kind: 'write',
  async prepare(ctx) {
    // Bodies built once: a different depositor per request, the desks in turn (each has its own tag pool and lock).
    const bodies = Array.from({ length: 3 * 400 }, (_, i) => JSON.stringify(depositBody(DESKS[i % DESKS.length], i)));
    let next = 0;
    const setupRequest = (req) => ({ ...req, body: bodies[next++ % bodies.length] });
    return { request: { ...jsonRequest(`${ctx.base}/deposits`, 'POST', await ctx.token('clerk'), {}), requests: [{ setupRequest }] } };
  },
};

const DESKS = ['INPATIENT_LOBBY', 'SURGERY_LOBBY', 'EMERGENCY'];

function depositBody(desk, i) {
  return {
    desk,
    depositor: { name: `寄存人${i}`, phone: `139${String(10_000_000 + i).slice(-8)}`, idNumber: prcIdNumber(i) },
    description: '黑色双肩包一个，内有衣物和充电器',
    pieceCount: 1 + (i % 3),
    sealed: i % 2 === 0,
    categories: ['CLOTHING', 'DAILY_NECESSITIES'],
  };
}

const PRC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A PRC resident ID (GB 11643) with the right check character: region 110105, a birth date, sequence from i. */
function prcIdNumber(i) {
  const birth = `19${String(50 + (i % 50)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
  const first17 = `110105${birth}${String(i % 1000).padStart(3, '0')}`;
  const sum = PRC_WEIGHTS.reduce((total, weight, k) => total + weight * Number(first17[k]), 0);
  return first17 + '10X98765432'[sum % 11];
}

/** @type {Scenario} */
export const complaint = {
  key: 'complaint',
  label: 'record a complaint at the desk',
  kind: 'write',
  async prepare(ctx) {
    // The staff route: the clerk records it and owns it (首问负责制), the common case at a front desk.
    return { request: jsonRequest(`${ctx.base}/feedback/complaints`, 'POST', await ctx.token('clerk'), COMPLAINT_BODY) };
  },
};

const COMPLAINT_BODY = {
  channel: 'DESK',
  complainant: { name: '张先生', phone: '13900139000' },
  department: '心内科',
  category: 'WAITING',
  severity: 'NORMAL',
  description: '陪检等了四十分钟才有人来，耽误了检查。',
};

/** @type {Scenario} */
export const surveyAnswer = {
  key: 'surveyAnswer',
  label: 'answer a survey (public, single-use token)',
  kind: 'write',
  async prepare(ctx) {
    const survey = await ctx.api('POST', '/feedback/surveys', { token: await ctx.token('manager'), body: SURVEY });
    const clerk = await ctx.token('clerk');
    const invitation = { channel: 'WEB', about: { department: '心内科' } };
    const tokens = await inParallel(ctx.supply, async () =>
      (await ctx.api('POST', `/feedback/surveys/${survey.id}/invitations`, { token: clerk, body: invitation })).token,
    );
    ctx.say(`surveyAnswer: survey ${survey.id}, ${tokens.length} invitations`);

    const path = `${basePath(ctx)}/feedback/surveys/${survey.id}`;
    const queue = consumable(tokens, {
      use: (token) => ({ method: 'POST', path: `${path}/responses`, body: JSON.stringify({ token, answers: SURVEY_ANSWERS }) }),
      // A spent token is a 409, so without tokens the only 2xx left on this public page is reading the form.
      fallback: () => ({ method: 'GET', path: `${path}/form`, body: undefined }),
      say: ctx.say,
      what: 'surveyAnswer: tokens ran out, now reading the form instead (these requests are not answers)',
    });
    return withQueue(jsonRequest(`${ctx.base}/feedback/surveys/${survey.id}/responses`, 'POST'), queue);
  },
};

const SURVEY = {
  title: '陪检服务满意度调查（压测）',
  questions: [
    { id: 'attitude', text: '陪检人员的服务态度', kind: 'LIKERT_5', required: true },
    { id: 'timeliness', text: '到达是否及时', kind: 'LIKERT_5', required: true },
    { id: 'safe', text: '途中是否感到安全', kind: 'YES_NO', required: true },
    { id: 'recommend', text: '您愿意向亲友推荐我们吗', kind: 'NPS_10', required: true },
    { id: 'comment', text: '其他意见', kind: 'TEXT', required: false },
  ],
};

const SURVEY_ANSWERS = [
  { questionId: 'attitude', value: 5 },
  { questionId: 'timeliness', value: 4 },
  { questionId: 'safe', value: true },
  { questionId: 'recommend', value: 9 },
  { questionId: 'comment', value: '师傅很耐心' },
];

/** @type {Scenario} */
export const stats = {
  key: 'stats',
  label: 'dispatch KPIs, last 30 days',
  kind: 'read',
  async prepare(ctx) {
    await historyAndStatistics(ctx);
    const to = new Date();
    const from = new Date(to.getTime() - 30 * 86_400_000);
    const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
    // Dispatchers may read the KPIs (as may managers, supervisors and inspectors).
    return { request: jsonRequest(`${ctx.base}/dispatch/stats?${query}`, 'GET', await ctx.token('dispatcher')) };
  },
};

/** @type {Scenario[]} in run order. */
// The reads first, right after the history is seeded: the board then shows a day's worth of open
// jobs, not the thousands the write scenarios leave unassigned behind them.
export const SCENARIOS = [board, stats, createTask, autoAssign, depositCheckIn, complaint, surveyAnswer];

/**
 * Hands out single-use items, one per request, from autocannon's setupRequest (which must answer
 * synchronously, so the items are made beforehand). When they run out it switches to `fallback`,
 * a request that still succeeds, and says so once: a run never turns into a stream of 4xx.
 * `left` is what a measured run may still send.
 */
function consumable(items, { use, fallback, say, what }) {
  let next = 0;
  let fallbacks = 0;
  return {
    get left() {
      return items.length - next;
    },
    setupRequest(req) {
      if (next < items.length) return { ...req, ...use(items[next++]) };
      if (fallbacks++ === 0) say(what);
      return { ...req, ...fallback(items, fallbacks - 1) };
    },
  };
}

/** The prepared request drawing from the queue; `amount` is live, so read after the warm-up it is what is left. */
function withQueue(request, queue) {
  return {
    request: { ...request, requests: [{ setupRequest: queue.setupRequest }] },
    get amount() {
      return queue.left;
    },
  };
}

/** Adds a staff member who can take jobs now: capacity 10, clocked in for a shift that covers the run. */
async function hireOnDutyWorker(ctx, token, { staffNo, shift }) {
  const staff = await ctx.api('POST', '/staff', {
    token,
    body: {
      staffNo,
      name: `压测工人${staffNo.slice(-4)}`,
      group: CREATE_TASK_BODY.group,
      posts: ['SPECIMEN_COURIER'],
      shift,
      capacity: WORKER_CAPACITY,
    },
  });
  await ctx.api('POST', `/staff/${staff.id}/clock-in`, { token, body: { shift } });
  return staff.id;
}

/**
 * The shift to clock in for so that someone is working from now for at least `minutes`: the one
 * running then in hospital time. Near a shift change that is the next shift, and a clock-in up to
 * 30 minutes before its start counts as working from the clock-in (EARLY_CLOCK_IN_MINUTES).
 */
function shiftWorkingFor(now, minutes) {
  const at = new Date(now.getTime() + minutes * 60_000);
  const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone: HOSPITAL_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  if (hhmm >= '07:30' && hhmm < '15:30') return 'EARLY';
  if (hhmm >= '15:30' && hhmm < '23:00') return 'MIDDLE';
  return 'NIGHT';
}

/** Runs fn(0..count-1) with a bounded number in flight; results in index order. */
async function inParallel(count, fn, limit = PREPARE_CONCURRENCY) {
  const results = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
  return results;
}

/** The path part of the gateway base (/api/v1): setupRequest sets paths, not URLs. */
function basePath(ctx) {
  return new URL(ctx.base).pathname.replace(/\/$/, '');
}

export function jsonRequest(url, method, token, body) {
  return {
    url,
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}
