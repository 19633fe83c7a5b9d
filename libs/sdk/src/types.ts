import type { components } from './generated/schema';

/** Short names for the schemas a front end uses most. */
export type Schemas = components['schemas'];
export type CreateTask = Schemas['CreateTaskDto'];
export type TaskType = Schemas['TaskType'];
/** The creating body of one job type: `CreateTaskOf<'SPECIMEN'>` (the union is discriminated by `type`). */
export type CreateTaskOf<T extends TaskType> = Extract<CreateTask, { type: T }>;
export type Task = Schemas['TaskDto'];
export type TaskDetail = Schemas['TaskDetailDto'];
export type Board = Schemas['BoardDto'];
