import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { trimString } from '../../common/transforms';

/** How the patient travels. */
export enum TransportMode {
  Walk = 'WALK',
  Wheelchair = 'WHEELCHAIR',
  Stretcher = 'STRETCHER',
  Bed = 'BED',
}

export enum IsolationPrecaution {
  None = 'NONE',
  Contact = 'CONTACT',
  Droplet = 'DROPLET',
  Airborne = 'AIRBORNE',
}

export enum PatientCondition {
  Stable = 'STABLE',
  Critical = 'CRITICAL',
}

export enum CompanionRole {
  Clinician = 'CLINICIAN',
  Family = 'FAMILY',
}

export class CompanionDto {
  @ApiProperty({ description: 'Who accompanies the patient for the whole trip', example: '张医生', minLength: 1, maxLength: 50 })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ enum: CompanionRole, enumName: 'CompanionRole', description: 'Clinical staff or family' })
  @IsEnum(CompanionRole)
  role: CompanionRole;
}

/** Patient transport and exam escort (陪检): a paid service. */
export class PatientTransportDetailsDto {
  @ApiProperty({ description: 'Patient name; masked in lists', example: '王小明', minLength: 1, maxLength: 50 })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  patientName: string;

  @ApiProperty({ description: 'Medical record number (病案号/住院号); masked in lists', example: 'ZY20260012', pattern: '^[A-Za-z0-9-]{4,20}$' })
  @Matches(/^[A-Za-z0-9-]{4,20}$/, { message: 'mrn must be 4-20 letters, digits or dashes' })
  mrn: string;

  @ApiProperty({ description: 'Ward (病区) the patient is collected from', example: '5病区', minLength: 1, maxLength: 30 })
  @Transform(trimString)
  @IsString()
  @Length(1, 30)
  ward: string;

  @ApiProperty({ description: 'Bed number', example: '12', minLength: 1, maxLength: 10 })
  @Transform(trimString)
  @IsString()
  @Length(1, 10)
  bed: string;

  @ApiProperty({ description: 'The exam or treatment the patient goes to', example: 'CT 增强', minLength: 1, maxLength: 60 })
  @Transform(trimString)
  @IsString()
  @Length(1, 60)
  exam: string;

  @ApiProperty({ enum: TransportMode, enumName: 'TransportMode', description: 'Walking, wheelchair, stretcher or in bed' })
  @IsEnum(TransportMode)
  mode: TransportMode;

  @ApiProperty({ description: 'Oxygen needed on the way' })
  @IsBoolean()
  oxygen: boolean;

  @ApiProperty({ description: 'Monitor needed on the way' })
  @IsBoolean()
  monitor: boolean;

  @ApiProperty({ enum: IsolationPrecaution, enumName: 'IsolationPrecaution', description: 'Isolation precautions the escort must take' })
  @IsEnum(IsolationPrecaution)
  isolation: IsolationPrecaution;

  @ApiProperty({ enum: PatientCondition, enumName: 'PatientCondition', description: 'Critical patients travel with a companion' })
  @IsEnum(PatientCondition)
  condition: PatientCondition;

  @ApiProperty({ description: 'Whether the patient can care for themselves; if not, a companion is required' })
  @IsBoolean()
  selfCaring: boolean;

