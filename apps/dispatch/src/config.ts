import { TaskPriority, TaskType } from '@hospital/contracts';
import { serviceEnvSchema } from '@hospital/platform';
import { z } from 'zod';

/** Queue group, Postgres schema and log label of this service. */
export const SERVICE_NAME = 'dispatch';

/** Minutes from registration to the deadline, by priority (docs/domain.md §3: urgent blood at once). */
export const DEFAULT_DUE_MINUTES: Record<TaskPriority, number> = {
  [TaskPriority.Stat]: 15,
  [TaskPriority.Urgent]: 30,
  [TaskPriority.Routine]: 120,
};

const minutes = z.coerce.number().int().min(1).max(24 * 60);

/** TASK_DUE_MINUTES_<PRIORITY>: the deadline of every job type at that priority. */
const dueByPriority = Object.fromEntries(
  Object.values(TaskPriority).map((priority) => [`TASK_DUE_MINUTES_${priority}`, minutes.default(DEFAULT_DUE_MINUTES[priority])]),
) as Record<`TASK_DUE_MINUTES_${TaskPriority}`, z.ZodDefault<typeof minutes>>;

/** TASK_DUE_MINUTES_<TYPE>_<PRIORITY>: one cell of the table, e.g. TASK_DUE_MINUTES_LINEN_ROUTINE=240. */
const dueByCell = Object.fromEntries(
  Object.values(TaskType).flatMap((type) => Object.values(TaskPriority).map((priority) => [`TASK_DUE_MINUTES_${type}_${priority}`, minutes.optional()])),
) as Record<`TASK_DUE_MINUTES_${TaskType}_${TaskPriority}`, z.ZodOptional<typeof minutes>>;

/**
 * TASK_LEAD_MINUTES_<PRIORITY> and TASK_LEAD_MINUTES_<TYPE>_<PRIORITY>: how long before its time a
 * booked job enters the queue. Unset, it is the deadline window of the same cell, so a booked job
 * reaches the floor exactly as one registered then for that deadline would.
 */
const leadByPriority = Object.fromEntries(
  Object.values(TaskPriority).map((priority) => [`TASK_LEAD_MINUTES_${priority}`, minutes.optional()]),
) as Record<`TASK_LEAD_MINUTES_${TaskPriority}`, z.ZodOptional<typeof minutes>>;
const leadByCell = Object.fromEntries(
  Object.values(TaskType).flatMap((type) => Object.values(TaskPriority).map((priority) => [`TASK_LEAD_MINUTES_${type}_${priority}`, minutes.optional()])),
) as Record<`TASK_LEAD_MINUTES_${TaskType}_${TaskPriority}`, z.ZodOptional<typeof minutes>>;

/** Every variable the dispatch service reads: the platform's, and its own below. */
export const dispatchEnvSchema = serviceEnvSchema.extend({
  ...dueByPriority,
  ...dueByCell,
  ...leadByPriority,
  ...leadByCell,
  /** How far ahead a job may be booked: a typo in the year must not park a job for ever. */
  TASK_BOOKING_HORIZON_DAYS: z.coerce.number().int().min(1).max(366).default(30),
  /** How far ahead a recurring schedule books its occurrences as SCHEDULED jobs (visible and editable on the floor). */
  SCHEDULE_LOOKAHEAD_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(24),
  /** How often recurring schedules are checked for occurrences to book. */
  SCHEDULE_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** How often booked jobs are checked for their release: the most a release can be late by. */
  RELEASE_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  /** Fee of a patient transport (有偿) in fen when the request names none: the hospital's price list. */
  PATIENT_TRANSPORT_FEE_FEN: z.coerce.number().int().min(0).max(1_000_000).default(1000),
  /** How often open jobs are checked against their deadline: how soon after it a late job is flagged. */
  OVERDUE_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** How long each process keeps a computed KPI report for the same range and breakdown; 0 turns the cache off. */
  STATS_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
});

export type DispatchEnv = z.infer<typeof dispatchEnvSchema>;

/** Minutes by job type, then priority: the hospital may give, say, routine linen a longer window. */
export type DueTable = Record<TaskType, Record<TaskPriority, number>>;

/** Prices of the paid services (service catalogue: patient transport is 有偿), in fen. */
export interface TaskFees {
  patientTransportFen: number;
}

/** What the dispatch modules read: the validated settings in the shape they use them. */
export interface DispatchConfig {
  dueMinutes: DueTable;
  /** Minutes before a booked job's time that it enters the queue. */
  leadMinutes: DueTable;
  bookingHorizonMs: number;
  releaseSweepMs: number;
  scheduleLookaheadMs: number;
  scheduleSweepMs: number;
  fees: TaskFees;
  overdueSweepMs: number;
  statsCacheMs: number;
}

export const DISPATCH_CONFIG = Symbol('DISPATCH_CONFIG');

/** A table of one number per type and priority, each cell read by `cell`. */
function tableOf(cell: (type: TaskType, priority: TaskPriority) => number): DueTable {
  const table = {} as DueTable;
  for (const type of Object.values(TaskType)) {
    table[type] = {} as Record<TaskPriority, number>;
    for (const priority of Object.values(TaskPriority)) table[type][priority] = cell(type, priority);
  }
  return table;
}

/** Every type starts from its priority's minutes; a TASK_DUE_MINUTES_<TYPE>_<PRIORITY> cell overrides one. */
export function dueTableOf(env: DispatchEnv): DueTable {
  return tableOf((type, priority) => env[`TASK_DUE_MINUTES_${type}_${priority}`] ?? env[`TASK_DUE_MINUTES_${priority}`]);
}

/** The most specific lead setting wins: the cell, then the priority, then the cell's own deadline window. */
export function leadTableOf(env: DispatchEnv, due: DueTable = dueTableOf(env)): DueTable {
  return tableOf((type, priority) => env[`TASK_LEAD_MINUTES_${type}_${priority}`] ?? env[`TASK_LEAD_MINUTES_${priority}`] ?? due[type][priority]);
}

export function dispatchConfig(env: DispatchEnv): DispatchConfig {
  const dueMinutes = dueTableOf(env);
  return {
    dueMinutes,
    leadMinutes: leadTableOf(env, dueMinutes),
    bookingHorizonMs: env.TASK_BOOKING_HORIZON_DAYS * 86_400_000,
    releaseSweepMs: env.RELEASE_SWEEP_SECONDS * 1000,
    scheduleLookaheadMs: env.SCHEDULE_LOOKAHEAD_HOURS * 3_600_000,
    scheduleSweepMs: env.SCHEDULE_SWEEP_SECONDS * 1000,
    fees: { patientTransportFen: env.PATIENT_TRANSPORT_FEE_FEN },
    overdueSweepMs: env.OVERDUE_SWEEP_SECONDS * 1000,
    statsCacheMs: env.STATS_CACHE_SECONDS * 1000,
  };
}
