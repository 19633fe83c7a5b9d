/** The front desks (前台) that store belongings and lend equipment, each with its own tag pool. */
export enum Desk {
  InpatientLobby = 'INPATIENT_LOBBY',
  SurgeryLobby = 'SURGERY_LOBBY',
  Emergency = 'EMERGENCY',
}

export const DESK_LABELS: Record<Desk, string> = {
  [Desk.InpatientLobby]: '住院大厅',
  [Desk.SurgeryLobby]: '外科大楼大厅',
  [Desk.Emergency]: '门急诊',
};

/** Where a stored item sits (docs/domain.md §4.6: parcel cabinets, number cabinets, shelves). */
export enum StoragePlaceKind {
  ParcelCabinet = 'PARCEL_CABINET',
  NumberCabinet = 'NUMBER_CABINET',
  Shelf = 'SHELF',
}

export enum DepositStatus {
  /** In storage, the ticket valid. */
  Stored = 'STORED',
  /** In storage; the ticket was reported lost (挂失): its code is dead. */
  TicketLost = 'TICKET_LOST',
  /** Too many wrong pickup codes: only a supervisor can unlock it. */
  Locked = 'LOCKED',
  /** Handed back. */
  Released = 'RELEASED',
  /** Not claimed within the limit (3 days): leaves only by a disposal record. */
  Unclaimed = 'UNCLAIMED',
  /** Handed to lost property or security. */
  Disposed = 'DISPOSED',
}

/** What a depositor declares the bag holds. Check-in refuses the prohibited ones (docs/domain.md §4.3). */
export enum ItemCategory {
  Clothing = 'CLOTHING',
  DailyNecessities = 'DAILY_NECESSITIES',
  Documents = 'DOCUMENTS',
  Books = 'BOOKS',
  MedicalSupplies = 'MEDICAL_SUPPLIES',
  Luggage = 'LUGGAGE',
  Other = 'OTHER',
  Flammable = 'FLAMMABLE',
  Explosive = 'EXPLOSIVE',
  Corrosive = 'CORROSIVE',
  Toxic = 'TOXIC',
  Radioactive = 'RADIOACTIVE',
  Firearms = 'FIREARMS',
  Animals = 'ANIMALS',
  Food = 'FOOD',
  Valuables = 'VALUABLES',
}

/** How a deposit left the desk. */
export enum ClaimMethod {
  /** The ticket's pickup code. */
  PickupCode = 'PICKUP_CODE',
  /** After a lost-ticket report: the depositor's ID number and a matching description. */
  LostTicket = 'LOST_TICKET',
  /** Someone else for the depositor: ticket code, the depositor's ID number, a supervisor's approval. */
  Proxy = 'PROXY',
}

export enum EquipmentType {
  Wheelchair = 'WHEELCHAIR',
  AirlineChair = 'AIRLINE_CHAIR',
  Umbrella = 'UMBRELLA',
  FlatCart = 'FLAT_CART',
}

export const EQUIPMENT_TYPE_LABELS: Record<EquipmentType, string> = {
  [EquipmentType.Wheelchair]: '轮椅',
  [EquipmentType.AirlineChair]: '航空椅',
  [EquipmentType.Umbrella]: '雨伞',
  [EquipmentType.FlatCart]: '平推车',
};

export enum EquipmentUnitStatus {
  Available = 'AVAILABLE',
  Lent = 'LENT',
  Maintenance = 'MAINTENANCE',
  Lost = 'LOST',
}

export enum PaymentMethod {
  Cash = 'CASH',
  WechatPay = 'WECHAT_PAY',
  Alipay = 'ALIPAY',
  Card = 'CARD',
}
