import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The points of rule version 1, the defaults, as this migration writes them. Written out here rather
 * than imported: a migration must not change when the code's defaults do.
 */
export const EVALUATION_RULES_V1 = {
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
} as const;

export class CreateEvaluation1764100000300 implements MigrationInterface {
  name = 'CreateEvaluation1764100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "feedback"."evaluation_rules" (
        "version" integer PRIMARY KEY,
        "effective_from" timestamptz NOT NULL,
        "points" jsonb NOT NULL,
        "created_by" varchar(64),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // Version 1, the defaults, is in force from the epoch, so every source has a rule version to be scored with.
    await q.query(`INSERT INTO "feedback"."evaluation_rules" ("version", "effective_from", "points") VALUES (1, '1970-01-01T00:00:00Z', $1)`, [
      JSON.stringify(EVALUATION_RULES_V1),
    ]);
    await q.query(`
      CREATE TABLE "feedback"."evaluation_points" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "source_type" varchar(30) NOT NULL,
        "source_id" varchar(64) NOT NULL,
        "subject_kind" varchar(12) NOT NULL,
        "subject_id" varchar(64) NOT NULL,
        "quarter" varchar(6) NOT NULL,
        "month" varchar(7) NOT NULL,
        "points" integer NOT NULL,
        "rule_version" integer NOT NULL REFERENCES "feedback"."evaluation_rules" ("version"),
        "reason" varchar(500) NOT NULL,
        "veto" boolean NOT NULL DEFAULT false,
        -- REJECTED_CLOSED_PERIOD: arrived after its quarter was frozen; kept for the record, never scored.
        "status" varchar(24) NOT NULL DEFAULT 'APPLIED',
        "occurred_at" timestamptz NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // A source re-sent under a new event id must not score twice.
    await q.query(
      `CREATE UNIQUE INDEX "evaluation_points_source_idx" ON "feedback"."evaluation_points" ("source_type", "source_id", "subject_kind", "subject_id")`,
    );
    await q.query(`CREATE INDEX "evaluation_points_quarter_idx" ON "feedback"."evaluation_points" ("quarter", "subject_kind", "subject_id")`);
    await q.query(`CREATE INDEX "evaluation_points_month_idx" ON "feedback"."evaluation_points" ("month", "subject_kind", "subject_id")`);
    // One row per survey response about a staff member: re-sent responses count once, means are computed per period.
    await q.query(`
      CREATE TABLE "feedback"."evaluation_survey_scores" (
        "response_id" uuid PRIMARY KEY,
        "staff_id" uuid NOT NULL,
        "quarter" varchar(6) NOT NULL,
        "month" varchar(7) NOT NULL,
        "likert_mean" numeric(4,3) NOT NULL
      )`);
    await q.query(`CREATE INDEX "evaluation_survey_scores_quarter_idx" ON "feedback"."evaluation_survey_scores" ("quarter", "staff_id")`);
    await q.query(`CREATE INDEX "evaluation_survey_scores_month_idx" ON "feedback"."evaluation_survey_scores" ("month", "staff_id")`);
    await q.query(`
      CREATE TABLE "feedback"."evaluation_inspections" (
        "id" uuid PRIMARY KEY,
        "inspector_id" varchar(64) NOT NULL,
        "department" varchar(50) NOT NULL,
        "started_at" timestamptz NOT NULL,
        "ended_at" timestamptz NOT NULL,
        "quarter" varchar(6) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("ended_at" >= "started_at" + interval '30 minutes')
      )`);
    await q.query(`CREATE INDEX "evaluation_inspections_quarter_idx" ON "feedback"."evaluation_inspections" ("quarter", "inspector_id")`);
    await q.query(`
      CREATE TABLE "feedback"."evaluation_inspection_findings" (
        "id" uuid PRIMARY KEY,
        "inspection_id" uuid NOT NULL REFERENCES "feedback"."evaluation_inspections" ("id"),
        "position" integer NOT NULL,
        "staff_id" uuid,
        "department" varchar(50),
        "description" varchar(500) NOT NULL,
        "points" integer NOT NULL,
        "upheld" boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX "evaluation_inspection_findings_inspection_idx" ON "feedback"."evaluation_inspection_findings" ("inspection_id", "position")`);
    await q.query(`
      CREATE TABLE "feedback"."evaluation_peer_reviews" (
        "id" uuid PRIMARY KEY,
        "period" varchar(7) NOT NULL,
        "from_department" varchar(50) NOT NULL,
        "to_department" varchar(50) NOT NULL,
        "score" integer NOT NULL CHECK ("score" BETWEEN 0 AND 100),
        "reviewer_id" varchar(64) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("period", "from_department", "to_department")
      )`);
    await q.query(`
      CREATE TABLE "feedback"."evaluation_periods" (
        "period" varchar(6) PRIMARY KEY,
        "frozen_at" timestamptz NOT NULL DEFAULT now(),
        "frozen_by" varchar(64) NOT NULL
      )`);
    await q.query(`
      CREATE TABLE "feedback"."evaluation_awards" (
        "period" varchar(6) NOT NULL REFERENCES "feedback"."evaluation_periods" ("period"),
        "kind" varchar(20) NOT NULL,
        "rank" integer NOT NULL,
        "subject_id" varchar(64) NOT NULL,
        "name" varchar(50) NOT NULL,
        "score" numeric(10,2) NOT NULL,
        "amount_fen" integer NOT NULL,
        PRIMARY KEY ("period", "kind", "rank")
      )`);
    // The scores as they were frozen: payroll's CSV reads these, whatever the directory says later.
    await q.query(`
      CREATE TABLE "feedback"."evaluation_period_scores" (
        "period" varchar(6) NOT NULL REFERENCES "feedback"."evaluation_periods" ("period"),
        "rank" integer NOT NULL,
        "staff_id" uuid NOT NULL,
        "staff_no" varchar(20) NOT NULL,
        "name" varchar(50) NOT NULL,
        "department" varchar(50) NOT NULL,
        "base" integer NOT NULL,
        "points" integer NOT NULL,
        "survey_bonus" integer NOT NULL,
        "total" integer NOT NULL,
        "vetoed" boolean NOT NULL,
        "veto_reasons" text NOT NULL,
        PRIMARY KEY ("period", "rank")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "feedback"."evaluation_period_scores"`);
    await q.query(`DROP TABLE "feedback"."evaluation_awards"`);
    await q.query(`DROP TABLE "feedback"."evaluation_periods"`);
    await q.query(`DROP TABLE "feedback"."evaluation_peer_reviews"`);
    await q.query(`DROP TABLE "feedback"."evaluation_inspection_findings"`);
    await q.query(`DROP TABLE "feedback"."evaluation_inspections"`);
    await q.query(`DROP TABLE "feedback"."evaluation_survey_scores"`);
    await q.query(`DROP TABLE "feedback"."evaluation_points"`);
    await q.query(`DROP TABLE "feedback"."evaluation_rules"`);
  }
}
