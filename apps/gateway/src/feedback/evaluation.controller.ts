import { Body, Controller, Get, Header, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  Actor,
  CreateInspectionDto,
  CreatePeerReviewDto,
  EvaluationPatterns,
  EvaluationPointsDto,
  EvaluationRulesDto,
  InspectionDto,
  PeerReviewDto,
  PeriodAwardsDto,
  PeriodParamDto,
  PeriodQueryDto,
  ProblemDto,
  QuarterParamDto,
  Role,
  ScoresDto,
  ScoresQueryDto,
  StaffIdDto,
  StaffLedgerDto,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Audited } from '../audit';
import { ApiAuth, CurrentActor } from '../identity';
import { Idempotent } from '../http/idempotency';

const READS_EVALUATION = [Role.Manager, Role.Supervisor, Role.Admin, Role.Inspector] as const;

/** Staff evaluation (考核): versioned rules, the points ledger, inspections, peer reviews, period scores. */
@ApiTags('evaluation')
@Controller('evaluation')
export class EvaluationController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('rules')
  @ApiAuth(...READS_EVALUATION)
  @ApiOperation({
    summary: 'The scoring rules in force now (the latest version)',
    description:
      'Managers, supervisors, admins and inspectors. The points each source is worth (incidents by severity, late ' +
      'jobs, complaints at fault, praise, handover discrepancies, the survey bonus and its threshold) and the base of ' +
      'a period. Rules are versioned: a source is scored with the version in force at its time.',
  })
  @ApiOkResponse({ type: EvaluationRulesDto })
  rules(@CurrentActor() actor: Actor): Promise<EvaluationRulesDto> {
    return this.rpc.send(EvaluationPatterns.getRules, actor, {});
  }

  @Put('rules')
  @ApiAuth(Role.Manager, Role.Admin)
  @ApiOperation({
    summary: 'Change the scoring rules: a new version, in force from now',
    description: 'Earlier versions are never edited: each source stays scored with the version in force when it happened.',
  })
  @ApiOkResponse({ type: EvaluationRulesDto })
  @Audited('evaluation_rules.replace', { target: { type: 'evaluation_rules', idFrom: (rules: EvaluationRulesDto) => String(rules.version) }, details: (rules: EvaluationRulesDto) => ({ points: rules.points }) })
  replaceRules(@Body() points: EvaluationPointsDto, @CurrentActor() actor: Actor): Promise<EvaluationRulesDto> {
    return this.rpc.send(EvaluationPatterns.putRules, actor, points);
  }

  @Get('staff/:id/ledger')
  @ApiAuth(...READS_EVALUATION, Role.Worker, Role.Dispatcher, Role.DeskClerk)
  @ApiOperation({
    summary: 'A staff member’s points for a period: entries with reason and source, the total, and the veto',
    description: 'Workers, dispatchers and desk clerks read only their own (the staff member their account is linked to).',
  })
  @ApiOkResponse({ type: StaffLedgerDto })
  ledger(@Param() { id }: StaffIdDto, @Query() { period }: PeriodQueryDto, @CurrentActor() actor: Actor): Promise<StaffLedgerDto> {
    return this.rpc.send(EvaluationPatterns.staffLedger, actor, { id, period });
  }

  @Post('inspections')
  @ApiAuth(Role.Inspector, Role.Supervisor, Role.Manager)
  @ApiOperation({
    summary: 'Record an on-site inspection (at least 30 minutes) by the caller; each finding becomes a ledger entry',
    description:
      'Inspectors, supervisors and managers; the caller is recorded as the inspector. An inspection lasts at least 30 ' +
      'minutes (422 BUSINESS_RULE naming endedAt); each finding is booked on the staff member’s (or the department’s) ' +
      'ledger with the points as recorded, and upheld findings count for the quarter’s supervision award. A staff ' +
      'member not in the directory is 422 UNKNOWN_STAFF.',
  })
  @ApiCreatedResponse({ type: InspectionDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Shorter than 30 minutes (BUSINESS_RULE, endedAt), or an unknown staff member (UNKNOWN_STAFF)' })
  @Idempotent()
  inspect(@Body() dto: CreateInspectionDto, @CurrentActor() actor: Actor): Promise<InspectionDto> {
    return this.rpc.send(EvaluationPatterns.createInspection, actor, dto);
  }

  @Post('peer-reviews')
  @ApiAuth(Role.Manager, Role.Supervisor, Role.Admin)
  @ApiOperation({
    summary: 'One department scores another (0–100), once per period',
    description:
      'Managers, supervisors and admins. One score (0–100) per reviewing department, reviewed department and period; ' +
      'shown beside the departments’ ranking, not added to it. A department does not review itself (422 ' +
      'BUSINESS_RULE); a second review is 409 ALREADY_REVIEWED; a frozen quarter takes none (409 PERIOD_FROZEN).',
  })
  @ApiCreatedResponse({ type: PeerReviewDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already reviewed for this period (ALREADY_REVIEWED), or the quarter is frozen (PERIOD_FROZEN)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A department reviewing itself (BUSINESS_RULE)' })
  @Idempotent()
  peerReview(@Body() dto: CreatePeerReviewDto, @CurrentActor() actor: Actor): Promise<PeerReviewDto> {
    return this.rpc.send(EvaluationPatterns.createPeerReview, actor, dto);
  }

  @Get('scores')
  @ApiAuth(...READS_EVALUATION)
  @ApiOperation({
    summary: 'Period scores, ranked: base, points, survey bonus, veto (一票否决) with its reason',
    description:
      'Managers, supervisors, admins and inspectors. For a quarter (2026Q4) or a month (2026-11), by staff or by ' +
      'department: base + points + survey bonus (a survey mean above the threshold adds it), ranked by total, then ' +
      'fewer negative entries, then staff number. One-vote veto (一票否决): a major or critical incident or a valid ' +
      'complaint at fault keeps the person out of the period’s awards, with the reason shown.',
  })
  @ApiOkResponse({ type: ScoresDto })
  scores(@Query() query: ScoresQueryDto, @CurrentActor() actor: Actor): Promise<ScoresDto> {
    return this.rpc.send(EvaluationPatterns.scores, actor, query);
  }

  @Post('periods/:period/awards')
  @ApiAuth(Role.Manager, Role.Admin)
  @ApiOperation({
    summary: 'Compute and freeze a quarter’s awards: 10 star staff, 2 excellent teams, 1 supervision award; the vetoed are passed over',
    description: 'The quarter’s ledger is closed afterwards: a source arriving later is kept as REJECTED_CLOSED_PERIOD and scores nothing.',
  })
  @ApiCreatedResponse({ type: PeriodAwardsDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The quarter is already frozen (PERIOD_FROZEN)' })
  @Audited('evaluation_awards.freeze', { target: { type: 'evaluation_period', idParam: 'period' } })
  @Idempotent()
  freezeAwards(@Param() { period }: QuarterParamDto, @CurrentActor() actor: Actor): Promise<PeriodAwardsDto> {
    return this.rpc.send(EvaluationPatterns.freezeAwards, actor, { period });
  }

  @Get('periods/:period/scores.csv')
  @ApiAuth(Role.Manager, Role.Admin)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'Staff scores for payroll as CSV (header row): a frozen quarter as frozen, with star-staff amounts; otherwise live',
    description:
      'Managers and admins, for payroll. A frozen quarter answers exactly what was frozen, with the star-staff award ' +
      'amounts in fen; any other period the live scores. One row per staff member, the header row first.',
  })
  @ApiOkResponse({ schema: { type: 'string' }, description: 'period,rank,staff_no,name,department,base,points,survey_bonus,total,vetoed,veto_reasons,star_award_fen,department_label (department is the group code, department_label its name: 内科组)' })
  scoresCsv(@Param() { period }: PeriodParamDto, @CurrentActor() actor: Actor): Promise<string> {
    return this.rpc.send(EvaluationPatterns.scoresCsv, actor, { period });
  }
}
