import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_archived_documents_acknowledge_roles" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum_archived_documents_printed_form" AS ENUM('complaintSlip', 'writtenReply', 'monthlyComplaints', 'workOrder', 'dispatchRegister', 'rectificationNotice', 'paymentReminder', 'publicNotice', 'documentCover', 'shiftLog', 'visitorRegister', 'mailRegister', 'workerPass', 'passRegister', 'releaseSlip', 'releaseRegister', 'frontDeskDuty', 'meetingMinutes');
  CREATE TYPE "public"."enum__archived_documents_v_version_acknowledge_roles" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum__archived_documents_v_version_printed_form" AS ENUM('complaintSlip', 'writtenReply', 'monthlyComplaints', 'workOrder', 'dispatchRegister', 'rectificationNotice', 'paymentReminder', 'publicNotice', 'documentCover', 'shiftLog', 'visitorRegister', 'mailRegister', 'workerPass', 'passRegister', 'releaseSlip', 'releaseRegister', 'frontDeskDuty', 'meetingMinutes');
  CREATE TYPE "public"."enum_shift_logs_entries_visitor_class" AS ENUM('visitor', 'contractor', 'delivery', 'resident-guest');
  CREATE TYPE "public"."enum_shift_logs_entries_vehicle_class" AS ENUM('resident', 'visitor', 'service');
  CREATE TYPE "public"."enum_shift_logs_entries_violation_kind" AS ENUM('renovation', 'fire-safety', 'civility', 'fee-refusal', 'endangering');
  CREATE TYPE "public"."enum_shift_logs_post_kind" AS ENUM('front-desk', 'security');
  CREATE TYPE "public"."enum_shift_posts_kind" AS ENUM('front-desk', 'security');
  CREATE TYPE "public"."enum_meetings_kind" AS ENUM('weekly', 'department', 'residents');
  CREATE TYPE "public"."enum_meetings_status" AS ENUM('planned', 'held', 'closed', 'cancelled');
  CREATE TYPE "public"."enum_meetings_department" AS ENUM('customer-service', 'engineering', 'security', 'management', 'documents', 'admin-office');
  CREATE TYPE "public"."enum_worker_passes_status" AS ENUM('issued', 'returned');
  CREATE TYPE "public"."enum_office_settings_weekly_meeting_weekday" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  ALTER TYPE "public"."enum_shift_logs_entries_kind" ADD VALUE 'violation';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'scheduleWeeklyMeeting';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'backupDatabase';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'scheduleWeeklyMeeting';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'backupDatabase';
  CREATE TABLE "archived_documents_acknowledge_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_archived_documents_acknowledge_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_archived_documents_v_version_acknowledge_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__archived_documents_v_version_acknowledge_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "shift_posts_equipment" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL
  );
  
  CREATE TABLE "shift_posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name_zh" varchar NOT NULL,
  	"name_en" varchar,
  	"kind" "enum_shift_posts_kind" DEFAULT 'security' NOT NULL,
  	"order" numeric DEFAULT 0,
  	"retired" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings_resident_attendees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"resident_id" integer,
  	"name" varchar,
  	"unit" varchar
  );
  
  CREATE TABLE "meetings_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL
  );
  
  CREATE TABLE "meetings_decisions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"owner_id" integer NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"follow_up_id" integer
  );
  
  CREATE TABLE "meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_meetings_kind" DEFAULT 'weekly' NOT NULL,
  	"status" "enum_meetings_status" DEFAULT 'planned',
  	"department" "enum_meetings_department",
  	"title" varchar NOT NULL,
  	"scheduled_at" timestamp(3) with time zone NOT NULL,
  	"place" varchar,
  	"chair_id" integer NOT NULL,
  	"minutes" varchar,
  	"recorded_by_id" integer,
  	"held_at" timestamp(3) with time zone,
  	"closed_by_id" integer,
  	"closed_at" timestamp(3) with time zone,
  	"close_note" varchar,
  	"cancel_reason" varchar,
  	"series_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "worker_passes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"status" "enum_worker_passes_status" DEFAULT 'issued',
  	"worker_name" varchar NOT NULL,
  	"id_number" varchar,
  	"company" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_until" timestamp(3) with time zone NOT NULL,
  	"photo_id" integer,
  	"note" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"issued_by_id" integer,
  	"returned_at" timestamp(3) with time zone,
  	"returned_to_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "shift_logs" ALTER COLUMN "post" SET DATA TYPE varchar;
  ALTER TABLE "users" ADD COLUMN "shift_leader" boolean DEFAULT false;
  ALTER TABLE "violations" ADD COLUMN "shift_log_id" integer;
  ALTER TABLE "archived_documents" ADD COLUMN "printed_form" "enum_archived_documents_printed_form";
  ALTER TABLE "_archived_documents_v" ADD COLUMN "version_printed_form" "enum__archived_documents_v_version_printed_form";
  ALTER TABLE "shift_logs_entries" ADD COLUMN "visitor_class" "enum_shift_logs_entries_visitor_class";
  ALTER TABLE "shift_logs_entries" ADD COLUMN "vehicle_class" "enum_shift_logs_entries_vehicle_class";
  ALTER TABLE "shift_logs_entries" ADD COLUMN "violation_kind" "enum_shift_logs_entries_violation_kind";
  ALTER TABLE "shift_logs_entries" ADD COLUMN "violation_id" integer;
  ALTER TABLE "shift_logs" ADD COLUMN "post_kind" "enum_shift_logs_post_kind";
  ALTER TABLE "shift_logs" ADD COLUMN "countersigned_by_id" integer;
  ALTER TABLE "shift_logs" ADD COLUMN "countersigned_at" timestamp(3) with time zone;
  ALTER TABLE "shift_logs" ADD COLUMN "countersign_note" varchar;
  ALTER TABLE "follow_ups_rels" ADD COLUMN "meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "shift_posts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "worker_passes_id" integer;
  ALTER TABLE "office_settings" ADD COLUMN "company_name" varchar;
  ALTER TABLE "office_settings" ADD COLUMN "company_logo_id" integer;
  ALTER TABLE "office_settings" ADD COLUMN "weekly_meeting_weekday" "enum_office_settings_weekly_meeting_weekday" DEFAULT 'fri';
  ALTER TABLE "office_settings" ADD COLUMN "weekly_meeting_time" varchar DEFAULT '09:00';
  ALTER TABLE "office_settings" ADD COLUMN "backup_time" varchar DEFAULT '02:30';
  ALTER TABLE "office_settings" ADD COLUMN "backup_keep" numeric DEFAULT 14;
  ALTER TABLE "archived_documents_acknowledge_roles" ADD CONSTRAINT "archived_documents_acknowledge_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."archived_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_archived_documents_v_version_acknowledge_roles" ADD CONSTRAINT "_archived_documents_v_version_acknowledge_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_archived_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "shift_posts_equipment" ADD CONSTRAINT "shift_posts_equipment_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."shift_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_resident_attendees" ADD CONSTRAINT "meetings_resident_attendees_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_resident_attendees" ADD CONSTRAINT "meetings_resident_attendees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_agenda" ADD CONSTRAINT "meetings_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_decisions" ADD CONSTRAINT "meetings_decisions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_decisions" ADD CONSTRAINT "meetings_decisions_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_decisions" ADD CONSTRAINT "meetings_decisions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_passes" ADD CONSTRAINT "worker_passes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "worker_passes" ADD CONSTRAINT "worker_passes_photo_id_attachments_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "worker_passes" ADD CONSTRAINT "worker_passes_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "worker_passes" ADD CONSTRAINT "worker_passes_returned_to_id_users_id_fk" FOREIGN KEY ("returned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "archived_documents_acknowledge_roles_order_idx" ON "archived_documents_acknowledge_roles" USING btree ("order");
  CREATE INDEX "archived_documents_acknowledge_roles_parent_idx" ON "archived_documents_acknowledge_roles" USING btree ("parent_id");
  CREATE INDEX "_archived_documents_v_version_acknowledge_roles_order_idx" ON "_archived_documents_v_version_acknowledge_roles" USING btree ("order");
  CREATE INDEX "_archived_documents_v_version_acknowledge_roles_parent_idx" ON "_archived_documents_v_version_acknowledge_roles" USING btree ("parent_id");
  CREATE INDEX "shift_posts_equipment_order_idx" ON "shift_posts_equipment" USING btree ("_order");
  CREATE INDEX "shift_posts_equipment_parent_id_idx" ON "shift_posts_equipment" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "shift_posts_code_idx" ON "shift_posts" USING btree ("code");
  CREATE INDEX "shift_posts_retired_idx" ON "shift_posts" USING btree ("retired");
  CREATE INDEX "shift_posts_updated_at_idx" ON "shift_posts" USING btree ("updated_at");
  CREATE INDEX "shift_posts_created_at_idx" ON "shift_posts" USING btree ("created_at");
  CREATE INDEX "meetings_resident_attendees_order_idx" ON "meetings_resident_attendees" USING btree ("_order");
  CREATE INDEX "meetings_resident_attendees_parent_id_idx" ON "meetings_resident_attendees" USING btree ("_parent_id");
  CREATE INDEX "meetings_resident_attendees_resident_idx" ON "meetings_resident_attendees" USING btree ("resident_id");
  CREATE INDEX "meetings_agenda_order_idx" ON "meetings_agenda" USING btree ("_order");
  CREATE INDEX "meetings_agenda_parent_id_idx" ON "meetings_agenda" USING btree ("_parent_id");
  CREATE INDEX "meetings_decisions_order_idx" ON "meetings_decisions" USING btree ("_order");
  CREATE INDEX "meetings_decisions_parent_id_idx" ON "meetings_decisions" USING btree ("_parent_id");
  CREATE INDEX "meetings_decisions_owner_idx" ON "meetings_decisions" USING btree ("owner_id");
  CREATE INDEX "meetings_decisions_follow_up_idx" ON "meetings_decisions" USING btree ("follow_up_id");
  CREATE INDEX "meetings_kind_idx" ON "meetings" USING btree ("kind");
  CREATE INDEX "meetings_status_idx" ON "meetings" USING btree ("status");
  CREATE INDEX "meetings_scheduled_at_idx" ON "meetings" USING btree ("scheduled_at");
  CREATE INDEX "meetings_chair_idx" ON "meetings" USING btree ("chair_id");
  CREATE INDEX "meetings_recorded_by_idx" ON "meetings" USING btree ("recorded_by_id");
  CREATE INDEX "meetings_closed_by_idx" ON "meetings" USING btree ("closed_by_id");
  CREATE UNIQUE INDEX "meetings_series_key_idx" ON "meetings" USING btree ("series_key");
  CREATE INDEX "meetings_updated_at_idx" ON "meetings" USING btree ("updated_at");
  CREATE INDEX "meetings_created_at_idx" ON "meetings" USING btree ("created_at");
  CREATE INDEX "kind_scheduledAt_idx" ON "meetings" USING btree ("kind","scheduled_at");
  CREATE INDEX "meetings_rels_order_idx" ON "meetings_rels" USING btree ("order");
  CREATE INDEX "meetings_rels_parent_idx" ON "meetings_rels" USING btree ("parent_id");
  CREATE INDEX "meetings_rels_path_idx" ON "meetings_rels" USING btree ("path");
  CREATE INDEX "meetings_rels_users_id_idx" ON "meetings_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "worker_passes_number_idx" ON "worker_passes" USING btree ("number");
  CREATE INDEX "worker_passes_status_idx" ON "worker_passes" USING btree ("status");
  CREATE INDEX "worker_passes_unit_idx" ON "worker_passes" USING btree ("unit_id");
  CREATE INDEX "worker_passes_valid_until_idx" ON "worker_passes" USING btree ("valid_until");
  CREATE INDEX "worker_passes_photo_idx" ON "worker_passes" USING btree ("photo_id");
  CREATE INDEX "worker_passes_issued_at_idx" ON "worker_passes" USING btree ("issued_at");
  CREATE INDEX "worker_passes_issued_by_idx" ON "worker_passes" USING btree ("issued_by_id");
  CREATE INDEX "worker_passes_returned_at_idx" ON "worker_passes" USING btree ("returned_at");
  CREATE INDEX "worker_passes_returned_to_idx" ON "worker_passes" USING btree ("returned_to_id");
  CREATE INDEX "worker_passes_updated_at_idx" ON "worker_passes" USING btree ("updated_at");
  CREATE INDEX "worker_passes_created_at_idx" ON "worker_passes" USING btree ("created_at");
  CREATE INDEX "status_validUntil_idx" ON "worker_passes" USING btree ("status","valid_until");
  ALTER TABLE "violations" ADD CONSTRAINT "violations_shift_log_id_shift_logs_id_fk" FOREIGN KEY ("shift_log_id") REFERENCES "public"."shift_logs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs_entries" ADD CONSTRAINT "shift_logs_entries_violation_id_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."violations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs" ADD CONSTRAINT "shift_logs_countersigned_by_id_users_id_fk" FOREIGN KEY ("countersigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_shift_posts_fk" FOREIGN KEY ("shift_posts_id") REFERENCES "public"."shift_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_worker_passes_fk" FOREIGN KEY ("worker_passes_id") REFERENCES "public"."worker_passes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_settings" ADD CONSTRAINT "office_settings_company_logo_id_attachments_id_fk" FOREIGN KEY ("company_logo_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "violations_shift_log_idx" ON "violations" USING btree ("shift_log_id");
  CREATE INDEX "archived_documents_printed_form_idx" ON "archived_documents" USING btree ("printed_form");
  CREATE INDEX "_archived_documents_v_version_version_printed_form_idx" ON "_archived_documents_v" USING btree ("version_printed_form");
  CREATE INDEX "shift_logs_entries_violation_idx" ON "shift_logs_entries" USING btree ("violation_id");
  CREATE INDEX "shift_logs_countersigned_by_idx" ON "shift_logs" USING btree ("countersigned_by_id");
  CREATE INDEX "follow_ups_rels_meetings_id_idx" ON "follow_ups_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_shift_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("shift_posts_id");
  CREATE INDEX "payload_locked_documents_rels_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_worker_passes_id_idx" ON "payload_locked_documents_rels" USING btree ("worker_passes_id");
  CREATE INDEX "office_settings_company_logo_idx" ON "office_settings" USING btree ("company_logo_id");
  DROP TYPE "public"."enum_shift_logs_post";`)
  // Logs written before posts became data: the front desk's are front-desk logs, the rest security.
  await db.execute(sql`
   UPDATE "shift_logs" SET "post_kind" = CASE WHEN "post" = 'front-desk' THEN 'front-desk'::"public"."enum_shift_logs_post_kind" ELSE 'security'::"public"."enum_shift_logs_post_kind" END WHERE "post_kind" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_shift_logs_post" AS ENUM('front-desk', 'gate-1', 'gate-2', 'patrol');
  ALTER TABLE "archived_documents_acknowledge_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_archived_documents_v_version_acknowledge_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shift_posts_equipment" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shift_posts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_resident_attendees" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_agenda" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_passes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "archived_documents_acknowledge_roles" CASCADE;
  DROP TABLE "_archived_documents_v_version_acknowledge_roles" CASCADE;
  DROP TABLE "shift_posts_equipment" CASCADE;
  DROP TABLE "shift_posts" CASCADE;
  DROP TABLE "meetings_resident_attendees" CASCADE;
  DROP TABLE "meetings_agenda" CASCADE;
  DROP TABLE "meetings_decisions" CASCADE;
  DROP TABLE "meetings" CASCADE;
  DROP TABLE "meetings_rels" CASCADE;
  DROP TABLE "worker_passes" CASCADE;
  ALTER TABLE "violations" DROP CONSTRAINT "violations_shift_log_id_shift_logs_id_fk";
  
  ALTER TABLE "shift_logs_entries" DROP CONSTRAINT "shift_logs_entries_violation_id_violations_id_fk";
  
  ALTER TABLE "shift_logs" DROP CONSTRAINT "shift_logs_countersigned_by_id_users_id_fk";
  
  ALTER TABLE "follow_ups_rels" DROP CONSTRAINT "follow_ups_rels_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_shift_posts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_worker_passes_fk";
  
  ALTER TABLE "office_settings" DROP CONSTRAINT "office_settings_company_logo_id_attachments_id_fk";
  
  ALTER TABLE "shift_logs_entries" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "shift_logs_entries" ALTER COLUMN "kind" SET DEFAULT 'event'::text;
  DROP TYPE "public"."enum_shift_logs_entries_kind";
  CREATE TYPE "public"."enum_shift_logs_entries_kind" AS ENUM('event', 'visitor', 'vehicle', 'goods-release', 'mail', 'pass', 'key', 'patrol', 'incident', 'note');
  ALTER TABLE "shift_logs_entries" ALTER COLUMN "kind" SET DEFAULT 'event'::"public"."enum_shift_logs_entries_kind";
  ALTER TABLE "shift_logs_entries" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_shift_logs_entries_kind" USING "kind"::"public"."enum_shift_logs_entries_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders', 'flagOverdueRectifications', 'flagOverdueLoans', 'escalateFollowUps');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders', 'flagOverdueRectifications', 'flagOverdueLoans', 'escalateFollowUps');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "violations_shift_log_idx";
  DROP INDEX "archived_documents_printed_form_idx";
  DROP INDEX "_archived_documents_v_version_version_printed_form_idx";
  DROP INDEX "shift_logs_entries_violation_idx";
  DROP INDEX "shift_logs_countersigned_by_idx";
  DROP INDEX "follow_ups_rels_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_shift_posts_id_idx";
  DROP INDEX "payload_locked_documents_rels_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_worker_passes_id_idx";
  DROP INDEX "office_settings_company_logo_idx";
  ALTER TABLE "shift_logs" ALTER COLUMN "post" SET DATA TYPE "public"."enum_shift_logs_post" USING "post"::"public"."enum_shift_logs_post";
  ALTER TABLE "users" DROP COLUMN "shift_leader";
  ALTER TABLE "violations" DROP COLUMN "shift_log_id";
  ALTER TABLE "archived_documents" DROP COLUMN "printed_form";
  ALTER TABLE "_archived_documents_v" DROP COLUMN "version_printed_form";
  ALTER TABLE "shift_logs_entries" DROP COLUMN "visitor_class";
  ALTER TABLE "shift_logs_entries" DROP COLUMN "vehicle_class";
  ALTER TABLE "shift_logs_entries" DROP COLUMN "violation_kind";
  ALTER TABLE "shift_logs_entries" DROP COLUMN "violation_id";
  ALTER TABLE "shift_logs" DROP COLUMN "post_kind";
  ALTER TABLE "shift_logs" DROP COLUMN "countersigned_by_id";
  ALTER TABLE "shift_logs" DROP COLUMN "countersigned_at";
  ALTER TABLE "shift_logs" DROP COLUMN "countersign_note";
  ALTER TABLE "follow_ups_rels" DROP COLUMN "meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "shift_posts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "worker_passes_id";
  ALTER TABLE "office_settings" DROP COLUMN "company_name";
  ALTER TABLE "office_settings" DROP COLUMN "company_logo_id";
  ALTER TABLE "office_settings" DROP COLUMN "weekly_meeting_weekday";
  ALTER TABLE "office_settings" DROP COLUMN "weekly_meeting_time";
  ALTER TABLE "office_settings" DROP COLUMN "backup_time";
  ALTER TABLE "office_settings" DROP COLUMN "backup_keep";
  DROP TYPE "public"."enum_archived_documents_acknowledge_roles";
  DROP TYPE "public"."enum_archived_documents_printed_form";
  DROP TYPE "public"."enum__archived_documents_v_version_acknowledge_roles";
  DROP TYPE "public"."enum__archived_documents_v_version_printed_form";
  DROP TYPE "public"."enum_shift_logs_entries_visitor_class";
  DROP TYPE "public"."enum_shift_logs_entries_vehicle_class";
  DROP TYPE "public"."enum_shift_logs_entries_violation_kind";
  DROP TYPE "public"."enum_shift_logs_post_kind";
  DROP TYPE "public"."enum_shift_posts_kind";
  DROP TYPE "public"."enum_meetings_kind";
  DROP TYPE "public"."enum_meetings_status";
  DROP TYPE "public"."enum_meetings_department";
  DROP TYPE "public"."enum_worker_passes_status";
  DROP TYPE "public"."enum_office_settings_weekly_meeting_weekday";`)
}
