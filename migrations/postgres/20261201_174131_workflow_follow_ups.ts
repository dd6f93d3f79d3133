import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_follow_ups_source_kind" AS ENUM('complaint-review', 'suggestion', 'return-visit', 'meeting', 'corrective-action', 'house-inspection', 'other');
  CREATE TYPE "public"."enum_follow_ups_status" AS ENUM('open', 'done');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'escalateFollowUps';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'escalateFollowUps';
  CREATE TABLE "follow_ups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"details" varchar,
  	"owner_id" integer NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"source_kind" "enum_follow_ups_source_kind" DEFAULT 'other' NOT NULL,
  	"status" "enum_follow_ups_status" DEFAULT 'open',
  	"raised_by_id" integer,
  	"escalated_at" timestamp(3) with time zone,
  	"confirmed_by_id" integer,
  	"done_at" timestamp(3) with time zone,
  	"done_note" varchar,
  	"reassign_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_ups_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"complaints_id" integer,
  	"work_orders_id" integer,
  	"violations_id" integer,
  	"return_visits_id" integer,
  	"archived_documents_id" integer,
  	"complaint_reports_id" integer,
  	"shift_logs_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_ups_id" integer;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_raised_by_id_users_id_fk" FOREIGN KEY ("raised_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_complaints_fk" FOREIGN KEY ("complaints_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_work_orders_fk" FOREIGN KEY ("work_orders_id") REFERENCES "public"."work_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_violations_fk" FOREIGN KEY ("violations_id") REFERENCES "public"."violations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_return_visits_fk" FOREIGN KEY ("return_visits_id") REFERENCES "public"."return_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_archived_documents_fk" FOREIGN KEY ("archived_documents_id") REFERENCES "public"."archived_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_complaint_reports_fk" FOREIGN KEY ("complaint_reports_id") REFERENCES "public"."complaint_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_shift_logs_fk" FOREIGN KEY ("shift_logs_id") REFERENCES "public"."shift_logs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "follow_ups_owner_idx" ON "follow_ups" USING btree ("owner_id");
  CREATE INDEX "follow_ups_deadline_idx" ON "follow_ups" USING btree ("deadline");
  CREATE INDEX "follow_ups_status_idx" ON "follow_ups" USING btree ("status");
  CREATE INDEX "follow_ups_raised_by_idx" ON "follow_ups" USING btree ("raised_by_id");
  CREATE INDEX "follow_ups_confirmed_by_idx" ON "follow_ups" USING btree ("confirmed_by_id");
  CREATE INDEX "follow_ups_updated_at_idx" ON "follow_ups" USING btree ("updated_at");
  CREATE INDEX "follow_ups_created_at_idx" ON "follow_ups" USING btree ("created_at");
  CREATE INDEX "owner_status_deadline_idx" ON "follow_ups" USING btree ("owner_id","status","deadline");
  CREATE INDEX "status_deadline_idx" ON "follow_ups" USING btree ("status","deadline");
  CREATE INDEX "follow_ups_rels_order_idx" ON "follow_ups_rels" USING btree ("order");
  CREATE INDEX "follow_ups_rels_parent_idx" ON "follow_ups_rels" USING btree ("parent_id");
  CREATE INDEX "follow_ups_rels_path_idx" ON "follow_ups_rels" USING btree ("path");
  CREATE INDEX "follow_ups_rels_complaints_id_idx" ON "follow_ups_rels" USING btree ("complaints_id");
  CREATE INDEX "follow_ups_rels_work_orders_id_idx" ON "follow_ups_rels" USING btree ("work_orders_id");
  CREATE INDEX "follow_ups_rels_violations_id_idx" ON "follow_ups_rels" USING btree ("violations_id");
  CREATE INDEX "follow_ups_rels_return_visits_id_idx" ON "follow_ups_rels" USING btree ("return_visits_id");
  CREATE INDEX "follow_ups_rels_archived_documents_id_idx" ON "follow_ups_rels" USING btree ("archived_documents_id");
  CREATE INDEX "follow_ups_rels_complaint_reports_id_idx" ON "follow_ups_rels" USING btree ("complaint_reports_id");
  CREATE INDEX "follow_ups_rels_shift_logs_id_idx" ON "follow_ups_rels" USING btree ("shift_logs_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_ups_fk" FOREIGN KEY ("follow_ups_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_follow_ups_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_ups_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "follow_ups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_ups_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "follow_ups" CASCADE;
  DROP TABLE "follow_ups_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_follow_ups_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders', 'flagOverdueRectifications', 'flagOverdueLoans');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders', 'flagOverdueRectifications', 'flagOverdueLoans');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_follow_ups_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_ups_id";
  DROP TYPE "public"."enum_follow_ups_source_kind";
  DROP TYPE "public"."enum_follow_ups_status";`)
}
