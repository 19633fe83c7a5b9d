import { DESK_LABELS, Desk, ClaimMethod, DepositStatus, EQUIPMENT_TYPE_LABELS, EquipmentType, EquipmentUnitStatus, ItemCategory, PaymentMethod, StoragePlaceKind } from '../deposit/enums';
import { SETTABLE_UNIT_STATUSES } from '../deposit/equipment/equipment.dto';
import { LoanStatus, LoanStatusFilter, UNIT_STATUSES_AFTER_RETURN } from '../deposit/equipment/loan.dto';
import { HandoverStatus } from '../deposit/handovers/handover.dto';
import { LedgerEntryKind } from '../deposit/ledger/ledger.dto';
import { DisposalTarget } from '../deposit/unclaimed/unclaimed.dto';
import { BoardStreamResetReason } from '../dispatch/board/board.dto';
import { DutyStatus, Shift } from '../dispatch/duty/shifts';
import { NextStep, TaskNeed } from '../dispatch/duty/worker-queue.dto';
import { GROUP_LABELS, Group, IncidentKind, IncidentSeverity, POST_LABELS, Post, TaskPriority, TaskStatus, TaskType } from '../dispatch/enums';
import { IncidentStatus } from '../dispatch/incidents/incident.dto';
import { StatsGroupBy } from '../dispatch/stats/stats.dto';
import { CompanionRole, DocumentKind, DrugKind, IsolationPrecaution, LinenKind, OddJobKind, PatientCondition, SpecimenKind, TransportMode } from '../dispatch/tasks/task-details.dto';
import { TaskTimelineAction } from '../dispatch/tasks/task.dto';
import { HolidayPolicy, OccurrenceOutcome, ScheduleStatus } from '../dispatch/schedules/schedule.dto';
import { AwardKind } from '../evaluation/awards.dto';
import { PointsSourceType, PointsSubjectKind } from '../evaluation/ledger.dto';
import { ScoreGrouping } from '../evaluation/scores.dto';
import { ComplaintCategory, ComplaintDeadline, ComplaintSeverity, ComplaintStatus, ComplaintTimelineAction, FeedbackChannel } from '../feedback/enums';
import { FollowUpStatus } from '../feedback/follow-ups/follow-up.dto';
import { SatisfactionGroupBy, SatisfactionPeriod } from '../feedback/surveys/satisfaction.dto';
import { SurveyQuestionKind } from '../feedback/surveys/survey.dto';
import { UserStatus } from '../identity/users.dto';
import { WebhookAttemptOutcome, WebhookDeliveryStatus } from '../webhooks/webhook-delivery.dto';
import { WebhookEndpointScope } from '../webhooks/webhook-endpoint.dto';
import { WebhookEventType } from '../webhooks/webhook-event-types';
import { ErrorCode } from './errors';
import { Role } from './roles';

/**
 * What staff and patients read for every value of every enum of the contract, in the hospital's own
 * words (docs/domain.md, its glossary §8): one table, so front ends, CSV exports and the OpenAPI
 * document (`x-enum-descriptions`) never copy 内科组 by hand. Keyed by the enum's OpenAPI name (the
 * `enumName` of its `@ApiProperty`, which is the TypeScript name; two subsets of EquipmentUnitStatus
 * have their own, and `LabelLocale` names the locales themselves). Each table is a
 * `Record<Enum, EnumLabel>`: a value without a label does not compile, and labels.spec.ts fails
 * when an `export enum` of the contract has no table here. Served by GET /api/v1/meta/labels.
 */
export const LABEL_LOCALES = ['zh-CN', 'en'] as const;
export type LabelLocale = (typeof LABEL_LOCALES)[number];

/** One value's label in every locale. */
export type EnumLabel = { readonly [L in LabelLocale]: string };
export type EnumLabels<E extends string> = Readonly<Record<E, EnumLabel>>;

const l = (zh: string, en: string): EnumLabel => ({ 'zh-CN': zh, en });

/** The locales as enum members, for the `LabelLocale` schema of GET /meta/labels?locale= (its `x-enum-varnames`). */
const LABEL_LOCALE_MEMBERS = { ZhCn: 'zh-CN', En: 'en' } as const satisfies Record<string, LabelLocale>;

interface LabelledEnum<E extends string> {
  /** The TypeScript members: name → wire value (`InternalMedicine` → `INTERNAL_MEDICINE`). */
  readonly members: Readonly<Record<string, E>>;
  readonly labels: EnumLabels<E>;
}

/** An enum and its labels; `labels` must name every value of `members` and nothing else. */
function labelled<E extends string>(members: Readonly<Record<string, E>>, labels: EnumLabels<NoInfer<E>>): LabelledEnum<E> {
  return { members, labels };
}

/** The Chinese kept beside the enum since before this table (GROUP_LABELS, ...), with the English added here: one source for each. */
function withEnglish<E extends string>(members: Readonly<Record<string, E>>, zh: Readonly<Record<NoInfer<E>, string>>, en: Readonly<Record<NoInfer<E>, string>>): LabelledEnum<E> {
  const labels = Object.fromEntries(Object.values(members).map((value) => [value, l(zh[value], en[value])]));
  return { members, labels: labels as EnumLabels<E> };
}

/** A named subset of an enum's values (`SettableUnitStatus`): the parent's members and labels for those values. */
function subsetOf<E extends string, S extends E>(parent: LabelledEnum<E>, values: readonly S[]): LabelledEnum<S> {
  const members = Object.fromEntries(Object.entries(parent.members).filter(([, value]) => (values as readonly string[]).includes(value)));
  const labels = Object.fromEntries(values.map((value) => [value, parent.labels[value]]));
  return { members: members as Record<string, S>, labels: labels as EnumLabels<S> };
}

