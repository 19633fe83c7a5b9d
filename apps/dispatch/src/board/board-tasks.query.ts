import { BoardCountsDto, BoardTaskDto, Group, TaskPriority, TaskStatus, TaskType } from '@hospital/contracts';
import { EntityManager } from 'typeorm';
import { NOT_IN_QUEUE_SQL } from '../tasks/queue-states';
import { TaskLocation } from '../tasks/task.entity';

export interface BoardTasks {
  pending: BoardTaskDto[];
  inHand: BoardTaskDto[];
  counts: BoardCountsDto;
}

interface SqlRow {
  id: string;
  number: string;
  type: TaskType;
  priority: TaskPriority;
  status: TaskStatus;
  group: Group;
  origin: TaskLocation;
  destination: TaskLocation;
  assignee_id: string | null;
  assignee_name: string | null;
  due_at: Date;
  created_at: Date;
  is_pending: boolean;
  overdue: boolean;
  pending_count: number;
  in_hand_count: number;
  overdue_count: number;
}

/**
 * Every open job (the predicate of the partial index `tasks_open_due_idx`, so only the few hundred
 * open rows are read, never the finished history), ranked within its list and counted in the same
 * pass by window functions; the first `limit` of each list get the assignee's name by primary key.
 * One statement, whatever the number of jobs or workers.
 */
export function boardTasksSql(byGroup: boolean): string {
  return `
    WITH "open" AS (
      SELECT t."id", t."number", t."type", t."priority", t."status", t."group", t."origin", t."destination",
             t."assignee_id", t."due_at", t."created_at",
             t."status" = '${TaskStatus.Pending}' AS "is_pending",
             (t."due_at" < $1::timestamptz OR t."overdue_at" IS NOT NULL) AS "overdue"
      FROM "dispatch"."tasks" t
      WHERE t."status" NOT IN (${NOT_IN_QUEUE_SQL}) ${byGroup ? 'AND t."group" = $3' : ''}
    ), "ranked" AS (
      SELECT o.*,
             row_number() OVER (
               PARTITION BY o."is_pending"
               ORDER BY CASE WHEN o."is_pending" THEN CASE o."priority" WHEN '${TaskPriority.Stat}' THEN 0 WHEN '${TaskPriority.Urgent}' THEN 1 ELSE 2 END END,
                        o."due_at", o."created_at", o."id"
             ) AS "rank",
             (count(*) FILTER (WHERE o."is_pending") OVER ())::int AS "pending_count",
             (count(*) FILTER (WHERE NOT o."is_pending") OVER ())::int AS "in_hand_count",
             (count(*) FILTER (WHERE o."overdue") OVER ())::int AS "overdue_count"
      FROM "open" o
    )
    SELECT r.*, s."name" AS "assignee_name"
    FROM "ranked" r
    LEFT JOIN "dispatch"."staff" s ON s."id" = r."assignee_id"
    WHERE r."rank" <= $2
    ORDER BY r."is_pending" DESC, r."rank"`;
}

/** Only the place: whatever else a location object may ever carry stays off the board. */
const place = ({ department, ward, bed }: TaskLocation) => ({
  department,
  ...(ward !== undefined ? { ward } : {}),
  ...(bed !== undefined ? { bed } : {}),
});

function toBoardTask(row: SqlRow): BoardTaskDto {
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    priority: row.priority,
    status: row.status,
    group: row.group,
    origin: place(row.origin),
    destination: place(row.destination),
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    dueAt: row.due_at.toISOString(),
    overdue: row.overdue,
    createdAt: row.created_at.toISOString(),
  };
}

/** The open jobs of one group (or all): pending by priority then deadline, in hand by deadline, at most `limit` each. */
export async function queryBoardTasks(manager: EntityManager, filter: { group?: Group; now: Date; limit: number }): Promise<BoardTasks> {
  const params: unknown[] = [filter.now.toISOString(), filter.limit];
  if (filter.group) params.push(filter.group);
  const rows: SqlRow[] = await manager.query(boardTasksSql(filter.group !== undefined), params);
  const first = rows[0];
  return {
    pending: rows.filter((r) => r.is_pending).map(toBoardTask),
    inHand: rows.filter((r) => !r.is_pending).map(toBoardTask),
    counts: { pending: first?.pending_count ?? 0, inHand: first?.in_hand_count ?? 0, overdue: first?.overdue_count ?? 0 },
  };
}
