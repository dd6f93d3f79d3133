import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaints_breaches_notified" AS ENUM('verification', 'resolution');
  CREATE TYPE "public"."enum_complaints_status" AS ENUM('registered', 'dispatched', 'in-progress', 'resolved', 'return-visit', 'closed', 'reopened');
  CREATE TYPE "public"."enum_complaints_severity" AS ENUM('general', 'major');
  CREATE TYPE "public"."enum_complaints_kind" AS ENUM('complaint', 'enquiry', 'suggestion', 'help');
  CREATE TYPE "public"."enum_complaints_channel" AS ENUM('visit', 'phone', 'letter', 'email', 'online');
  CREATE TYPE "public"."enum_complaints_category" AS ENUM('renovation-noise', 'public-facilities', 'in-unit-repair', 'lost-mail', 'cleaning-greenery', 'pests', 'office-service', 'parking', 'security', 'fees', 'other', 'fire', 'lift-entrapment', 'explosion', 'power-cut', 'flooding', 'theft-crime', 'main-plant-failure', 'structural-damage');
  CREATE TYPE "public"."enum_complaints_department" AS ENUM('customer-service', 'engineering', 'security', 'cleaning', 'management', 'finance');
  CREATE TYPE "public"."enum_complaints_severity_source" AS ENUM('category', 'collective', 'manual');
  CREATE TYPE "public"."enum_complaints_severity_override" AS ENUM('general', 'major');
  CREATE TYPE "public"."enum_return_visits_status" AS ENUM('scheduled', 'done');
  CREATE TYPE "public"."enum_return_visits_method" AS ENUM('face-to-face', 'phone', 'written', 'meeting');
  CREATE TYPE "public"."enum_return_visits_answered_by" AS ENUM('resident', 'staff-on-behalf');
  CREATE TYPE "public"."enum_return_visits_quality" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_effect" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_overall" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_incidents_category" AS ENUM('renovation-noise', 'public-facilities', 'in-unit-repair', 'lost-mail', 'cleaning-greenery', 'pests', 'office-service', 'parking', 'security', 'fees', 'other', 'fire', 'lift-entrapment', 'explosion', 'power-cut', 'flooding', 'theft-crime', 'main-plant-failure', 'structural-damage');
  CREATE TYPE "public"."enum_complaint_reports_kind" AS ENUM('monthly-dispatch-summary', 'quarterly-analysis');
  CREATE TYPE "public"."enum_complaint_reports_status" AS ENUM('draft', 'approved');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints');
  CREATE TYPE "public"."enum_office_settings_complaint_visit_method" AS ENUM('face-to-face', 'phone', 'written', 'meeting');
  CREATE TABLE "complaints_breaches_notified" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_complaints_breaches_notified",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "complaints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"status" "enum_complaints_status" DEFAULT 'registered',
  	"severity" "enum_complaints_severity" DEFAULT 'general',
  	"registered_at" timestamp(3) with time zone,
  	"kind" "enum_complaints_kind" DEFAULT 'complaint' NOT NULL,
  	"channel" "enum_complaints_channel" DEFAULT 'phone' NOT NULL,
  	"category" "enum_complaints_category" NOT NULL,
  	"unit_id" integer NOT NULL,
  	"resident_id" integer,
  	"visitor_name" varchar,
  	"visitor_phone" varchar,
  	"description" jsonb NOT NULL,
  	"reply_promised_at" timestamp(3) with time zone,
  	"department" "enum_complaints_department",
  	"handler_id" integer,
  	"handling_deadline" timestamp(3) with time zone,
  	"dispatched_at" timestamp(3) with time zone,
  	"dispatched_by_id" integer,
  	"verified_at" timestamp(3) with time zone,
  	"verified_by_id" integer,
  	"handling_notes" varchar,
  	"result" varchar,
  	"written_reply" varchar,
  	"resolved_at" timestamp(3) with time zone,
  	"resolved_by_id" integer,
  	"closed_at" timestamp(3) with time zone,
  	"closed_by_id" integer,
  	"verify_due_at" timestamp(3) with time zone,
  	"verified_on_time" boolean,
  	"resolve_due_at" timestamp(3) with time zone,
  	"resolved_on_time" boolean,
  	"resolved_within24h" boolean,
  	"minutes_to_resolve" numeric,
  	"severity_source" "enum_complaints_severity_source",
  	"severity_override" "enum_complaints_severity_override",
  	"severity_reason" varchar,
  	"incident_id" integer,
  	"return_visit_required" boolean DEFAULT true,
  	"reopen_count" numeric DEFAULT 0,
  	"registered_by_id" integer,
  	"building" varchar,
  	"description_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaints_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"attachments_id" integer
  );
  
  CREATE TABLE "return_visits_attempts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"reached" boolean DEFAULT false,
  	"note" varchar
  );
  
  CREATE TABLE "return_visits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"complaint_id" integer NOT NULL,
  	"status" "enum_return_visits_status" DEFAULT 'scheduled',
  	"assignee_id" integer,
  	"due_from" timestamp(3) with time zone,
  	"due_by" timestamp(3) with time zone,
  	"method" "enum_return_visits_method",
  	"unreachable" boolean DEFAULT false,
  	"answered_by" "enum_return_visits_answered_by",
  	"quality" "enum_return_visits_quality",
  	"effect" "enum_return_visits_effect",
  	"overall" "enum_return_visits_overall",
  	"solved" boolean DEFAULT true,
  	"shortcomings" varchar,
  	"suggestions" varchar,
  	"resident_words" varchar,
  	"recorded_at" timestamp(3) with time zone,
  	"recorded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "incidents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"building" varchar,
  	"category" "enum_incidents_category",
  	"first_registered_at" timestamp(3) with time zone,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaint_reports_corrective_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar NOT NULL,
  	"owner_id" integer,
  	"due_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "complaint_reports_preventive_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar NOT NULL,
  	"owner_id" integer,
  	"due_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "complaint_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_complaint_reports_kind" NOT NULL,
  	"period" varchar NOT NULL,
  	"status" "enum_complaint_reports_status" DEFAULT 'draft',
  	"title" varchar,
  	"figures" jsonb,
  	"head_comments" varchar,
  	"analysis" varchar,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "office_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"timezone" varchar DEFAULT 'Asia/Shanghai',
  	"resolution_target_hours" numeric DEFAULT 24,
  	"collective_window_hours" numeric DEFAULT 24,
  	"collective_threshold" numeric DEFAULT 3,
  	"complaint_visit_rate" numeric DEFAULT 100,
  	"complaint_visit_method" "enum_office_settings_complaint_visit_method" DEFAULT 'face-to-face',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaints_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "return_visits_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "incidents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaint_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "counters_id" integer;
  ALTER TABLE "complaints_breaches_notified" ADD CONSTRAINT "complaints_breaches_notified_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_dispatched_by_id_users_id_fk" FOREIGN KEY ("dispatched_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_registered_by_id_users_id_fk" FOREIGN KEY ("registered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "return_visits_attempts" ADD CONSTRAINT "return_visits_attempts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."return_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reports_corrective_actions" ADD CONSTRAINT "complaint_reports_corrective_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reports_corrective_actions" ADD CONSTRAINT "complaint_reports_corrective_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaint_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_reports_preventive_actions" ADD CONSTRAINT "complaint_reports_preventive_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reports_preventive_actions" ADD CONSTRAINT "complaint_reports_preventive_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaint_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_reports" ADD CONSTRAINT "complaint_reports_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "complaints_breaches_notified_order_idx" ON "complaints_breaches_notified" USING btree ("order");
  CREATE INDEX "complaints_breaches_notified_parent_idx" ON "complaints_breaches_notified" USING btree ("parent_id");
  CREATE UNIQUE INDEX "complaints_number_idx" ON "complaints" USING btree ("number");
  CREATE INDEX "complaints_status_idx" ON "complaints" USING btree ("status");
  CREATE INDEX "complaints_severity_idx" ON "complaints" USING btree ("severity");
  CREATE INDEX "complaints_registered_at_idx" ON "complaints" USING btree ("registered_at");
  CREATE INDEX "complaints_category_idx" ON "complaints" USING btree ("category");
  CREATE INDEX "complaints_unit_idx" ON "complaints" USING btree ("unit_id");
  CREATE INDEX "complaints_resident_idx" ON "complaints" USING btree ("resident_id");
  CREATE INDEX "complaints_handler_idx" ON "complaints" USING btree ("handler_id");
  CREATE INDEX "complaints_dispatched_by_idx" ON "complaints" USING btree ("dispatched_by_id");
  CREATE INDEX "complaints_verified_by_idx" ON "complaints" USING btree ("verified_by_id");
  CREATE INDEX "complaints_resolved_at_idx" ON "complaints" USING btree ("resolved_at");
  CREATE INDEX "complaints_resolved_by_idx" ON "complaints" USING btree ("resolved_by_id");
  CREATE INDEX "complaints_closed_by_idx" ON "complaints" USING btree ("closed_by_id");
  CREATE INDEX "complaints_resolve_due_at_idx" ON "complaints" USING btree ("resolve_due_at");
  CREATE INDEX "complaints_incident_idx" ON "complaints" USING btree ("incident_id");
  CREATE INDEX "complaints_registered_by_idx" ON "complaints" USING btree ("registered_by_id");
  CREATE INDEX "complaints_building_idx" ON "complaints" USING btree ("building");
  CREATE INDEX "complaints_updated_at_idx" ON "complaints" USING btree ("updated_at");
  CREATE INDEX "complaints_created_at_idx" ON "complaints" USING btree ("created_at");
  CREATE INDEX "status_registeredAt_idx" ON "complaints" USING btree ("status","registered_at");
  CREATE INDEX "category_status_registeredAt_idx" ON "complaints" USING btree ("category","status","registered_at");
  CREATE INDEX "building_category_registeredAt_idx" ON "complaints" USING btree ("building","category","registered_at");
  CREATE INDEX "handler_status_idx" ON "complaints" USING btree ("handler_id","status");
  CREATE INDEX "complaints_rels_order_idx" ON "complaints_rels" USING btree ("order");
  CREATE INDEX "complaints_rels_parent_idx" ON "complaints_rels" USING btree ("parent_id");
  CREATE INDEX "complaints_rels_path_idx" ON "complaints_rels" USING btree ("path");
  CREATE INDEX "complaints_rels_attachments_id_idx" ON "complaints_rels" USING btree ("attachments_id");
  CREATE INDEX "return_visits_attempts_order_idx" ON "return_visits_attempts" USING btree ("_order");
  CREATE INDEX "return_visits_attempts_parent_id_idx" ON "return_visits_attempts" USING btree ("_parent_id");
  CREATE INDEX "return_visits_complaint_idx" ON "return_visits" USING btree ("complaint_id");
  CREATE INDEX "return_visits_status_idx" ON "return_visits" USING btree ("status");
  CREATE INDEX "return_visits_assignee_idx" ON "return_visits" USING btree ("assignee_id");
  CREATE INDEX "return_visits_due_by_idx" ON "return_visits" USING btree ("due_by");
  CREATE INDEX "return_visits_recorded_by_idx" ON "return_visits" USING btree ("recorded_by_id");
  CREATE INDEX "return_visits_updated_at_idx" ON "return_visits" USING btree ("updated_at");
  CREATE INDEX "return_visits_created_at_idx" ON "return_visits" USING btree ("created_at");
  CREATE INDEX "incidents_updated_at_idx" ON "incidents" USING btree ("updated_at");
  CREATE INDEX "incidents_created_at_idx" ON "incidents" USING btree ("created_at");
  CREATE INDEX "complaint_reports_corrective_actions_order_idx" ON "complaint_reports_corrective_actions" USING btree ("_order");
  CREATE INDEX "complaint_reports_corrective_actions_parent_id_idx" ON "complaint_reports_corrective_actions" USING btree ("_parent_id");
  CREATE INDEX "complaint_reports_corrective_actions_owner_idx" ON "complaint_reports_corrective_actions" USING btree ("owner_id");
  CREATE INDEX "complaint_reports_preventive_actions_order_idx" ON "complaint_reports_preventive_actions" USING btree ("_order");
  CREATE INDEX "complaint_reports_preventive_actions_parent_id_idx" ON "complaint_reports_preventive_actions" USING btree ("_parent_id");
  CREATE INDEX "complaint_reports_preventive_actions_owner_idx" ON "complaint_reports_preventive_actions" USING btree ("owner_id");
  CREATE INDEX "complaint_reports_approved_by_idx" ON "complaint_reports" USING btree ("approved_by_id");
  CREATE INDEX "complaint_reports_updated_at_idx" ON "complaint_reports" USING btree ("updated_at");
  CREATE INDEX "complaint_reports_created_at_idx" ON "complaint_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "kind_period_idx" ON "complaint_reports" USING btree ("kind","period");
  CREATE UNIQUE INDEX "counters_key_idx" ON "counters" USING btree ("key");
  CREATE INDEX "counters_updated_at_idx" ON "counters" USING btree ("updated_at");
  CREATE INDEX "counters_created_at_idx" ON "counters" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaints_fk" FOREIGN KEY ("complaints_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_return_visits_fk" FOREIGN KEY ("return_visits_id") REFERENCES "public"."return_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_incidents_fk" FOREIGN KEY ("incidents_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_reports_fk" FOREIGN KEY ("complaint_reports_id") REFERENCES "public"."complaint_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counters_fk" FOREIGN KEY ("counters_id") REFERENCES "public"."counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("complaints_id");
  CREATE INDEX "payload_locked_documents_rels_return_visits_id_idx" ON "payload_locked_documents_rels" USING btree ("return_visits_id");
  CREATE INDEX "payload_locked_documents_rels_incidents_id_idx" ON "payload_locked_documents_rels" USING btree ("incidents_id");
  CREATE INDEX "payload_locked_documents_rels_complaint_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_reports_id");
  CREATE INDEX "payload_locked_documents_rels_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaints_breaches_notified" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaints" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaints_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "return_visits_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "return_visits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "incidents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_reports_corrective_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_reports_preventive_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "complaints_breaches_notified" CASCADE;
  DROP TABLE "complaints" CASCADE;
  DROP TABLE "complaints_rels" CASCADE;
  DROP TABLE "return_visits_attempts" CASCADE;
  DROP TABLE "return_visits" CASCADE;
  DROP TABLE "incidents" CASCADE;
  DROP TABLE "complaint_reports_corrective_actions" CASCADE;
  DROP TABLE "complaint_reports_preventive_actions" CASCADE;
  DROP TABLE "complaint_reports" CASCADE;
  DROP TABLE "counters" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "office_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaints_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_return_visits_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_incidents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaint_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_counters_fk";
  
  DROP INDEX "payload_locked_documents_rels_complaints_id_idx";
  DROP INDEX "payload_locked_documents_rels_return_visits_id_idx";
  DROP INDEX "payload_locked_documents_rels_incidents_id_idx";
  DROP INDEX "payload_locked_documents_rels_complaint_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_counters_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaints_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "return_visits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "incidents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaint_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "counters_id";
  DROP TYPE "public"."enum_complaints_breaches_notified";
  DROP TYPE "public"."enum_complaints_status";
  DROP TYPE "public"."enum_complaints_severity";
  DROP TYPE "public"."enum_complaints_kind";
  DROP TYPE "public"."enum_complaints_channel";
  DROP TYPE "public"."enum_complaints_category";
  DROP TYPE "public"."enum_complaints_department";
  DROP TYPE "public"."enum_complaints_severity_source";
  DROP TYPE "public"."enum_complaints_severity_override";
  DROP TYPE "public"."enum_return_visits_status";
  DROP TYPE "public"."enum_return_visits_method";
  DROP TYPE "public"."enum_return_visits_answered_by";
  DROP TYPE "public"."enum_return_visits_quality";
  DROP TYPE "public"."enum_return_visits_effect";
  DROP TYPE "public"."enum_return_visits_overall";
  DROP TYPE "public"."enum_incidents_category";
  DROP TYPE "public"."enum_complaint_reports_kind";
  DROP TYPE "public"."enum_complaint_reports_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_office_settings_complaint_visit_method";`)
}