const EQUIPMENT_UNIT_STATUS = labelled(EquipmentUnitStatus, {
  [EquipmentUnitStatus.Available]: l('可借用', 'Available'),
  [EquipmentUnitStatus.Lent]: l('已借出', 'Lent'),
  [EquipmentUnitStatus.Maintenance]: l('维修保养中', 'In maintenance'),
  [EquipmentUnitStatus.Lost]: l('已丢失', 'Lost'),
});

const LABELLED = {
  // ─── common and identity ───────────────────────────────────────────────────────────────
  Role: labelled(Role, {
    [Role.Admin]: l('系统管理员', 'Administrator'),
    [Role.Manager]: l('中心主任', 'Center manager'),
    [Role.Dispatcher]: l('调度员', 'Dispatcher'),
    [Role.Worker]: l('服务人员', 'Worker'),
    [Role.DeskClerk]: l('前台人员', 'Desk clerk'),
    [Role.Supervisor]: l('主管', 'Supervisor'),
    [Role.Inspector]: l('督查员', 'Inspector'),
    [Role.Integration]: l('对接系统', 'Hospital system (API key)'),
  }),
  LabelLocale: labelled(LABEL_LOCALE_MEMBERS, {
    'zh-CN': l('简体中文', 'Simplified Chinese'),
    en: l('英语', 'English'),
  }),
  UserStatus: labelled(UserStatus, {
    [UserStatus.Active]: l('启用', 'Active'),
    [UserStatus.Disabled]: l('停用', 'Disabled'),
  }),

  // ─── dispatch ──────────────────────────────────────────────────────────────────────────
  Group: withEnglish(Group, GROUP_LABELS, {
    [Group.InternalMedicine]: 'Internal medicine',
    [Group.Surgery]: 'Surgery',
    [Group.Emergency]: 'Emergency',
  }),
  Post: withEnglish(Post, POST_LABELS, {
    [Post.Dispatcher]: 'Dispatcher',
    [Post.ExamEscort]: 'Exam escort',
    [Post.SpecimenCourier]: 'Specimen courier',
    [Post.DrugCourier]: 'Drug courier',
    [Post.OddJobs]: 'Odd jobs',
    [Post.Disinfection]: 'Disinfection',
    [Post.Delivery]: 'Delivery',
    [Post.Storeroom]: 'Storeroom',
    [Post.FrontDesk]: 'Front desk',
    [Post.StretcherBearer]: 'Stretcher bearer',
    [Post.GreenChannel]: 'Green channel',
  }),
  Shift: labelled(Shift, {
    [Shift.Early]: l('早班', 'Early'),
    [Shift.Middle]: l('中班', 'Middle'),
    [Shift.Night]: l('夜班', 'Night'),
    [Shift.SplitDay]: l('两头班', 'Split day'),
  }),
  DutyStatus: labelled(DutyStatus, {
    [DutyStatus.Available]: l('空闲', 'Available'),
    [DutyStatus.Busy]: l('忙碌', 'Busy'),
    [DutyStatus.OnBreak]: l('休息', 'On break'),
    [DutyStatus.OffDuty]: l('不在岗', 'Off duty'),
  }),
  NextStep: labelled(NextStep, {
    [NextStep.Accept]: l('接单', 'Accept'),
    [NextStep.Start]: l('取件出发', 'Pick up'),
    [NextStep.Complete]: l('送达', 'Deliver'),
  }),
  TaskNeed: labelled(TaskNeed, {
    [TaskNeed.Wheelchair]: l('轮椅', 'Wheelchair'),
    [TaskNeed.Stretcher]: l('担架', 'Stretcher'),
    [TaskNeed.Bed]: l('病床转运', 'In bed'),
    [TaskNeed.Oxygen]: l('需吸氧', 'Oxygen'),
    [TaskNeed.Monitor]: l('需监护仪', 'Monitor'),
    [TaskNeed.Companion]: l('需陪同人员', 'Companion'),
    [TaskNeed.CriticalPatient]: l('危重病人', 'Critical patient'),
    [TaskNeed.ContactIsolation]: l('接触隔离', 'Contact isolation'),
    [TaskNeed.DropletIsolation]: l('飞沫隔离', 'Droplet isolation'),
    [TaskNeed.AirborneIsolation]: l('空气隔离', 'Airborne isolation'),
    [TaskNeed.UrgentBlood]: l('急血', 'Urgent blood'),
  }),
  TaskType: labelled(TaskType, {
    [TaskType.PatientTransport]: l('陪检', 'Patient transport'),
    [TaskType.Specimen]: l('送检', 'Specimen'),
    [TaskType.Drug]: l('送药', 'Drug delivery'),
    [TaskType.Document]: l('医疗文书传递', 'Medical documents'),
    [TaskType.Goods]: l('物品配送', 'Goods delivery'),
    [TaskType.Linen]: l('被服收送', 'Linen'),
    [TaskType.OddJob]: l('勤杂', 'Odd job'),
    [TaskType.Disinfection]: l('床单元消毒', 'Terminal disinfection'),
    [TaskType.Ambulance120]: l('120出诊', '120 call-out'),
  }),
  TaskPriority: labelled(TaskPriority, {
    [TaskPriority.Routine]: l('常规', 'Routine'),
    [TaskPriority.Urgent]: l('紧急', 'Urgent'),
    [TaskPriority.Stat]: l('特急', 'STAT (at once)'),
  }),
  HolidayPolicy: labelled(HolidayPolicy, {
    [HolidayPolicy.Skip]: l('节假日不执行', 'Skipped on holidays'),
    [HolidayPolicy.Run]: l('节假日照常', 'Runs on holidays'),
  }),
  ScheduleStatus: labelled(ScheduleStatus, {
    [ScheduleStatus.Active]: l('执行中', 'Active'),
    [ScheduleStatus.Paused]: l('已暂停', 'Paused'),
    [ScheduleStatus.Ended]: l('已结束', 'Ended'),
  }),
  OccurrenceOutcome: labelled(OccurrenceOutcome, {
    [OccurrenceOutcome.Booked]: l('已生成任务', 'Job booked'),
    [OccurrenceOutcome.SkippedHoliday]: l('节假日跳过', 'Skipped: holiday'),
    [OccurrenceOutcome.Withdrawn]: l('计划变更撤回', 'Withdrawn: schedule changed'),
  }),
  TaskStatus: labelled(TaskStatus, {
    [TaskStatus.Scheduled]: l('已预约', 'Scheduled'),
    [TaskStatus.Pending]: l('待派单', 'Pending'),
    [TaskStatus.Assigned]: l('已派单', 'Assigned'),
    [TaskStatus.Accepted]: l('已接单', 'Accepted'),
    [TaskStatus.InProgress]: l('进行中', 'In progress'),
    [TaskStatus.Completed]: l('已完成', 'Completed'),
    [TaskStatus.Cancelled]: l('已取消', 'Cancelled'),
  }),
  TaskTimelineAction: labelled(TaskTimelineAction, {
    [TaskTimelineAction.Created]: l('登记', 'Registered'),
    [TaskTimelineAction.Assigned]: l('派单', 'Assigned'),
    [TaskTimelineAction.Accepted]: l('接单', 'Accepted'),
    [TaskTimelineAction.Declined]: l('退单', 'Declined'),
    [TaskTimelineAction.Started]: l('取件出发', 'Picked up'),
    [TaskTimelineAction.Completed]: l('送达', 'Delivered'),
    [TaskTimelineAction.Cancelled]: l('取消', 'Cancelled'),
    [TaskTimelineAction.Overdue]: l('超时', 'Overdue'),
    [TaskTimelineAction.Released]: l('预约到时放单', 'Released to the queue'),
    [TaskTimelineAction.Edited]: l('修改预约', 'Booking changed'),
  }),
  TransportMode: labelled(TransportMode, {
    [TransportMode.Walk]: l('步行', 'Walking'),
    [TransportMode.Wheelchair]: l('轮椅', 'Wheelchair'),
    [TransportMode.Stretcher]: l('担架', 'Stretcher'),
    [TransportMode.Bed]: l('病床', 'In bed'),
  }),
  IsolationPrecaution: labelled(IsolationPrecaution, {
    [IsolationPrecaution.None]: l('无需隔离', 'None'),
    [IsolationPrecaution.Contact]: l('接触隔离', 'Contact'),
    [IsolationPrecaution.Droplet]: l('飞沫隔离', 'Droplet'),
    [IsolationPrecaution.Airborne]: l('空气隔离', 'Airborne'),
  }),
  PatientCondition: labelled(PatientCondition, {
    [PatientCondition.Stable]: l('病情平稳', 'Stable'),
    [PatientCondition.Critical]: l('危重', 'Critical'),
  }),
  CompanionRole: labelled(CompanionRole, {
    [CompanionRole.Clinician]: l('医护人员', 'Clinical staff'),
    [CompanionRole.Family]: l('家属', 'Family'),
  }),
  SpecimenKind: labelled(SpecimenKind, {
    [SpecimenKind.MorningRound]: l('晨标', 'Morning round'),
    [SpecimenKind.Urgent]: l('急标', 'Urgent'),
    [SpecimenKind.Pathology]: l('病理及会诊单', 'Pathology and consultation slips'),
  }),
  DrugKind: labelled(DrugKind, {
    [DrugKind.IvFluids]: l('大输液', 'Large-volume IV fluids'),
    [DrugKind.UrgentInjection]: l('急用针剂', 'Urgent injection'),
  }),
  DocumentKind: labelled(DocumentKind, {
    [DocumentKind.LabReport]: l('检验报告', 'Lab report'),
    [DocumentKind.ExamReport]: l('检查报告', 'Exam report'),
    [DocumentKind.ConsultationRequest]: l('会诊单', 'Consultation request'),
    [DocumentKind.AppointmentSlip]: l('预约单', 'Appointment slip'),
    [DocumentKind.BloodRequest]: l('用血申请单', 'Blood request'),
    [DocumentKind.DrugRequest]: l('领药单', 'Drug request'),
    [DocumentKind.BedsideExamSlip]: l('床旁检查单', 'Bedside exam slip'),
    [DocumentKind.HerbalPrescription]: l('中药处方', 'Herbal prescription'),
    [DocumentKind.MailedReport]: l('邮寄报告', 'Mailed report'),
  }),
  LinenKind: labelled(LinenKind, {
    [LinenKind.Clean]: l('洁净被服', 'Clean linen'),
    [LinenKind.Dirty]: l('污包', 'Dirty linen bags'),
  }),
  OddJobKind: labelled(OddJobKind, {
    [OddJobKind.ExtraBed]: l('加床', 'Extra bed'),
    [OddJobKind.UnblockPipe]: l('疏通管道', 'Unblocking a pipe'),
    [OddJobKind.Moving]: l('搬运', 'Moving goods'),
    [OddJobKind.Other]: l('其他', 'Other'),
  }),
  IncidentKind: labelled(IncidentKind, {
    [IncidentKind.Delay]: l('延误', 'Delay'),
    [IncidentKind.SpecimenDamaged]: l('标本损坏', 'Specimen damaged'),
    [IncidentKind.SpecimenLost]: l('标本丢失', 'Specimen lost'),
    [IncidentKind.WrongDestination]: l('送错地点', 'Wrong destination'),
    [IncidentKind.PatientFall]: l('病人跌倒', 'Patient fall'),
    [IncidentKind.LineDislodged]: l('管路脱落', 'Line or tube dislodged'),
    [IncidentKind.PropertyDamaged]: l('财物损坏', 'Property damaged'),
    [IncidentKind.Other]: l('其他', 'Other'),
  }),
  IncidentSeverity: labelled(IncidentSeverity, {
    [IncidentSeverity.Minor]: l('一般差错', 'Minor'),
    [IncidentSeverity.Major]: l('重大差错', 'Major'),
    [IncidentSeverity.Critical]: l('事故', 'Critical (accident)'),
  }),
  IncidentStatus: labelled(IncidentStatus, {
    [IncidentStatus.Pending]: l('待确认', 'Pending'),
    [IncidentStatus.Confirmed]: l('已确认', 'Confirmed'),
    [IncidentStatus.Dismissed]: l('已驳回', 'Dismissed'),
  }),
  StatsGroupBy: labelled(StatsGroupBy, {
    [StatsGroupBy.Type]: l('按任务类型', 'By job type'),
    [StatsGroupBy.Group]: l('按组', 'By group'),
    [StatsGroupBy.Worker]: l('按员工', 'By worker'),
    [StatsGroupBy.Priority]: l('按优先级', 'By priority'),
  }),
  BoardStreamResetReason: labelled(BoardStreamResetReason, {
    [BoardStreamResetReason.Expired]: l('事件已过保留期', 'Expired'),
    [BoardStreamResetReason.TooMany]: l('待补发事件过多', 'Too many events'),
    [BoardStreamResetReason.UnknownId]: l('未知事件编号', 'Unknown event id'),
    [BoardStreamResetReason.Unavailable]: l('事件流暂不可用', 'Stream unavailable'),
    [BoardStreamResetReason.Interrupted]: l('事件流中断', 'Feed interrupted'),
  }),

  // ─── deposit and lending ───────────────────────────────────────────────────────────────
  Desk: withEnglish(Desk, DESK_LABELS, {
    [Desk.InpatientLobby]: 'Inpatient lobby',
    [Desk.SurgeryLobby]: 'Surgery building lobby',
    [Desk.Emergency]: 'Outpatient and emergency',
  }),
  StoragePlaceKind: labelled(StoragePlaceKind, {
    [StoragePlaceKind.ParcelCabinet]: l('包裹柜', 'Parcel cabinet'),
    [StoragePlaceKind.NumberCabinet]: l('号码柜', 'Number cabinet'),
    [StoragePlaceKind.Shelf]: l('货架', 'Shelf'),
  }),
  DepositStatus: labelled(DepositStatus, {
    [DepositStatus.Stored]: l('寄存中', 'Stored'),
    [DepositStatus.TicketLost]: l('已挂失', 'Ticket reported lost'),
    [DepositStatus.Locked]: l('已锁定', 'Locked'),
    [DepositStatus.Released]: l('已领取', 'Claimed'),
    [DepositStatus.Unclaimed]: l('无人领取', 'Unclaimed'),
    [DepositStatus.Disposed]: l('已移交', 'Handed over (disposed)'),
  }),
  ItemCategory: labelled(ItemCategory, {
    [ItemCategory.Clothing]: l('衣物', 'Clothing'),
    [ItemCategory.DailyNecessities]: l('生活用品', 'Daily necessities'),
    [ItemCategory.Documents]: l('文件资料', 'Documents'),
    [ItemCategory.Books]: l('书籍', 'Books'),
    [ItemCategory.MedicalSupplies]: l('医疗用品', 'Medical supplies'),
    [ItemCategory.Luggage]: l('行李箱包', 'Luggage'),
    [ItemCategory.Other]: l('其他', 'Other'),
    [ItemCategory.Flammable]: l('易燃物品', 'Flammable'),
    [ItemCategory.Explosive]: l('易爆物品', 'Explosive'),
    [ItemCategory.Corrosive]: l('腐蚀性物品', 'Corrosive'),
    [ItemCategory.Toxic]: l('有毒物品', 'Toxic'),
    [ItemCategory.Radioactive]: l('放射性物品', 'Radioactive'),
    [ItemCategory.Firearms]: l('枪支弹药', 'Firearms and ammunition'),
    [ItemCategory.Animals]: l('动物', 'Animals'),
    [ItemCategory.Food]: l('食品', 'Food'),
    [ItemCategory.Valuables]: l('贵重物品', 'Valuables'),
  }),
  ClaimMethod: labelled(ClaimMethod, {
    [ClaimMethod.PickupCode]: l('凭取件码领取', 'Pickup code'),
    [ClaimMethod.LostTicket]: l('挂失后领取', 'After a lost-ticket report'),
    [ClaimMethod.Proxy]: l('委托领取', 'Collection by proxy'),
  }),
  EquipmentType: withEnglish(EquipmentType, EQUIPMENT_TYPE_LABELS, {
    [EquipmentType.Wheelchair]: 'Wheelchair',
    [EquipmentType.AirlineChair]: 'Airline chair',
    [EquipmentType.Umbrella]: 'Umbrella',
    [EquipmentType.FlatCart]: 'Flat cart',
  }),
  EquipmentUnitStatus: EQUIPMENT_UNIT_STATUS,
  SettableUnitStatus: subsetOf(EQUIPMENT_UNIT_STATUS, SETTABLE_UNIT_STATUSES),
  UnitStatusAfterReturn: subsetOf(EQUIPMENT_UNIT_STATUS, UNIT_STATUSES_AFTER_RETURN),
  PaymentMethod: labelled(PaymentMethod, {
    [PaymentMethod.Cash]: l('现金', 'Cash'),
    [PaymentMethod.WechatPay]: l('微信支付', 'WeChat Pay'),
    [PaymentMethod.Alipay]: l('支付宝', 'Alipay'),
    [PaymentMethod.Card]: l('银行卡', 'Bank card'),
  }),
  LoanStatus: labelled(LoanStatus, {
    [LoanStatus.Open]: l('借用中', 'Out on loan'),
    [LoanStatus.Returned]: l('已归还', 'Returned'),
  }),
  LoanStatusFilter: labelled(LoanStatusFilter, {
    [LoanStatusFilter.Open]: l('借用中', 'Out on loan'),
    [LoanStatusFilter.Returned]: l('已归还', 'Returned'),
    [LoanStatusFilter.Overdue]: l('逾期未还', 'Overdue'),
  }),
  LedgerEntryKind: labelled(LedgerEntryKind, {
    [LedgerEntryKind.DepositTaken]: l('收取押金', 'Deposit taken'),
    [LedgerEntryKind.Refund]: l('退还押金', 'Refund'),
    [LedgerEntryKind.Deduction]: l('损坏扣款', 'Damage deduction'),
  }),
  HandoverStatus: labelled(HandoverStatus, {
    [HandoverStatus.Matched]: l('账物相符', 'Matched'),
    [HandoverStatus.Discrepancy]: l('有差异', 'Discrepancy'),
    [HandoverStatus.Resolved]: l('差异已处理', 'Resolved'),
  }),
  DisposalTarget: labelled(DisposalTarget, {
    [DisposalTarget.LostProperty]: l('失物招领处', 'Lost property office'),
    [DisposalTarget.Security]: l('保卫科', 'Security'),
  }),

  // ─── feedback ──────────────────────────────────────────────────────────────────────────
  FeedbackChannel: labelled(FeedbackChannel, {
    [FeedbackChannel.Desk]: l('服务台', 'Desk'),
    [FeedbackChannel.Phone]: l('电话', 'Phone'),
    [FeedbackChannel.Web]: l('网站', 'Web form'),
    [FeedbackChannel.Mobile]: l('手机端', 'Mobile'),
    [FeedbackChannel.SuggestionBox]: l('意见箱', 'Suggestion box'),
    [FeedbackChannel.OpinionBook]: l('出院病人意见及建议本', 'Discharged patients’ opinion book'),
    [FeedbackChannel.Supervisor]: l('社会监督员', 'Social supervisor'),
    [FeedbackChannel.FollowUp]: l('回访', 'Follow-up call'),
  }),
  ComplaintCategory: labelled(ComplaintCategory, {
    [ComplaintCategory.Attitude]: l('服务态度', 'Attitude'),
    [ComplaintCategory.Process]: l('就医流程', 'Process'),
    [ComplaintCategory.Waiting]: l('等候时间', 'Waiting time'),
    [ComplaintCategory.Environment]: l('环境设施', 'Environment'),
    [ComplaintCategory.MedicalQuality]: l('医疗质量', 'Medical quality'),
    [ComplaintCategory.Billing]: l('收费', 'Billing'),
    [ComplaintCategory.Privacy]: l('隐私保护', 'Privacy'),
    [ComplaintCategory.Other]: l('其他', 'Other'),
  }),
  ComplaintSeverity: labelled(ComplaintSeverity, {
    [ComplaintSeverity.Normal]: l('一般', 'Normal'),
    [ComplaintSeverity.Urgent]: l('紧急', 'Urgent'),
    [ComplaintSeverity.Major]: l('重大', 'Major'),
  }),
  ComplaintStatus: labelled(ComplaintStatus, {
    [ComplaintStatus.Received]: l('已登记', 'Received'),
    [ComplaintStatus.Acknowledged]: l('已受理', 'Acknowledged'),
    [ComplaintStatus.Investigating]: l('调查中', 'Investigating'),
    [ComplaintStatus.Resolved]: l('已处理', 'Resolved'),
    [ComplaintStatus.Replied]: l('已答复', 'Replied'),
    [ComplaintStatus.Closed]: l('已结案', 'Closed'),
  }),
  ComplaintTimelineAction: labelled(ComplaintTimelineAction, {
    [ComplaintTimelineAction.Received]: l('登记', 'Received'),
    [ComplaintTimelineAction.Acknowledged]: l('受理', 'Acknowledged'),
    [ComplaintTimelineAction.Assigned]: l('转交', 'Handed over'),
    [ComplaintTimelineAction.Investigating]: l('开始调查', 'Investigation started'),
    [ComplaintTimelineAction.Resolved]: l('处理完毕', 'Resolved'),
    [ComplaintTimelineAction.Replied]: l('答复投诉人', 'Replied to the complainant'),
    [ComplaintTimelineAction.Closed]: l('结案', 'Closed'),
    [ComplaintTimelineAction.Escalated]: l('上报', 'Escalated'),
    [ComplaintTimelineAction.Reopened]: l('重新处理', 'Reopened'),
    [ComplaintTimelineAction.Overdue]: l('超时', 'Overdue'),
  }),
  ComplaintDeadline: labelled(ComplaintDeadline, {
    [ComplaintDeadline.Acknowledge]: l('受理时限', 'Acknowledgement deadline'),
    [ComplaintDeadline.Resolve]: l('处理时限', 'Resolution deadline'),
  }),
  FollowUpStatus: labelled(FollowUpStatus, {
    [FollowUpStatus.Planned]: l('待回访', 'Planned'),
    [FollowUpStatus.Unreached]: l('未联系上', 'Not reached'),
    [FollowUpStatus.Completed]: l('已回访', 'Completed'),
  }),
  SurveyQuestionKind: labelled(SurveyQuestionKind, {
    [SurveyQuestionKind.Likert5]: l('五级评分', 'Rating 1–5'),
    [SurveyQuestionKind.YesNo]: l('是否题', 'Yes or no'),
    [SurveyQuestionKind.Nps10]: l('推荐意愿（0–10分）', 'Would recommend (0–10)'),
    [SurveyQuestionKind.Text]: l('文字意见', 'Free text'),
  }),
  SatisfactionGroupBy: labelled(SatisfactionGroupBy, {
    [SatisfactionGroupBy.Department]: l('按科室', 'By department'),
    [SatisfactionGroupBy.Staff]: l('按员工', 'By staff member'),
    [SatisfactionGroupBy.Channel]: l('按渠道', 'By channel'),
  }),
  SatisfactionPeriod: labelled(SatisfactionPeriod, {
    [SatisfactionPeriod.Week]: l('按周', 'Weekly'),
    [SatisfactionPeriod.Month]: l('按月', 'Monthly'),
  }),

  // ─── staff evaluation (考核) ────────────────────────────────────────────────────────────
  PointsSourceType: labelled(PointsSourceType, {
    [PointsSourceType.Incident]: l('差错', 'Incident'),
    [PointsSourceType.LateTask]: l('任务超时', 'Job delivered late'),
    [PointsSourceType.Complaint]: l('有效投诉', 'Valid complaint'),
    [PointsSourceType.Praise]: l('表扬', 'Praise'),
    [PointsSourceType.InspectionFinding]: l('检查发现', 'Inspection finding'),
    [PointsSourceType.HandoverDiscrepancy]: l('交接班差异', 'Handover discrepancy'),
  }),
  PointsSubjectKind: labelled(PointsSubjectKind, {
    [PointsSubjectKind.Staff]: l('员工', 'Staff member'),
    [PointsSubjectKind.Department]: l('部门', 'Department'),
    [PointsSubjectKind.User]: l('用户账号', 'User account'),
  }),
  ScoreGrouping: labelled(ScoreGrouping, {
    [ScoreGrouping.Staff]: l('按员工', 'By staff member'),
    [ScoreGrouping.Department]: l('按部门', 'By department'),
  }),
  AwardKind: labelled(AwardKind, {
    [AwardKind.StarStaff]: l('星级标兵', 'Star staff'),
    [AwardKind.ExcellentTeam]: l('优秀集体', 'Excellent team'),
    [AwardKind.Supervision]: l('监督检查奖', 'Supervision award'),
  }),

  // ─── webhooks to hospital systems ──────────────────────────────────────────────────────
  WebhookEventType: labelled(WebhookEventType, {
    [WebhookEventType.TaskCreated]: l('任务已登记', 'Job registered'),
    [WebhookEventType.TaskAssigned]: l('任务已派单', 'Job assigned'),
    [WebhookEventType.TaskAccepted]: l('任务已接单', 'Job accepted'),
    [WebhookEventType.TaskDeclined]: l('任务被退单', 'Job declined'),
    [WebhookEventType.TaskStarted]: l('任务已取件出发', 'Job picked up'),
    [WebhookEventType.TaskCompleted]: l('任务已送达', 'Job delivered'),
    [WebhookEventType.TaskCancelled]: l('任务已取消', 'Job cancelled'),
    [WebhookEventType.TaskOverdue]: l('任务超时', 'Job overdue'),
    [WebhookEventType.TaskReleased]: l('预约任务放单', 'Booked job released'),
    [WebhookEventType.TaskEdited]: l('预约任务修改', 'Booked job changed'),
    [WebhookEventType.IncidentReported]: l('差错已上报', 'Incident reported'),
    [WebhookEventType.IncidentConfirmed]: l('差错已确认', 'Incident confirmed'),
    [WebhookEventType.IncidentDismissed]: l('差错已驳回', 'Incident dismissed'),
    [WebhookEventType.ComplaintReceived]: l('投诉已登记', 'Complaint received'),
    [WebhookEventType.ComplaintAssigned]: l('投诉已转交', 'Complaint handed over'),
    [WebhookEventType.ComplaintResolved]: l('投诉已处理', 'Complaint resolved'),
    [WebhookEventType.ComplaintClosed]: l('投诉已结案', 'Complaint closed'),
    [WebhookEventType.ComplaintOverdue]: l('投诉超时', 'Complaint overdue'),
    [WebhookEventType.ComplaintEscalated]: l('投诉已上报', 'Complaint escalated'),
  }),
  WebhookDeliveryStatus: labelled(WebhookDeliveryStatus, {
    [WebhookDeliveryStatus.Pending]: l('待推送', 'Pending'),
    [WebhookDeliveryStatus.Succeeded]: l('推送成功', 'Succeeded'),
    [WebhookDeliveryStatus.Failed]: l('推送失败（将重试）', 'Failed (will retry)'),
    [WebhookDeliveryStatus.Dead]: l('推送终止（死信）', 'Dead letter'),
  }),
  WebhookAttemptOutcome: labelled(WebhookAttemptOutcome, {
    [WebhookAttemptOutcome.Succeeded]: l('推送成功', 'Succeeded'),
    [WebhookAttemptOutcome.Retry]: l('失败，将重试', 'Failed, will retry'),
    [WebhookAttemptOutcome.Dead]: l('失败，不再重试（死信）', 'Failed, no more attempts (dead letter)'),
    [WebhookAttemptOutcome.Gone]: l('接收方已停用（410）', 'Receiver gone (410): endpoint disabled'),
  }),
  WebhookEndpointScope: labelled(WebhookEndpointScope, {
    [WebhookEndpointScope.OwnJobs]: l('本系统登记的任务', 'Jobs its system raised'),
    [WebhookEndpointScope.All]: l('全部任务', 'All jobs'),
  }),

  // ─── error codes: what a front end shows beside a refusal (the problem's `detail` has the particulars) ───
  ErrorCode: labelled(ErrorCode, {
    [ErrorCode.ValidationFailed]: l('填写内容有误', 'Validation failed'),
    [ErrorCode.InvalidCursor]: l('分页参数无效', 'Invalid cursor'),
    [ErrorCode.Unauthenticated]: l('未登录或登录已失效', 'Not signed in'),
    [ErrorCode.Forbidden]: l('无权操作', 'Forbidden'),
    [ErrorCode.NotFound]: l('记录不存在', 'Not found'),
    [ErrorCode.StaffNotFound]: l('员工不存在', 'Staff member not found'),
    [ErrorCode.TaskNotFound]: l('任务不存在', 'Job not found'),
    [ErrorCode.ScheduleNotFound]: l('周期任务计划不存在', 'Recurring schedule not found'),
    [ErrorCode.ApiKeyNotFound]: l('接口密钥不存在', 'API key not found'),
    [ErrorCode.StaffNumberTaken]: l('工号已被使用', 'Staff number taken'),
    [ErrorCode.UsernameTaken]: l('用户名已被使用', 'Username taken'),
    [ErrorCode.Conflict]: l('数据已被他人修改', 'Conflict'),
    [ErrorCode.InvalidTransition]: l('当前状态不允许此操作', 'Not allowed in the current state'),
    [ErrorCode.NotAssignee]: l('不是本人的任务', 'Not your job'),
    [ErrorCode.BusinessRule]: l('不符合中心规定', 'Refused by a rule'),
    [ErrorCode.WorkerUnavailable]: l('该员工无法接单', 'Worker unavailable'),
    [ErrorCode.NoEligibleWorker]: l('暂无可派人员', 'No eligible worker'),
    [ErrorCode.DutyConflict]: l('上下班打卡冲突', 'Duty conflict'),
    [ErrorCode.NotOnDuty]: l('未上班打卡', 'Not on duty'),
    [ErrorCode.AlreadyOnBreak]: l('已在休息中', 'Already on a break'),
    [ErrorCode.NotOnBreak]: l('当前不在休息', 'Not on a break'),
    [ErrorCode.DepositNotFound]: l('寄存记录不存在', 'Deposit not found'),
    [ErrorCode.HandoverNotFound]: l('交接班记录不存在', 'Handover not found'),
    [ErrorCode.EquipmentNotFound]: l('设备不存在', 'Equipment not found'),
    [ErrorCode.LoanNotFound]: l('借用记录不存在', 'Loan not found'),
    [ErrorCode.ProhibitedItem]: l('该物品不予寄存', 'Item not accepted'),
    [ErrorCode.TagInUse]: l('号码牌已被占用', 'Tag in use'),
    [ErrorCode.NoFreeTag]: l('号码牌已用完', 'No free tag'),
    [ErrorCode.ClaimRefused]: l('取件码或证件号不符', 'Claim refused'),
    [ErrorCode.DepositLocked]: l('寄存已锁定，请联系主管', 'Deposit locked'),
    [ErrorCode.SupervisorRequired]: l('需主管审核', 'Supervisor required'),
    [ErrorCode.UnitUnavailable]: l('设备不可借用', 'Unit unavailable'),
    [ErrorCode.IdempotencyKeyReused]: l('幂等键已用于其他请求', 'Idempotency key reused'),
    [ErrorCode.IdempotencyKeyInUse]: l('请求正在处理中，请稍后重试', 'Request still in progress'),
    [ErrorCode.SurveyNotFound]: l('问卷不存在', 'Survey not found'),
    [ErrorCode.SurveyTokenNotFound]: l('问卷邀请无效', 'Survey invitation not found'),
    [ErrorCode.SurveyTokenUsed]: l('问卷已提交过', 'Survey already answered'),
    [ErrorCode.SurveyTokenExpired]: l('问卷邀请已过期', 'Survey invitation expired'),
    [ErrorCode.SupervisorNotFound]: l('社会监督员不存在', 'Social supervisor not found'),
    [ErrorCode.SupervisorPhoneTaken]: l('该手机号的社会监督员已登记', 'Supervisor phone taken'),
    [ErrorCode.TaskAlreadyInvited]: l('该任务已发送过问卷', 'Job already invited'),
    [ErrorCode.ComplaintNotFound]: l('投诉不存在', 'Complaint not found'),
    [ErrorCode.NotComplaintOwner]: l('不是该投诉的负责人', 'Not the complaint’s owner'),
    [ErrorCode.AlreadyOwner]: l('已是该投诉的负责人', 'Already the owner'),
    [ErrorCode.UnknownStaff]: l('员工不在名册中', 'Unknown staff member'),
    [ErrorCode.FollowUpNotFound]: l('回访记录不存在', 'Follow-up not found'),
    [ErrorCode.ComplaintAlreadyRaised]: l('该回访已转投诉', 'Complaint already raised'),
    [ErrorCode.PeriodFrozen]: l('该季度考核已冻结', 'Period frozen'),
    [ErrorCode.AlreadyReviewed]: l('本期已评价过', 'Already reviewed'),
    [ErrorCode.EquipmentCodeTaken]: l('设备编号已被使用', 'Equipment code taken'),
    [ErrorCode.NotIncomingClerk]: l('不是接班人员', 'Not the incoming clerk'),
    [ErrorCode.NotTaskCarrier]: l('未承接过该任务', 'Not a carrier of this job'),
    [ErrorCode.IncidentNotFound]: l('差错记录不存在', 'Incident not found'),
    [ErrorCode.IncidentNotPending]: l('差错已确认或已驳回', 'Incident already decided'),
    [ErrorCode.UserNotFound]: l('用户不存在', 'User not found'),
    [ErrorCode.StaffAlreadyLinked]: l('该员工已有账号', 'Staff member already has an account'),
    [ErrorCode.LastAdmin]: l('须保留至少一名系统管理员', 'Last administrator'),
    [ErrorCode.PasswordChangeRequired]: l('请先修改临时密码', 'Password change required'),
    [ErrorCode.CurrentPasswordWrong]: l('当前密码错误', 'Current password wrong'),
    [ErrorCode.LoginLocked]: l('登录失败次数过多，请稍后再试', 'Login locked'),
    [ErrorCode.ProviderManaged]: l('账号由医院统一身份认证管理', 'Managed by the identity provider'),
    [ErrorCode.RateLimited]: l('请求过于频繁，请稍后再试', 'Too many requests'),
    [ErrorCode.ServiceUnavailable]: l('服务暂不可用', 'Service unavailable'),
    [ErrorCode.ServiceTimeout]: l('服务响应超时', 'Service timeout'),
    [ErrorCode.Internal]: l('系统内部错误', 'Internal error'),
    [ErrorCode.NotLinkedToStaff]: l('账号未关联员工', 'Account not linked to a staff member'),
    [ErrorCode.UnsupportedMediaType]: l('仅支持JSON格式', 'JSON only'),
    [ErrorCode.WebhookEndpointNotFound]: l('推送地址不存在', 'Webhook endpoint not found'),
    [ErrorCode.WebhookDeliveryNotFound]: l('推送记录不存在', 'Webhook delivery not found'),
    [ErrorCode.WebhookUrlNotAllowed]: l('不允许的推送地址', 'Webhook URL not allowed'),
    [ErrorCode.WebhookEventTypeNotAllowed]: l('无权订阅该事件', 'Event type not allowed'),
    [ErrorCode.WebhookEndpointDisabled]: l('推送地址已停用', 'Webhook endpoint disabled'),
  }),
} as const;

