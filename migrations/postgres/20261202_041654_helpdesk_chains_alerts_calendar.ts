import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaints_review_status" AS ENUM('none', 'needed', 'recorded', 'done');
  CREATE TYPE "public"."enum_approval_chains_conditions_severities" AS ENUM('general', 'major');
  CREATE TYPE "public"."enum_approval_chains_conditions_violation_kinds" AS ENUM('renovation', 'fire-safety', 'civility', 'fee-refusal', 'endangering');
  CREATE TYPE "public"."enum_approval_chains_conditions_document_kinds" AS ENUM('rule', 'form', 'procedure', 'record', 'contract', 'drawing', 'correspondence', 'other');
  CREATE TYPE "public"."enum_approval_chains_steps_roles" AS ENUM('general-manager', 'director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum_approval_chains_steps_meaning" AS ENUM('proposed', 'reviewed', 'approved');
  CREATE TYPE "public"."enum_approval_chains_steps_designation" AS ENUM('office-head', 'department-head');
  CREATE TYPE "public"."enum_approval_chains_collection_slug" AS ENUM('violations', 'complaint-reports', 'archived-documents', 'document-destructions', 'document-loans');
  CREATE TYPE "public"."enum__approval_chains_v_version_conditions_severities" AS ENUM('general', 'major');
  CREATE TYPE "public"."enum__approval_chains_v_version_conditions_violation_kinds" AS ENUM('renovation', 'fire-safety', 'civility', 'fee-refusal', 'endangering');
  CREATE TYPE "public"."enum__approval_chains_v_version_conditions_document_kinds" AS ENUM('rule', 'form', 'procedure', 'record', 'contract', 'drawing', 'correspondence', 'other');
  CREATE TYPE "public"."enum__approval_chains_v_version_steps_roles" AS ENUM('general-manager', 'director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum__approval_chains_v_version_steps_meaning" AS ENUM('proposed', 'reviewed', 'approved');
  CREATE TYPE "public"."enum__approval_chains_v_version_steps_designation" AS ENUM('office-head', 'department-head');
  CREATE TYPE "public"."enum__approval_chains_v_version_collection_slug" AS ENUM('violations', 'complaint-reports', 'archived-documents', 'document-destructions', 'document-loans');
  CREATE TYPE "public"."enum_alert_channels_kind" AS ENUM('group-robot');
  CREATE TYPE "public"."enum_alert_channels_flavour" AS ENUM('dingtalk', 'wecom', 'feishu');
  CREATE TYPE "public"."enum_alert_channels_format" AS ENUM('text', 'markdown');
  CREATE TYPE "public"."enum_suggestions_status" AS ENUM('submitted', 'adopted', 'declined');
  CREATE TYPE "public"."enum_suggestions_channel" AS ENUM('visit', 'phone', 'letter', 'email', 'online', 'return-visit', 'meeting');
  CREATE TYPE "public"."enum_office_calendar_years_hours_weekday" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_office_calendar_deadline_rules_kind" AS ENUM('resolution-standard', 'emergency', 'verification', 'handling-slip', 'return-visit');
  CREATE TYPE "public"."enum_office_calendar_deadline_rules_basis" AS ENUM('clock', 'working');
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'staffAppraisal' BEFORE 'dispatchRegister';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'suggestionThanks';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'staffAppraisal' BEFORE 'dispatchRegister';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'suggestionThanks';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendRobotAlert' BEFORE 'escalateOverdueComplaints';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendRobotAlert' BEFORE 'escalateOverdueComplaints';
  CREATE TABLE "complaints_review_measures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"owner_id" integer NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"follow_up_id" integer
  );
  
  CREATE TABLE "approval_chains_conditions_severities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_approval_chains_conditions_severities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "approval_chains_conditions_violation_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_approval_chains_conditions_violation_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "approval_chains_conditions_document_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_approval_chains_conditions_document_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "approval_chains_steps_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_approval_chains_steps_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "approval_chains_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"meaning" "enum_approval_chains_steps_meaning" NOT NULL,
  	"designation" "enum_approval_chains_steps_designation",
  	"label_zh" varchar,
  	"label_en" varchar
  );
  
  CREATE TABLE "approval_chains" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"collection_slug" "enum_approval_chains_collection_slug" NOT NULL,
  	"active" boolean DEFAULT true,
  	"version" numeric DEFAULT 1,
  	"conditions_amount_over" numeric,
  	"conditions_amount_up_to" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_approval_chains_v_version_conditions_severities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__approval_chains_v_version_conditions_severities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_approval_chains_v_version_conditions_violation_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__approval_chains_v_version_conditions_violation_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_approval_chains_v_version_conditions_document_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__approval_chains_v_version_conditions_document_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_approval_chains_v_version_steps_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__approval_chains_v_version_steps_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_approval_chains_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"meaning" "enum__approval_chains_v_version_steps_meaning" NOT NULL,
  	"designation" "enum__approval_chains_v_version_steps_designation",
  	"label_zh" varchar,
  	"label_en" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_approval_chains_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_key" varchar NOT NULL,
  	"version_collection_slug" "enum__approval_chains_v_version_collection_slug" NOT NULL,
  	"version_active" boolean DEFAULT true,
  	"version_version" numeric DEFAULT 1,
  	"version_conditions_amount_over" numeric,
  	"version_conditions_amount_up_to" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alert_channels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_alert_channels_kind" DEFAULT 'group-robot' NOT NULL,
  	"flavour" "enum_alert_channels_flavour" DEFAULT 'dingtalk' NOT NULL,
  	"format" "enum_alert_channels_format" DEFAULT 'markdown' NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"url" varchar,
  	"secret" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "suggestions_plan" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"owner_id" integer NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"follow_up_id" integer
  );
  
  CREATE TABLE "suggestions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_suggestions_status" DEFAULT 'submitted',
  	"channel" "enum_suggestions_channel" DEFAULT 'visit' NOT NULL,
  	"recorded_at" timestamp(3) with time zone,
  	"recorded_by_id" integer,
  	"unit_id" integer NOT NULL,
  	"resident_id" integer,
  	"resident_name" varchar,
  	"subject" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"decision_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "office_settings_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "office_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"alert_channels_id" integer
  );
  
  CREATE TABLE "office_calendar_years_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"weekday" "enum_office_calendar_years_hours_weekday" NOT NULL,
  	"start" varchar NOT NULL,
  	"end" varchar NOT NULL
  );
  
  CREATE TABLE "office_calendar_years_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL
  );
  
  CREATE TABLE "office_calendar_years_workdays" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "office_calendar_years" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL
  );
  
  CREATE TABLE "office_calendar_deadline_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_office_calendar_deadline_rules_kind" NOT NULL,
  	"basis" "enum_office_calendar_deadline_rules_basis" NOT NULL
  );
  
  CREATE TABLE "office_calendar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  DROP INDEX "_archived_documents_v_version_approval_version_approva_1_idx";
  DROP INDEX "_archived_documents_v_version_approval_version_approva_2_idx";
  DROP INDEX "_archived_documents_v_version_approval_version_approva_3_idx";
  ALTER TABLE "complaints" ADD COLUMN "review_status" "enum_complaints_review_status" DEFAULT 'none';
  ALTER TABLE "complaints" ADD COLUMN "handling_deadline_hours" numeric;
  ALTER TABLE "complaints" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "complaints" ADD COLUMN "review_responsible_id" integer;
  ALTER TABLE "complaints" ADD COLUMN "review_deadline" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "review_cause" varchar;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_chain_id" numeric;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_chain_version" numeric;
  ALTER TABLE "violations" ADD COLUMN "approval_chain_id" numeric;
  ALTER TABLE "violations" ADD COLUMN "approval_chain_version" numeric;
  ALTER TABLE "archived_documents" ADD COLUMN "approval_chain_id" numeric;
  ALTER TABLE "archived_documents" ADD COLUMN "approval_chain_version" numeric;
  ALTER TABLE "_archived_documents_v" ADD COLUMN "version_approval_chain_id" numeric;
  ALTER TABLE "_archived_documents_v" ADD COLUMN "version_approval_chain_version" numeric;
  ALTER TABLE "document_loans" ADD COLUMN "approval_chain_id" numeric;
  ALTER TABLE "document_loans" ADD COLUMN "approval_chain_version" numeric;
  ALTER TABLE "document_destructions" ADD COLUMN "approval_chain_id" numeric;
  ALTER TABLE "document_destructions" ADD COLUMN "approval_chain_version" numeric;
  ALTER TABLE "follow_ups_rels" ADD COLUMN "suggestions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approval_chains_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_channels_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "suggestions_id" integer;
  ALTER TABLE "complaints_review_measures" ADD CONSTRAINT "complaints_review_measures_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints_review_measures" ADD CONSTRAINT "complaints_review_measures_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints_review_measures" ADD CONSTRAINT "complaints_review_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_chains_conditions_severities" ADD CONSTRAINT "approval_chains_conditions_severities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_chains"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_chains_conditions_violation_kinds" ADD CONSTRAINT "approval_chains_conditions_violation_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_chains"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_chains_conditions_document_kinds" ADD CONSTRAINT "approval_chains_conditions_document_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_chains"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_chains_steps_roles" ADD CONSTRAINT "approval_chains_steps_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_chains_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_chains_steps" ADD CONSTRAINT "approval_chains_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."approval_chains"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_approval_chains_v_version_conditions_severities" ADD CONSTRAINT "_approval_chains_v_version_conditions_severities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_approval_chains_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_approval_chains_v_version_conditions_violation_kinds" ADD CONSTRAINT "_approval_chains_v_version_conditions_violation_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_approval_chains_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_approval_chains_v_version_conditions_document_kinds" ADD CONSTRAINT "_approval_chains_v_version_conditions_document_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_approval_chains_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_approval_chains_v_version_steps_roles" ADD CONSTRAINT "_approval_chains_v_version_steps_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_approval_chains_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_approval_chains_v_version_steps" ADD CONSTRAINT "_approval_chains_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_approval_chains_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_approval_chains_v" ADD CONSTRAINT "_approval_chains_v_parent_id_approval_chains_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_chains"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggestions_plan" ADD CONSTRAINT "suggestions_plan_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggestions_plan" ADD CONSTRAINT "suggestions_plan_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggestions_plan" ADD CONSTRAINT "suggestions_plan_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."suggestions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "office_settings_texts" ADD CONSTRAINT "office_settings_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."office_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_settings_rels" ADD CONSTRAINT "office_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."office_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_settings_rels" ADD CONSTRAINT "office_settings_rels_alert_channels_fk" FOREIGN KEY ("alert_channels_id") REFERENCES "public"."alert_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_calendar_years_hours" ADD CONSTRAINT "office_calendar_years_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_calendar_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_calendar_years_holidays" ADD CONSTRAINT "office_calendar_years_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_calendar_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_calendar_years_workdays" ADD CONSTRAINT "office_calendar_years_workdays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_calendar_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_calendar_years" ADD CONSTRAINT "office_calendar_years_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_calendar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_calendar_deadline_rules" ADD CONSTRAINT "office_calendar_deadline_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_calendar"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "complaints_review_measures_order_idx" ON "complaints_review_measures" USING btree ("_order");
  CREATE INDEX "complaints_review_measures_parent_id_idx" ON "complaints_review_measures" USING btree ("_parent_id");
  CREATE INDEX "complaints_review_measures_owner_idx" ON "complaints_review_measures" USING btree ("owner_id");
  CREATE INDEX "complaints_review_measures_follow_up_idx" ON "complaints_review_measures" USING btree ("follow_up_id");
  CREATE INDEX "approval_chains_conditions_severities_order_idx" ON "approval_chains_conditions_severities" USING btree ("order");
  CREATE INDEX "approval_chains_conditions_severities_parent_idx" ON "approval_chains_conditions_severities" USING btree ("parent_id");
  CREATE INDEX "approval_chains_conditions_violation_kinds_order_idx" ON "approval_chains_conditions_violation_kinds" USING btree ("order");
  CREATE INDEX "approval_chains_conditions_violation_kinds_parent_idx" ON "approval_chains_conditions_violation_kinds" USING btree ("parent_id");
  CREATE INDEX "approval_chains_conditions_document_kinds_order_idx" ON "approval_chains_conditions_document_kinds" USING btree ("order");
  CREATE INDEX "approval_chains_conditions_document_kinds_parent_idx" ON "approval_chains_conditions_document_kinds" USING btree ("parent_id");
  CREATE INDEX "approval_chains_steps_roles_order_idx" ON "approval_chains_steps_roles" USING btree ("order");
  CREATE INDEX "approval_chains_steps_roles_parent_idx" ON "approval_chains_steps_roles" USING btree ("parent_id");
  CREATE INDEX "approval_chains_steps_order_idx" ON "approval_chains_steps" USING btree ("_order");
  CREATE INDEX "approval_chains_steps_parent_id_idx" ON "approval_chains_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "approval_chains_key_idx" ON "approval_chains" USING btree ("key");
  CREATE INDEX "approval_chains_collection_slug_idx" ON "approval_chains" USING btree ("collection_slug");
  CREATE INDEX "approval_chains_active_idx" ON "approval_chains" USING btree ("active");
  CREATE INDEX "approval_chains_updated_at_idx" ON "approval_chains" USING btree ("updated_at");
  CREATE INDEX "approval_chains_created_at_idx" ON "approval_chains" USING btree ("created_at");
  CREATE INDEX "_approval_chains_v_version_conditions_severities_order_idx" ON "_approval_chains_v_version_conditions_severities" USING btree ("order");
  CREATE INDEX "_approval_chains_v_version_conditions_severities_parent_idx" ON "_approval_chains_v_version_conditions_severities" USING btree ("parent_id");
  CREATE INDEX "_approval_chains_v_version_conditions_violation_kinds_order_idx" ON "_approval_chains_v_version_conditions_violation_kinds" USING btree ("order");
  CREATE INDEX "_approval_chains_v_version_conditions_violation_kinds_parent_idx" ON "_approval_chains_v_version_conditions_violation_kinds" USING btree ("parent_id");
  CREATE INDEX "_approval_chains_v_version_conditions_document_kinds_order_idx" ON "_approval_chains_v_version_conditions_document_kinds" USING btree ("order");
  CREATE INDEX "_approval_chains_v_version_conditions_document_kinds_parent_idx" ON "_approval_chains_v_version_conditions_document_kinds" USING btree ("parent_id");
  CREATE INDEX "_approval_chains_v_version_steps_roles_order_idx" ON "_approval_chains_v_version_steps_roles" USING btree ("order");
  CREATE INDEX "_approval_chains_v_version_steps_roles_parent_idx" ON "_approval_chains_v_version_steps_roles" USING btree ("parent_id");
  CREATE INDEX "_approval_chains_v_version_steps_order_idx" ON "_approval_chains_v_version_steps" USING btree ("_order");
  CREATE INDEX "_approval_chains_v_version_steps_parent_id_idx" ON "_approval_chains_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_approval_chains_v_parent_idx" ON "_approval_chains_v" USING btree ("parent_id");
  CREATE INDEX "_approval_chains_v_version_version_key_idx" ON "_approval_chains_v" USING btree ("version_key");
  CREATE INDEX "_approval_chains_v_version_version_collection_slug_idx" ON "_approval_chains_v" USING btree ("version_collection_slug");
  CREATE INDEX "_approval_chains_v_version_version_active_idx" ON "_approval_chains_v" USING btree ("version_active");
  CREATE INDEX "_approval_chains_v_version_version_updated_at_idx" ON "_approval_chains_v" USING btree ("version_updated_at");
  CREATE INDEX "_approval_chains_v_version_version_created_at_idx" ON "_approval_chains_v" USING btree ("version_created_at");
  CREATE INDEX "_approval_chains_v_created_at_idx" ON "_approval_chains_v" USING btree ("created_at");
  CREATE INDEX "_approval_chains_v_updated_at_idx" ON "_approval_chains_v" USING btree ("updated_at");
  CREATE INDEX "alert_channels_updated_at_idx" ON "alert_channels" USING btree ("updated_at");
  CREATE INDEX "alert_channels_created_at_idx" ON "alert_channels" USING btree ("created_at");
  CREATE INDEX "suggestions_plan_order_idx" ON "suggestions_plan" USING btree ("_order");
  CREATE INDEX "suggestions_plan_parent_id_idx" ON "suggestions_plan" USING btree ("_parent_id");
  CREATE INDEX "suggestions_plan_owner_idx" ON "suggestions_plan" USING btree ("owner_id");
  CREATE INDEX "suggestions_plan_follow_up_idx" ON "suggestions_plan" USING btree ("follow_up_id");
  CREATE INDEX "suggestions_status_idx" ON "suggestions" USING btree ("status");
  CREATE INDEX "suggestions_recorded_at_idx" ON "suggestions" USING btree ("recorded_at");
  CREATE INDEX "suggestions_recorded_by_idx" ON "suggestions" USING btree ("recorded_by_id");
  CREATE INDEX "suggestions_unit_idx" ON "suggestions" USING btree ("unit_id");
  CREATE INDEX "suggestions_resident_idx" ON "suggestions" USING btree ("resident_id");
  CREATE INDEX "suggestions_decided_by_idx" ON "suggestions" USING btree ("decided_by_id");
  CREATE INDEX "suggestions_updated_at_idx" ON "suggestions" USING btree ("updated_at");
  CREATE INDEX "suggestions_created_at_idx" ON "suggestions" USING btree ("created_at");
  CREATE INDEX "office_settings_texts_order_parent" ON "office_settings_texts" USING btree ("order","parent_id");
  CREATE INDEX "office_settings_rels_order_idx" ON "office_settings_rels" USING btree ("order");
  CREATE INDEX "office_settings_rels_parent_idx" ON "office_settings_rels" USING btree ("parent_id");
  CREATE INDEX "office_settings_rels_path_idx" ON "office_settings_rels" USING btree ("path");
  CREATE INDEX "office_settings_rels_alert_channels_id_idx" ON "office_settings_rels" USING btree ("alert_channels_id");
  CREATE INDEX "office_calendar_years_hours_order_idx" ON "office_calendar_years_hours" USING btree ("_order");
  CREATE INDEX "office_calendar_years_hours_parent_id_idx" ON "office_calendar_years_hours" USING btree ("_parent_id");
  CREATE INDEX "office_calendar_years_holidays_order_idx" ON "office_calendar_years_holidays" USING btree ("_order");
  CREATE INDEX "office_calendar_years_holidays_parent_id_idx" ON "office_calendar_years_holidays" USING btree ("_parent_id");
  CREATE INDEX "office_calendar_years_workdays_order_idx" ON "office_calendar_years_workdays" USING btree ("_order");
  CREATE INDEX "office_calendar_years_workdays_parent_id_idx" ON "office_calendar_years_workdays" USING btree ("_parent_id");
  CREATE INDEX "office_calendar_years_order_idx" ON "office_calendar_years" USING btree ("_order");
  CREATE INDEX "office_calendar_years_parent_id_idx" ON "office_calendar_years" USING btree ("_parent_id");
  CREATE INDEX "office_calendar_deadline_rules_order_idx" ON "office_calendar_deadline_rules" USING btree ("_order");
  CREATE INDEX "office_calendar_deadline_rules_parent_id_idx" ON "office_calendar_deadline_rules" USING btree ("_parent_id");
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_review_responsible_id_users_id_fk" FOREIGN KEY ("review_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_suggestions_fk" FOREIGN KEY ("suggestions_id") REFERENCES "public"."suggestions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_chains_fk" FOREIGN KEY ("approval_chains_id") REFERENCES "public"."approval_chains"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_channels_fk" FOREIGN KEY ("alert_channels_id") REFERENCES "public"."alert_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_suggestions_fk" FOREIGN KEY ("suggestions_id") REFERENCES "public"."suggestions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "complaints_review_status_idx" ON "complaints" USING btree ("review_status");
  CREATE INDEX "complaints_reviewed_by_idx" ON "complaints" USING btree ("reviewed_by_id");
  CREATE INDEX "complaints_review_responsible_idx" ON "complaints" USING btree ("review_responsible_id");
  CREATE INDEX "complaint_reports_approval_approval_chain_id_idx" ON "complaint_reports" USING btree ("approval_chain_id");
  CREATE INDEX "violations_approval_approval_chain_id_idx" ON "violations" USING btree ("approval_chain_id");
  CREATE INDEX "archived_documents_approval_approval_chain_id_idx" ON "archived_documents" USING btree ("approval_chain_id");
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_4_idx" ON "_archived_documents_v" USING btree ("version_approval_last_action_by_id");
  CREATE INDEX "document_loans_approval_approval_chain_id_idx" ON "document_loans" USING btree ("approval_chain_id");
  CREATE INDEX "document_destructions_approval_approval_chain_id_idx" ON "document_destructions" USING btree ("approval_chain_id");
  CREATE INDEX "follow_ups_rels_suggestions_id_idx" ON "follow_ups_rels" USING btree ("suggestions_id");
  CREATE INDEX "payload_locked_documents_rels_approval_chains_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_chains_id");
  CREATE INDEX "payload_locked_documents_rels_alert_channels_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_channels_id");
  CREATE INDEX "payload_locked_documents_rels_suggestions_id_idx" ON "payload_locked_documents_rels" USING btree ("suggestions_id");
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_1_idx" ON "_archived_documents_v" USING btree ("version_approval_chain_id");
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_2_idx" ON "_archived_documents_v" USING btree ("version_approval_awaiting_roles");
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_3_idx" ON "_archived_documents_v" USING btree ("version_approval_proposed_by_id");`)
  // 检讨: a complaint already major or found true needs its review (reviewStatusOf).
  await db.execute(
    sql`UPDATE "complaints" SET "review_status" = 'needed' WHERE "severity" = 'major' OR "verdict" = 'substantiated';`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaints_review_measures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_chains_conditions_severities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_chains_conditions_violation_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_chains_conditions_document_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_chains_steps_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_chains_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_chains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_approval_chains_v_version_conditions_severities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_approval_chains_v_version_conditions_violation_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_approval_chains_v_version_conditions_document_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_approval_chains_v_version_steps_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_approval_chains_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_approval_chains_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "suggestions_plan" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "suggestions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_calendar_years_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_calendar_years_holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_calendar_years_workdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_calendar_years" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_calendar_deadline_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_calendar" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "complaints_review_measures" CASCADE;
  DROP TABLE "approval_chains_conditions_severities" CASCADE;
  DROP TABLE "approval_chains_conditions_violation_kinds" CASCADE;
  DROP TABLE "approval_chains_conditions_document_kinds" CASCADE;
  DROP TABLE "approval_chains_steps_roles" CASCADE;
  DROP TABLE "approval_chains_steps" CASCADE;
  DROP TABLE "approval_chains" CASCADE;
  DROP TABLE "_approval_chains_v_version_conditions_severities" CASCADE;
  DROP TABLE "_approval_chains_v_version_conditions_violation_kinds" CASCADE;
  DROP TABLE "_approval_chains_v_version_conditions_document_kinds" CASCADE;
  DROP TABLE "_approval_chains_v_version_steps_roles" CASCADE;
  DROP TABLE "_approval_chains_v_version_steps" CASCADE;
  DROP TABLE "_approval_chains_v" CASCADE;
  DROP TABLE "alert_channels" CASCADE;
  DROP TABLE "suggestions_plan" CASCADE;
  DROP TABLE "suggestions" CASCADE;
  DROP TABLE "office_settings_texts" CASCADE;
  DROP TABLE "office_settings_rels" CASCADE;
  DROP TABLE "office_calendar_years_hours" CASCADE;
  DROP TABLE "office_calendar_years_holidays" CASCADE;
  DROP TABLE "office_calendar_years_workdays" CASCADE;
  DROP TABLE "office_calendar_years" CASCADE;
  DROP TABLE "office_calendar_deadline_rules" CASCADE;
  DROP TABLE "office_calendar" CASCADE;
  ALTER TABLE "complaints" DROP CONSTRAINT "complaints_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "complaints" DROP CONSTRAINT "complaints_review_responsible_id_users_id_fk";
  
  ALTER TABLE "follow_ups_rels" DROP CONSTRAINT "follow_ups_rels_suggestions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approval_chains_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_channels_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_suggestions_fk";
  
  ALTER TABLE "archived_documents" ALTER COLUMN "printed_form" SET DATA TYPE text;
  DROP TYPE "public"."enum_archived_documents_printed_form";
  CREATE TYPE "public"."enum_archived_documents_printed_form" AS ENUM('complaintSlip', 'writtenReply', 'monthlyComplaints', 'dispatchSummary', 'complaintAnalysis', 'workOrder', 'repairQuote', 'repairSummary', 'dispatchRegister', 'rectificationNotice', 'paymentReminder', 'publicNotice', 'documentCover', 'shiftLog', 'visitorRegister', 'mailRegister', 'workerPass', 'passRegister', 'releaseSlip', 'releaseRegister', 'frontDeskDuty', 'meetingMinutes');
  ALTER TABLE "archived_documents" ALTER COLUMN "printed_form" SET DATA TYPE "public"."enum_archived_documents_printed_form" USING "printed_form"::"public"."enum_archived_documents_printed_form";
  ALTER TABLE "_archived_documents_v" ALTER COLUMN "version_printed_form" SET DATA TYPE text;
  DROP TYPE "public"."enum__archived_documents_v_version_printed_form";
  CREATE TYPE "public"."enum__archived_documents_v_version_printed_form" AS ENUM('complaintSlip', 'writtenReply', 'monthlyComplaints', 'dispatchSummary', 'complaintAnalysis', 'workOrder', 'repairQuote', 'repairSummary', 'dispatchRegister', 'rectificationNotice', 'paymentReminder', 'publicNotice', 'documentCover', 'shiftLog', 'visitorRegister', 'mailRegister', 'workerPass', 'passRegister', 'releaseSlip', 'releaseRegister', 'frontDeskDuty', 'meetingMinutes');
  ALTER TABLE "_archived_documents_v" ALTER COLUMN "version_printed_form" SET DATA TYPE "public"."enum__archived_documents_v_version_printed_form" USING "version_printed_form"::"public"."enum__archived_documents_v_version_printed_form";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders', 'flagOverdueRectifications', 'flagOverdueLoans', 'escalateFollowUps', 'scheduleWeeklyMeeting', 'backupDatabase');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders', 'flagOverdueRectifications', 'flagOverdueLoans', 'escalateFollowUps', 'scheduleWeeklyMeeting', 'backupDatabase');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "complaints_review_status_idx";
  DROP INDEX "complaints_reviewed_by_idx";
  DROP INDEX "complaints_review_responsible_idx";
  DROP INDEX "complaint_reports_approval_approval_chain_id_idx";
  DROP INDEX "violations_approval_approval_chain_id_idx";
  DROP INDEX "archived_documents_approval_approval_chain_id_idx";
  DROP INDEX "_archived_documents_v_version_approval_version_approva_4_idx";
  DROP INDEX "document_loans_approval_approval_chain_id_idx";
  DROP INDEX "document_destructions_approval_approval_chain_id_idx";
  DROP INDEX "follow_ups_rels_suggestions_id_idx";
  DROP INDEX "payload_locked_documents_rels_approval_chains_id_idx";
  DROP INDEX "payload_locked_documents_rels_alert_channels_id_idx";
  DROP INDEX "payload_locked_documents_rels_suggestions_id_idx";
  DROP INDEX "_archived_documents_v_version_approval_version_approva_1_idx";
  DROP INDEX "_archived_documents_v_version_approval_version_approva_2_idx";
  DROP INDEX "_archived_documents_v_version_approval_version_approva_3_idx";
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_1_idx" ON "_archived_documents_v" USING btree ("version_approval_awaiting_roles");
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_2_idx" ON "_archived_documents_v" USING btree ("version_approval_proposed_by_id");
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_3_idx" ON "_archived_documents_v" USING btree ("version_approval_last_action_by_id");
  ALTER TABLE "complaints" DROP COLUMN "review_status";
  ALTER TABLE "complaints" DROP COLUMN "handling_deadline_hours";
  ALTER TABLE "complaints" DROP COLUMN "reviewed_at";
  ALTER TABLE "complaints" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "complaints" DROP COLUMN "review_responsible_id";
  ALTER TABLE "complaints" DROP COLUMN "review_deadline";
  ALTER TABLE "complaints" DROP COLUMN "review_cause";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_chain_id";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_chain_version";
  ALTER TABLE "violations" DROP COLUMN "approval_chain_id";
  ALTER TABLE "violations" DROP COLUMN "approval_chain_version";
  ALTER TABLE "archived_documents" DROP COLUMN "approval_chain_id";
  ALTER TABLE "archived_documents" DROP COLUMN "approval_chain_version";
  ALTER TABLE "_archived_documents_v" DROP COLUMN "version_approval_chain_id";
  ALTER TABLE "_archived_documents_v" DROP COLUMN "version_approval_chain_version";
  ALTER TABLE "document_loans" DROP COLUMN "approval_chain_id";
  ALTER TABLE "document_loans" DROP COLUMN "approval_chain_version";
  ALTER TABLE "document_destructions" DROP COLUMN "approval_chain_id";
  ALTER TABLE "document_destructions" DROP COLUMN "approval_chain_version";
  ALTER TABLE "follow_ups_rels" DROP COLUMN "suggestions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_chains_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_channels_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "suggestions_id";
  DROP TYPE "public"."enum_complaints_review_status";
  DROP TYPE "public"."enum_approval_chains_conditions_severities";
  DROP TYPE "public"."enum_approval_chains_conditions_violation_kinds";
  DROP TYPE "public"."enum_approval_chains_conditions_document_kinds";
  DROP TYPE "public"."enum_approval_chains_steps_roles";
  DROP TYPE "public"."enum_approval_chains_steps_meaning";
  DROP TYPE "public"."enum_approval_chains_steps_designation";
  DROP TYPE "public"."enum_approval_chains_collection_slug";
  DROP TYPE "public"."enum__approval_chains_v_version_conditions_severities";
  DROP TYPE "public"."enum__approval_chains_v_version_conditions_violation_kinds";
  DROP TYPE "public"."enum__approval_chains_v_version_conditions_document_kinds";
  DROP TYPE "public"."enum__approval_chains_v_version_steps_roles";
  DROP TYPE "public"."enum__approval_chains_v_version_steps_meaning";
  DROP TYPE "public"."enum__approval_chains_v_version_steps_designation";
  DROP TYPE "public"."enum__approval_chains_v_version_collection_slug";
  DROP TYPE "public"."enum_alert_channels_kind";
  DROP TYPE "public"."enum_alert_channels_flavour";
  DROP TYPE "public"."enum_alert_channels_format";
  DROP TYPE "public"."enum_suggestions_status";
  DROP TYPE "public"."enum_suggestions_channel";
  DROP TYPE "public"."enum_office_calendar_years_hours_weekday";
  DROP TYPE "public"."enum_office_calendar_deadline_rules_kind";
  DROP TYPE "public"."enum_office_calendar_deadline_rules_basis";`)
}
