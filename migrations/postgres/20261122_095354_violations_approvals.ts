import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaint_reports_approval_awaiting_roles" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum_complaint_reports_approval_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_violations_measures_measure" AS ENUM('talk', 'payment-reminder', 'late-fee', 'public-notice', 'suspend-services', 'terminate-contract', 'persuasion', 'rectification', 'compensation', 'public-criticism', 'suspend-utilities');
  CREATE TYPE "public"."enum_violations_approval_awaiting_roles" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum_violations_status" AS ENUM('open', 'rectifying', 'pending-approval', 'decided', 'resolved');
  CREATE TYPE "public"."enum_violations_kind" AS ENUM('renovation', 'fire-safety', 'civility', 'fee-refusal', 'endangering');
  CREATE TYPE "public"."enum_violations_sub_kind" AS ENUM('structural-change', 'doors-windows', 'rewiring', 'noisy-hours', 'overloaded-wiring', 'open-flame', 'no-extinguisher', 'blocked-exit', 'damaged-equipment', 'litter', 'damage', 'hoarding', 'throwing-from-height', 'noise', 'pets', 'rent', 'service-fee', 'dangerous-goods', 'load-bearing', 'other');
  CREATE TYPE "public"."enum_violations_severity" AS ENUM('general', 'major');
  CREATE TYPE "public"."enum_violations_responsible_role" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum_violations_next_measure" AS ENUM('talk', 'payment-reminder', 'late-fee', 'public-notice', 'suspend-services', 'terminate-contract', 'persuasion', 'rectification', 'compensation', 'public-criticism', 'suspend-utilities');
  CREATE TYPE "public"."enum_violations_decision_measure" AS ENUM('late-fee', 'public-notice', 'suspend-services', 'terminate-contract', 'compensation', 'public-criticism', 'suspend-utilities');
  CREATE TYPE "public"."enum_violations_approval_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_issued_notices_type" AS ENUM('rectification', 'payment-reminder', 'public');
  CREATE TYPE "public"."enum_approval_log_meaning" AS ENUM('proposed', 'reviewed', 'approved', 'rejected');
  CREATE TYPE "public"."enum_approval_log_role" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'flagOverdueRectifications';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'flagOverdueRectifications';
  CREATE TABLE "complaint_reports_approval_awaiting_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_complaint_reports_approval_awaiting_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "violations_measures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"measure" "enum_violations_measures_measure" NOT NULL,
  	"taken_at" timestamp(3) with time zone,
  	"staff_id" integer,
  	"deadline" timestamp(3) with time zone,
  	"outcome" varchar,
  	"skip_reason" varchar,
  	"amount" numeric,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"approval_round" numeric,
  	"rectified_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "violations_payments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric,
  	"receipt_no" varchar,
  	"paid_at" timestamp(3) with time zone,
  	"collected_by_id" integer
  );
  
  CREATE TABLE "violations_approval_awaiting_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_violations_approval_awaiting_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "violations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"status" "enum_violations_status" DEFAULT 'open',
  	"effective" boolean DEFAULT false,
  	"kind" "enum_violations_kind" NOT NULL,
  	"sub_kind" "enum_violations_sub_kind",
  	"severity" "enum_violations_severity" DEFAULT 'general' NOT NULL,
  	"responsible_role" "enum_violations_responsible_role",
  	"unit_id" integer NOT NULL,
  	"resident_id" integer,
  	"location" varchar,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"found_by_id" integer,
  	"handler_id" integer,
  	"recorded_by_id" integer,
  	"description" varchar NOT NULL,
  	"next_measure" "enum_violations_next_measure",
  	"decision_measure" "enum_violations_decision_measure",
  	"decision_deadline" timestamp(3) with time zone,
  	"decision_facts" varchar,
  	"decision_skip_reason" varchar,
  	"decision_arrears" numeric,
  	"decision_overdue_since" timestamp(3) with time zone,
  	"decision_damage" numeric,
  	"decision_amount" numeric,
  	"decision_days" numeric,
  	"amount_due" numeric DEFAULT 0,
  	"outstanding" numeric DEFAULT 0,
  	"rectification_due_at" timestamp(3) with time zone,
  	"rectification_overdue" boolean DEFAULT false,
  	"overdue_notified_for" varchar,
  	"resolution" varchar,
  	"resolved_at" timestamp(3) with time zone,
  	"approval_status" "enum_violations_approval_status" DEFAULT 'none',
  	"approval_chain" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_content_hash" varchar,
  	"approval_proposed_by_id" integer,
  	"approval_last_action_by_id" integer,
  	"approval_last_action_at" timestamp(3) with time zone,
  	"approval_last_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "violations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"attachments_id" integer
  );
  
  CREATE TABLE "issued_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"type" "enum_issued_notices_type" NOT NULL,
  	"violation_id" integer NOT NULL,
  	"measure_id" varchar NOT NULL,
  	"sha256" varchar NOT NULL,
  	"issued_by_id" integer,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"emailed_to" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "approval_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"round" numeric NOT NULL,
  	"step" numeric NOT NULL,
  	"step_key" varchar,
  	"meaning" "enum_approval_log_meaning" NOT NULL,
  	"user_id" integer,
  	"user_name" varchar,
  	"role" "enum_approval_log_role",
  	"comment" varchar,
  	"content_hash" varchar NOT NULL,
  	"seal" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_status" "enum_complaint_reports_approval_status" DEFAULT 'none';
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_chain" varchar;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_step" numeric DEFAULT 0;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_round" numeric DEFAULT 1;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_content_hash" varchar;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_proposed_by_id" integer;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_last_action_by_id" integer;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_last_action_at" timestamp(3) with time zone;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_last_comment" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "violations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "issued_notices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approval_log_id" integer;
  ALTER TABLE "office_settings" ADD COLUMN "allow_same_signer" boolean DEFAULT false;
  ALTER TABLE "office_settings" ADD COLUMN "late_fee_rate_per_day" numeric DEFAULT 0.0003;
  ALTER TABLE "office_settings" ADD COLUMN "late_fee_cap_ratio" numeric DEFAULT 1;
  ALTER TABLE "office_settings" ADD COLUMN "compensation_cap" numeric DEFAULT 50000;
  ALTER TABLE "complaint_reports_approval_awaiting_roles" ADD CONSTRAINT "complaint_reports_approval_awaiting_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaint_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "violations_measures" ADD CONSTRAINT "violations_measures_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations_measures" ADD CONSTRAINT "violations_measures_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations_measures" ADD CONSTRAINT "violations_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."violations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "violations_payments" ADD CONSTRAINT "violations_payments_collected_by_id_users_id_fk" FOREIGN KEY ("collected_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations_payments" ADD CONSTRAINT "violations_payments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."violations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "violations_approval_awaiting_roles" ADD CONSTRAINT "violations_approval_awaiting_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."violations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "violations" ADD CONSTRAINT "violations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations" ADD CONSTRAINT "violations_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations" ADD CONSTRAINT "violations_found_by_id_users_id_fk" FOREIGN KEY ("found_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations" ADD CONSTRAINT "violations_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations" ADD CONSTRAINT "violations_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations" ADD CONSTRAINT "violations_approval_proposed_by_id_users_id_fk" FOREIGN KEY ("approval_proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations" ADD CONSTRAINT "violations_approval_last_action_by_id_users_id_fk" FOREIGN KEY ("approval_last_action_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations_rels" ADD CONSTRAINT "violations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."violations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "violations_rels" ADD CONSTRAINT "violations_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issued_notices" ADD CONSTRAINT "issued_notices_violation_id_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."violations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issued_notices" ADD CONSTRAINT "issued_notices_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_log" ADD CONSTRAINT "approval_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "complaint_reports_approval_awaiting_roles_order_idx" ON "complaint_reports_approval_awaiting_roles" USING btree ("order");
  CREATE INDEX "complaint_reports_approval_awaiting_roles_parent_idx" ON "complaint_reports_approval_awaiting_roles" USING btree ("parent_id");
  CREATE INDEX "violations_measures_order_idx" ON "violations_measures" USING btree ("_order");
  CREATE INDEX "violations_measures_parent_id_idx" ON "violations_measures" USING btree ("_parent_id");
  CREATE INDEX "violations_measures_staff_idx" ON "violations_measures" USING btree ("staff_id");
  CREATE INDEX "violations_measures_approved_by_idx" ON "violations_measures" USING btree ("approved_by_id");
  CREATE INDEX "violations_payments_order_idx" ON "violations_payments" USING btree ("_order");
  CREATE INDEX "violations_payments_parent_id_idx" ON "violations_payments" USING btree ("_parent_id");
  CREATE INDEX "violations_payments_collected_by_idx" ON "violations_payments" USING btree ("collected_by_id");
  CREATE INDEX "violations_approval_awaiting_roles_order_idx" ON "violations_approval_awaiting_roles" USING btree ("order");
  CREATE INDEX "violations_approval_awaiting_roles_parent_idx" ON "violations_approval_awaiting_roles" USING btree ("parent_id");
  CREATE UNIQUE INDEX "violations_number_idx" ON "violations" USING btree ("number");
  CREATE INDEX "violations_status_idx" ON "violations" USING btree ("status");
  CREATE INDEX "violations_unit_idx" ON "violations" USING btree ("unit_id");
  CREATE INDEX "violations_resident_idx" ON "violations" USING btree ("resident_id");
  CREATE INDEX "violations_found_by_idx" ON "violations" USING btree ("found_by_id");
  CREATE INDEX "violations_handler_idx" ON "violations" USING btree ("handler_id");
  CREATE INDEX "violations_recorded_by_idx" ON "violations" USING btree ("recorded_by_id");
  CREATE INDEX "violations_rectification_due_at_idx" ON "violations" USING btree ("rectification_due_at");
  CREATE INDEX "violations_approval_approval_status_idx" ON "violations" USING btree ("approval_status");
  CREATE INDEX "violations_approval_approval_proposed_by_idx" ON "violations" USING btree ("approval_proposed_by_id");
  CREATE INDEX "violations_approval_approval_last_action_by_idx" ON "violations" USING btree ("approval_last_action_by_id");
  CREATE INDEX "violations_updated_at_idx" ON "violations" USING btree ("updated_at");
  CREATE INDEX "violations_created_at_idx" ON "violations" USING btree ("created_at");
  CREATE INDEX "status_occurredAt_idx" ON "violations" USING btree ("status","occurred_at");
  CREATE INDEX "violations_rels_order_idx" ON "violations_rels" USING btree ("order");
  CREATE INDEX "violations_rels_parent_idx" ON "violations_rels" USING btree ("parent_id");
  CREATE INDEX "violations_rels_path_idx" ON "violations_rels" USING btree ("path");
  CREATE INDEX "violations_rels_attachments_id_idx" ON "violations_rels" USING btree ("attachments_id");
  CREATE UNIQUE INDEX "issued_notices_number_idx" ON "issued_notices" USING btree ("number");
  CREATE INDEX "issued_notices_violation_idx" ON "issued_notices" USING btree ("violation_id");
  CREATE INDEX "issued_notices_issued_by_idx" ON "issued_notices" USING btree ("issued_by_id");
  CREATE INDEX "issued_notices_updated_at_idx" ON "issued_notices" USING btree ("updated_at");
  CREATE INDEX "issued_notices_created_at_idx" ON "issued_notices" USING btree ("created_at");
  CREATE UNIQUE INDEX "issued_notices_filename_idx" ON "issued_notices" USING btree ("filename");
  CREATE UNIQUE INDEX "violation_measureId_type_idx" ON "issued_notices" USING btree ("violation_id","measure_id","type");
  CREATE INDEX "approval_log_user_idx" ON "approval_log" USING btree ("user_id");
  CREATE INDEX "approval_log_at_idx" ON "approval_log" USING btree ("at");
  CREATE INDEX "approval_log_updated_at_idx" ON "approval_log" USING btree ("updated_at");
  CREATE INDEX "approval_log_created_at_idx" ON "approval_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "collectionSlug_documentId_round_step_idx" ON "approval_log" USING btree ("collection_slug","document_id","round","step");
  ALTER TABLE "complaint_reports" ADD CONSTRAINT "complaint_reports_approval_proposed_by_id_users_id_fk" FOREIGN KEY ("approval_proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reports" ADD CONSTRAINT "complaint_reports_approval_last_action_by_id_users_id_fk" FOREIGN KEY ("approval_last_action_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_violations_fk" FOREIGN KEY ("violations_id") REFERENCES "public"."violations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_issued_notices_fk" FOREIGN KEY ("issued_notices_id") REFERENCES "public"."issued_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_log_fk" FOREIGN KEY ("approval_log_id") REFERENCES "public"."approval_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "complaint_reports_approval_approval_status_idx" ON "complaint_reports" USING btree ("approval_status");
  CREATE INDEX "complaint_reports_approval_approval_proposed_by_idx" ON "complaint_reports" USING btree ("approval_proposed_by_id");
  CREATE INDEX "complaint_reports_approval_approval_last_action_by_idx" ON "complaint_reports" USING btree ("approval_last_action_by_id");
  CREATE INDEX "payload_locked_documents_rels_violations_id_idx" ON "payload_locked_documents_rels" USING btree ("violations_id");
  CREATE INDEX "payload_locked_documents_rels_issued_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("issued_notices_id");
  CREATE INDEX "payload_locked_documents_rels_approval_log_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaint_reports_approval_awaiting_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "violations_measures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "violations_payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "violations_approval_awaiting_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "violations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "violations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "issued_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "complaint_reports_approval_awaiting_roles" CASCADE;
  DROP TABLE "violations_measures" CASCADE;
  DROP TABLE "violations_payments" CASCADE;
  DROP TABLE "violations_approval_awaiting_roles" CASCADE;
  DROP TABLE "violations" CASCADE;
  DROP TABLE "violations_rels" CASCADE;
  DROP TABLE "issued_notices" CASCADE;
  DROP TABLE "approval_log" CASCADE;
  ALTER TABLE "complaint_reports" DROP CONSTRAINT "complaint_reports_approval_proposed_by_id_users_id_fk";
  
  ALTER TABLE "complaint_reports" DROP CONSTRAINT "complaint_reports_approval_last_action_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_violations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_issued_notices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approval_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "complaint_reports_approval_approval_status_idx";
  DROP INDEX "complaint_reports_approval_approval_proposed_by_idx";
  DROP INDEX "complaint_reports_approval_approval_last_action_by_idx";
  DROP INDEX "payload_locked_documents_rels_violations_id_idx";
  DROP INDEX "payload_locked_documents_rels_issued_notices_id_idx";
  DROP INDEX "payload_locked_documents_rels_approval_log_id_idx";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_status";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_chain";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_step";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_round";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_content_hash";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_proposed_by_id";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_last_action_by_id";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_last_action_at";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_last_comment";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "violations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "issued_notices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_log_id";
  ALTER TABLE "office_settings" DROP COLUMN "allow_same_signer";
  ALTER TABLE "office_settings" DROP COLUMN "late_fee_rate_per_day";
  ALTER TABLE "office_settings" DROP COLUMN "late_fee_cap_ratio";
  ALTER TABLE "office_settings" DROP COLUMN "compensation_cap";
  DROP TYPE "public"."enum_complaint_reports_approval_awaiting_roles";
  DROP TYPE "public"."enum_complaint_reports_approval_status";
  DROP TYPE "public"."enum_violations_measures_measure";
  DROP TYPE "public"."enum_violations_approval_awaiting_roles";
  DROP TYPE "public"."enum_violations_status";
  DROP TYPE "public"."enum_violations_kind";
  DROP TYPE "public"."enum_violations_sub_kind";
  DROP TYPE "public"."enum_violations_severity";
  DROP TYPE "public"."enum_violations_responsible_role";
  DROP TYPE "public"."enum_violations_next_measure";
  DROP TYPE "public"."enum_violations_decision_measure";
  DROP TYPE "public"."enum_violations_approval_status";
  DROP TYPE "public"."enum_issued_notices_type";
  DROP TYPE "public"."enum_approval_log_meaning";
  DROP TYPE "public"."enum_approval_log_role";`)
}
