import { MigrationInterface, QueryRunner } from 'typeorm';

/** Survey templates, invitations with single-use tokens, responses, and the social supervisors who answer some of them. */
export class CreateSurveys1764100000200 implements MigrationInterface {
  name = 'CreateSurveys1764100000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "feedback"."survey_templates" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "title" varchar(200) NOT NULL,
        "purpose" varchar(30) UNIQUE,
        "questions" jsonb NOT NULL,
        "created_by" varchar(64) NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "survey_templates_created_idx" ON "feedback"."survey_templates" ("created_at", "id")`);
    await q.query(`
      CREATE TABLE "feedback"."social_supervisors" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar(50) NOT NULL,
        "phone" varchar(20) NOT NULL UNIQUE,
        "organisation" varchar(100) NOT NULL,
        "appointed_on" date NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "social_supervisors_created_idx" ON "feedback"."social_supervisors" ("created_at", "id")`);
    // plain_token is kept only for automatic invitations, so the desk can hand it over; cleared when answered.
    await q.query(`
      CREATE TABLE "feedback"."survey_invitations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "survey_id" uuid NOT NULL REFERENCES "feedback"."survey_templates" ("id"),
        "token_hash" char(64) NOT NULL UNIQUE,
        "plain_token" varchar(64),
        "channel" varchar(20) NOT NULL,
        "staff_id" uuid,
        "department" varchar(50),
        "task_id" uuid UNIQUE,
        "supervisor_id" uuid REFERENCES "feedback"."social_supervisors" ("id"),
        "expires_at" timestamptz(3) NOT NULL,
        "used_at" timestamptz(3),
        "created_by" varchar(64) NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (("channel" = 'SUPERVISOR') = ("supervisor_id" IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE "feedback"."survey_responses" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "survey_id" uuid NOT NULL REFERENCES "feedback"."survey_templates" ("id"),
        "invitation_id" uuid NOT NULL UNIQUE REFERENCES "feedback"."survey_invitations" ("id"),
        "channel" varchar(20) NOT NULL,
        "staff_id" uuid,
        "department" varchar(50),
        "supervisor_id" uuid,
        "answers" jsonb NOT NULL,
        "likert_mean" double precision CHECK ("likert_mean" BETWEEN 1 AND 5),
        "nps" smallint CHECK ("nps" BETWEEN 0 AND 10),
        "answered_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "survey_responses_answered_idx" ON "feedback"."survey_responses" ("answered_at")`);
    await q.query(`CREATE INDEX "survey_responses_staff_idx" ON "feedback"."survey_responses" ("staff_id", "answered_at")`);
    await q.query(`CREATE INDEX "survey_responses_department_idx" ON "feedback"."survey_responses" ("department", "answered_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "feedback"."survey_responses"`);
    await q.query(`DROP TABLE "feedback"."survey_invitations"`);
    await q.query(`DROP TABLE "feedback"."social_supervisors"`);
    await q.query(`DROP TABLE "feedback"."survey_templates"`);
  }
}
