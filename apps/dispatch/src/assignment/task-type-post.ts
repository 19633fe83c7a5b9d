import { Post, TaskType } from '@hospital/contracts';

/**
 * The post a job of each type needs (docs/domain.md §2.2): whom auto-assignment looks for. A rule of
 * dispatch's, not of the wire: a job carries its type, never the post.
 */
export const TASK_TYPE_POST: Record<TaskType, Post> = {
  [TaskType.PatientTransport]: Post.ExamEscort,
  [TaskType.Specimen]: Post.SpecimenCourier,
  [TaskType.Drug]: Post.DrugCourier,
  [TaskType.Document]: Post.Delivery,
  [TaskType.Goods]: Post.Delivery,
  [TaskType.Linen]: Post.Delivery,
  [TaskType.OddJob]: Post.OddJobs,
  [TaskType.Disinfection]: Post.Disinfection,
  [TaskType.Ambulance120]: Post.StretcherBearer,
};