/** The OpenAPI name of every labelled enum (`Group`, `TaskType`, ..., `SettableUnitStatus`). */
export type LabelledEnumName = keyof typeof LABELLED;
type ValueOf<N extends LabelledEnumName> = (typeof LABELLED)[N] extends LabelledEnum<infer E> ? E : never;

const byName = <T>(pick: (entry: LabelledEnum<string>) => T) =>
  Object.fromEntries(Object.entries(LABELLED).map(([name, entry]) => [name, pick(entry)]));

/** Every value's label, per enum: `ENUM_LABELS.Group.INTERNAL_MEDICINE['zh-CN']` is 内科组. */
export const ENUM_LABELS = byName((entry) => entry.labels) as { readonly [N in LabelledEnumName]: EnumLabels<ValueOf<N>> };

/** The TypeScript members of every labelled enum, name → value (for `x-enum-varnames`). */
export const ENUM_MEMBERS = byName((entry) => entry.members) as { readonly [N in LabelledEnumName]: Readonly<Record<string, ValueOf<N>>> };

export const isLabelledEnum = (name: string): name is LabelledEnumName => Object.hasOwn(LABELLED, name);

/** One value's label in `locale` (zh-CN by default); undefined for a value the enum does not have. */
export function enumLabel<N extends LabelledEnumName>(name: N, value: string, locale: LabelLocale = 'zh-CN'): string | undefined {
  const labels: Readonly<Record<string, EnumLabel>> = ENUM_LABELS[name];
  return Object.hasOwn(labels, value) ? labels[value][locale] : undefined;
}

/** Every enum's labels in one locale: `{ Group: { INTERNAL_MEDICINE: '内科组', ... }, ... }`. */
export function enumLabelsIn(locale: LabelLocale): { readonly [N in LabelledEnumName]: Readonly<Record<ValueOf<N>, string>> } {
  return byName((entry) => Object.fromEntries(Object.entries(entry.labels).map(([value, label]) => [value, label[locale]]))) as never;
}