  @ApiPropertyOptional({ type: CompanionDto, description: 'Clinician or family member for the whole trip; required when critical or not self-caring (else 422)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompanionDto)
  companion?: CompanionDto;
}

export enum SpecimenKind {
  /** 晨标: the routine morning round. */
  MorningRound = 'MORNING_ROUND',
  /** 急标 */
  Urgent = 'URGENT',
  /** Consultation slips and pathology. */
  Pathology = 'PATHOLOGY',
}

export class SpecimenDetailsDto {
  @ApiProperty({ enum: SpecimenKind, enumName: 'SpecimenKind', description: 'Morning round (晨标), urgent (急标) or pathology' })
  @IsEnum(SpecimenKind)
  kind: SpecimenKind;

  @ApiPropertyOptional({ description: 'Urgent blood (急血): always STAT, whatever priority was asked for', default: false })
  @IsOptional()
  @IsBoolean()
  urgentBlood?: boolean;

  @ApiProperty({ type: 'integer', description: 'Number of specimens', minimum: 1, maximum: 500, example: 3 })
  @IsInt()
  @Min(1)
  @Max(500)
  count: number;

  @ApiProperty({ description: 'Container (tube colour, box)', example: '紫头管', minLength: 1, maxLength: 40 })
  @Transform(trimString)
  @IsString()
  @Length(1, 40)
  container: string;
}

export enum DrugKind {
  IvFluids = 'IV_FLUIDS',
  UrgentInjection = 'URGENT_INJECTION',
}

export class DrugDetailsDto {
  @ApiProperty({ enum: DrugKind, enumName: 'DrugKind', description: 'Large-volume IV fluids or an urgent injection' })
  @IsEnum(DrugKind)
  kind: DrugKind;

  @ApiPropertyOptional({ description: 'What to carry', example: '0.9% NS 500ml ×10', maxLength: 200 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  items?: string;
}

/** The documents the center carries (service catalogue item 2). */
export enum DocumentKind {
  LabReport = 'LAB_REPORT',
  ExamReport = 'EXAM_REPORT',
  ConsultationRequest = 'CONSULTATION_REQUEST',
  AppointmentSlip = 'APPOINTMENT_SLIP',
  BloodRequest = 'BLOOD_REQUEST',
  DrugRequest = 'DRUG_REQUEST',
  BedsideExamSlip = 'BEDSIDE_EXAM_SLIP',
  HerbalPrescription = 'HERBAL_PRESCRIPTION',
  /** Reports mailed to a discharged patient; postage is paid by the patient. */
  MailedReport = 'MAILED_REPORT',
}

export class DocumentDetailsDto {
  @ApiProperty({ enum: DocumentKind, enumName: 'DocumentKind', description: 'Which document' })
  @IsEnum(DocumentKind)
  kind: DocumentKind;

  @ApiPropertyOptional({ type: 'integer', description: 'How many sheets or envelopes', minimum: 1, maximum: 200, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  count?: number;

  @ApiPropertyOptional({ description: 'Postal address; required for MAILED_REPORT', maxLength: 200 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  mailingAddress?: string;
}

export class GoodsDetailsDto {
  @ApiProperty({ description: 'What to deliver (uniforms, supplies, ...)', example: '护士服 20 套', minLength: 1, maxLength: 200 })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  description: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Number of pieces or boxes', minimum: 1, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  quantity?: number;
}

export enum LinenKind {
  Clean = 'CLEAN',
  /** 污包: dirty linen bags collected from the wards. */
  Dirty = 'DIRTY',
}

export class LinenDetailsDto {
  @ApiProperty({ enum: LinenKind, enumName: 'LinenKind', description: 'Clean linen out, or dirty bags (污包) in' })
  @IsEnum(LinenKind)
  kind: LinenKind;

  @ApiProperty({ type: 'integer', description: 'Number of bags', minimum: 1, maximum: 200, example: 4 })
  @IsInt()
  @Min(1)
  @Max(200)
  bags: number;
}

export enum OddJobKind {
  ExtraBed = 'EXTRA_BED',
  UnblockPipe = 'UNBLOCK_PIPE',
  Moving = 'MOVING',
  Other = 'OTHER',
}

export class OddJobDetailsDto {
  @ApiProperty({ enum: OddJobKind, enumName: 'OddJobKind', description: 'Extra bed, unblocking a pipe, moving, other' })
  @IsEnum(OddJobKind)
  kind: OddJobKind;

  @ApiProperty({ description: 'What exactly', example: '加床 1 张到 12 床旁', minLength: 1, maxLength: 200 })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  description: string;
}

export class DisinfectionDetailsDto {
  @ApiProperty({ description: 'The bed unit for terminal disinfection (床单元消毒)', example: '5病区 12床', minLength: 1, maxLength: 40 })
  @Transform(trimString)
  @IsString()
  @Length(1, 40)
  bedUnit: string;

  @ApiPropertyOptional({ enum: IsolationPrecaution, enumName: 'IsolationPrecaution', description: 'Isolation of the discharged patient, which decides the method' })
  @IsOptional()
  @IsEnum(IsolationPrecaution)
  isolation?: IsolationPrecaution;
}

export class AmbulanceDetailsDto {
  @ApiProperty({ description: 'Where the ambulance goes', example: '幸福路 12 号 3 单元', minLength: 1, maxLength: 200 })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  address: string;

  @ApiProperty({ type: 'integer', description: 'Stretcher bearers needed', minimum: 1, maximum: 6, example: 2 })
  @IsInt()
  @Min(1)
  @Max(6)
  bearers: number;
}
