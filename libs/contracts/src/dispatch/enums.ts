/** The center's three groups, each led by a dispatcher (docs/domain.md §1.1). */
export enum Group {
  InternalMedicine = 'INTERNAL_MEDICINE',
  Surgery = 'SURGERY',
  Emergency = 'EMERGENCY',
}

export const GROUP_LABELS: Record<Group, string> = {
  [Group.InternalMedicine]: '内科组',
  [Group.Surgery]: '外科组',
  [Group.Emergency]: '急诊组',
};

/** Posts (岗位): each a skill a worker holds. */
export enum Post {
  Dispatcher = 'DISPATCHER',
  ExamEscort = 'EXAM_ESCORT',
  SpecimenCourier = 'SPECIMEN_COURIER',
  DrugCourier = 'DRUG_COURIER',
  OddJobs = 'ODD_JOBS',
  Disinfection = 'DISINFECTION',
  Delivery = 'DELIVERY',
  Storeroom = 'STOREROOM',
  FrontDesk = 'FRONT_DESK',
  StretcherBearer = 'STRETCHER_BEARER',
  GreenChannel = 'GREEN_CHANNEL',
}

export const POST_LABELS: Record<Post, string> = {
  [Post.Dispatcher]: '调度',
  [Post.ExamEscort]: '陪检',
  [Post.SpecimenCourier]: '送检',
  [Post.DrugCourier]: '送药',
  [Post.OddJobs]: '勤杂',
  [Post.Disinfection]: '消毒',
  [Post.Delivery]: '配送',
  [Post.Storeroom]: '库房',
  [Post.FrontDesk]: '前台',
  [Post.StretcherBearer]: '担架员',
  [Post.GreenChannel]: '绿通',
};

/** The logistics jobs the center runs (service catalogue). */
export enum TaskType {
  PatientTransport = 'PATIENT_TRANSPORT',
  Specimen = 'SPECIMEN',
  Drug = 'DRUG',
  Document = 'DOCUMENT',
  Goods = 'GOODS',
  Linen = 'LINEN',
  OddJob = 'ODD_JOB',
  Disinfection = 'DISINFECTION',
  Ambulance120 = 'AMBULANCE_120',
}

export enum TaskPriority {
  Routine = 'ROUTINE',
  Urgent = 'URGENT',
  /** Immediately: urgent blood (急血), critical patients. */
  Stat = 'STAT',
}

export enum TaskStatus {
  /** Booked for a later time: visible, editable and cancellable, not in the queue until its release (docs/dispatch.md). */
  Scheduled = 'SCHEDULED',
  Pending = 'PENDING',
  Assigned = 'ASSIGNED',
  Accepted = 'ACCEPTED',
  InProgress = 'IN_PROGRESS',
  Completed = 'COMPLETED',
  Cancelled = 'CANCELLED',
}

/** 差错: what went wrong on a job (docs/domain.md §3.9). */
export enum IncidentKind {
  Delay = 'DELAY',
  SpecimenDamaged = 'SPECIMEN_DAMAGED',
  SpecimenLost = 'SPECIMEN_LOST',
  WrongDestination = 'WRONG_DESTINATION',
  PatientFall = 'PATIENT_FALL',
  LineDislodged = 'LINE_DISLODGED',
  PropertyDamaged = 'PROPERTY_DAMAGED',
  Other = 'OTHER',
}

export enum IncidentSeverity {
  Minor = 'MINOR',
  Major = 'MAJOR',
  Critical = 'CRITICAL',
}
