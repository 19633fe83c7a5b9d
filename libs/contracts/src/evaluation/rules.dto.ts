import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNumber, Max, Min } from 'class-validator';

const POINTS = { minimum: -1000, maximum: 1000 };

/** A complete, valid set of points: the fields' OpenAPI examples, and a body for whoever needs one (specs, clients' docs). */
export const EVALUATION_POINTS_EXAMPLE: Readonly<Record<keyof EvaluationPointsDto, number>> = {
  base: 100,
  complaintAtFault: -10,
  incidentMinor: -2,
  incidentMajor: -10,
  incidentCritical: -20,
  praise: 2,
  surveyBonus: 5,
  surveyThreshold: 4.5,
  lateTask: -1,
  handoverDiscrepancy: -2,
};
const EXAMPLE = EVALUATION_POINTS_EXAMPLE;

/** The points of every source of the ledger; a PUT replaces all of them as a new version. */
export class EvaluationPointsDto {
  @ApiProperty({ type: 'integer', description: 'Points every staff member starts a period with', example: EXAMPLE.base, minimum: 0, maximum: 1000 })
  @IsInt() @Min(0) @Max(1000)
  base: number;

  @ApiProperty({ type: 'integer', description: 'A valid complaint, per staff member found at fault (also vetoes them)', example: EXAMPLE.complaintAtFault, ...POINTS })
  @IsInt() @Min(POINTS.minimum) @Max(POINTS.maximum)
  complaintAtFault: number;

  @ApiProperty({ type: 'integer', description: 'An incident (差错) of severity MINOR, per staff member involved', example: EXAMPLE.incidentMinor, ...POINTS })
  @IsInt() @Min(POINTS.minimum) @Max(POINTS.maximum)
  incidentMinor: number;

  @ApiProperty({ type: 'integer', description: 'An incident of severity MAJOR (a major error: also vetoes)', example: EXAMPLE.incidentMajor, ...POINTS })
  @IsInt() @Min(POINTS.minimum) @Max(POINTS.maximum)
  incidentMajor: number;

  @ApiProperty({ type: 'integer', description: 'An incident of severity CRITICAL (an accident: vetoes the staff member and their group)', example: EXAMPLE.incidentCritical, ...POINTS })
  @IsInt() @Min(POINTS.minimum) @Max(POINTS.maximum)
  incidentCritical: number;

  @ApiProperty({ type: 'integer', description: 'A praise, per staff member named', example: EXAMPLE.praise, ...POINTS })
  @IsInt() @Min(POINTS.minimum) @Max(POINTS.maximum)
  praise: number;

  @ApiProperty({ type: 'integer', description: 'Bonus when the staff member’s survey mean over the period is above surveyThreshold', example: EXAMPLE.surveyBonus, ...POINTS })
  @IsInt() @Min(POINTS.minimum) @Max(POINTS.maximum)
  surveyBonus: number;

  @ApiProperty({ description: 'Survey Likert mean (1–5) the period mean must exceed for the bonus', example: EXAMPLE.surveyThreshold, minimum: 1, maximum: 5 })
  @IsNumber() @Min(1) @Max(5)
  surveyThreshold: number;

  @ApiProperty({ type: 'integer', description: 'A job delivered late, to its worker', example: EXAMPLE.lateTask, ...POINTS })
  @IsInt() @Min(POINTS.minimum) @Max(POINTS.maximum)
  lateTask: number;

  @ApiProperty({ type: 'integer', description: 'A deposit shift handover with a discrepancy, to the outgoing clerk (their staff member)', example: EXAMPLE.handoverDiscrepancy, ...POINTS })
  @IsInt() @Min(POINTS.minimum) @Max(POINTS.maximum)
  handoverDiscrepancy: number;
}

export class EvaluationRulesDto {
  @ApiProperty({ type: 'integer', description: 'Version number: 1 is the default set, each PUT adds the next', example: 2 })
  version: number;

  @ApiProperty({ format: 'date-time', description: 'From when sources are scored with this version' })
  effectiveFrom: string;

  @ApiProperty({ type: String, nullable: true, description: 'Who created the version (user id); null for the defaults' })
  createdBy: string | null;

  @ApiProperty({ type: EvaluationPointsDto, description: 'The points of this version' })
  points: EvaluationPointsDto;
}
