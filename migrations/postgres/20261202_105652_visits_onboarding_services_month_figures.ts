import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_residents_move_in_keys_handed_over_keys_kind" AS ENUM('entrance', 'room', 'mailbox', 'access-card', 'meter', 'other');
  CREATE TYPE "public"."enum_residents_move_in_keys_custody_keys_kind" AS ENUM('entrance', 'room', 'mailbox', 'access-card', 'meter', 'other');
  CREATE TYPE "public"."enum_residents_move_in_status" AS ENUM('not-started', 'in-progress', 'keys-in-custody', 'completed');
  CREATE TYPE "public"."enum_return_visits_kind" AS ENUM('complaint', 'repair', 'service', 'event', 'periodic', 'departmental', 'survey');
  CREATE TYPE "public"."enum_return_visits_department" AS ENUM('customer-service', 'engineering', 'security', 'cleaning', 'management', 'finance');
  CREATE TYPE "public"."enum_return_visits_aspects_service" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_equipment" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_repairs" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_security" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_fire" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_cleaning" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_greenery" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_parking" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_clubhouse" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_efficiency" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_attitude" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_courtesy" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_return_visits_aspects_overall" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_shift_logs_entries_key_move" AS ENUM('lend', 'return');
  CREATE TYPE "public"."enum_audit_log_source" AS ENUM('import');
  CREATE TYPE "public"."enum_keys_kind" AS ENUM('entrance', 'room', 'mailbox', 'access-card', 'meter', 'other');
  CREATE TYPE "public"."enum_keys_origin" AS ENUM('custody', 'spare', 'office');
  CREATE TYPE "public"."enum_keys_status" AS ENUM('in-office', 'lent', 'handed-over');
  CREATE TYPE "public"."enum_renovations_inspections_stage" AS ENUM('during', 'completion');
  CREATE TYPE "public"."enum_renovations_inspections_result" AS ENUM('pass', 'fail');
  CREATE TYPE "public"."enum_renovations_inspections_work_observed" AS ENUM('none', 'quiet', 'noisy');
  CREATE TYPE "public"."enum_renovations_status" AS ENUM('applied', 'approved', 'rejected', 'completed', 'closed');
  CREATE TYPE "public"."enum_renovations_deposit_status" AS ENUM('none', 'held', 'returned', 'withheld');
  CREATE TYPE "public"."enum_visit_plans_rows_method" AS ENUM('face-to-face', 'phone', 'written', 'meeting');
  CREATE TYPE "public"."enum_visit_plans_kind" AS ENUM('service', 'event', 'periodic', 'departmental', 'survey');
  CREATE TYPE "public"."enum_visit_plans_department" AS ENUM('customer-service', 'engineering', 'security', 'cleaning', 'management', 'finance');
  CREATE TYPE "public"."enum_service_records_kind" AS ENUM('household', 'help', 'errand', 'other');
  CREATE TYPE "public"."enum_office_settings_renovation_rules_rest_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  ALTER TYPE "public"."enum_return_visits_status" ADD VALUE 'unreachable';
  ALTER TYPE "public"."enum_violations_measures_measure" ADD VALUE 'stop-work';
  ALTER TYPE "public"."enum_violations_measures_measure" ADD VALUE 'withhold-deposit';
  ALTER TYPE "public"."enum_violations_next_measure" ADD VALUE 'stop-work';
  ALTER TYPE "public"."enum_violations_next_measure" ADD VALUE 'withhold-deposit';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'returnVisitRecord' BEFORE 'suggestionThanks';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'returnVisitStatistics' BEFORE 'suggestionThanks';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'returnVisitReport' BEFORE 'suggestionThanks';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'eventVisitReport' BEFORE 'suggestionThanks';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'moveInRegistration';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'houseInspection';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'keyHandover';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'keyCustody';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'renovationApproval';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'returnVisitRecord' BEFORE 'suggestionThanks';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'returnVisitStatistics' BEFORE 'suggestionThanks';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'returnVisitReport' BEFORE 'suggestionThanks';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'eventVisitReport' BEFORE 'suggestionThanks';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'moveInRegistration';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'houseInspection';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'keyHandover';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'keyCustody';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'renovationApproval';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'escalateOverdueVisits' BEFORE 'scheduleWeeklyMeeting';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshMonthFigures';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'escalateOverdueVisits' BEFORE 'scheduleWeeklyMeeting';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshMonthFigures';
  CREATE TABLE "users_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "residents_move_in_joint_inspection_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL,
  	"passed" boolean,
  	"note" varchar
  );
  
  CREATE TABLE "residents_move_in_joint_inspection_defects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"description" varchar NOT NULL,
  	"location" varchar,
  	"deadline" timestamp(3) with time zone,
  	"follow_up_id" integer
  );
  
  CREATE TABLE "residents_move_in_keys_handed_over_keys" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_residents_move_in_keys_handed_over_keys_kind" NOT NULL,
  	"count" numeric NOT NULL
  );
  
  CREATE TABLE "residents_move_in_keys_custody_keys" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_residents_move_in_keys_custody_keys_kind" NOT NULL,
  	"count" numeric NOT NULL
  );
  
  CREATE TABLE "return_visits_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"promised_by" timestamp(3) with time zone,
  	"answered_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "return_visits_follow_ups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"owner_id" integer,
  	"deadline" timestamp(3) with time zone,
  	"follow_up_id" integer
  );
  
  CREATE TABLE "keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"unit_id" integer,
  	"resident_id" integer,
  	"kind" "enum_keys_kind" NOT NULL,
  	"count" numeric DEFAULT 1 NOT NULL,
  	"location" varchar NOT NULL,
  	"origin" "enum_keys_origin" DEFAULT 'spare',
  	"status" "enum_keys_status" DEFAULT 'in-office',
  	"holder" varchar,
  	"lent_at" timestamp(3) with time zone,
  	"due_back" timestamp(3) with time zone,
  	"lent_in_log_id" integer,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "renovations_requested_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start" varchar NOT NULL,
  	"end" varchar NOT NULL,
  	"noisy" boolean DEFAULT false
  );
  
  CREATE TABLE "renovations_workers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"id_number" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "renovations_inspections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"stage" "enum_renovations_inspections_stage" NOT NULL,
  	"result" "enum_renovations_inspections_result" NOT NULL,
  	"work_observed" "enum_renovations_inspections_work_observed",
  	"inspector_id" integer,
  	"note" varchar,
  	"breach" varchar
  );
  
  CREATE TABLE "renovations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"status" "enum_renovations_status" DEFAULT 'applied',
  	"unit_id" integer NOT NULL,
  	"resident_id" integer,
  	"contractor_name" varchar NOT NULL,
  	"contractor_licence" varchar,
  	"contractor_contact" varchar,
  	"scope" varchar NOT NULL,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone NOT NULL,
  	"agreement_number" varchar,
  	"agreement_signed_at" timestamp(3) with time zone,
  	"agreement_file_id" integer,
  	"deposit_status" "enum_renovations_deposit_status" DEFAULT 'none',
  	"deposit_amount" numeric,
  	"deposit_received_at" timestamp(3) with time zone,
  	"deposit_received_by_id" integer,
  	"deposit_settled_at" timestamp(3) with time zone,
  	"deposit_settled_by_id" integer,
  	"deposit_withheld_amount" numeric,
  	"deposit_reason" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"decision_note" varchar,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "month_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"month" varchar NOT NULL,
  	"complaints" numeric NOT NULL,
  	"valid" numeric NOT NULL,
  	"rated" numeric NOT NULL,
  	"satisfied" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "survey_tokens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"visit_id" integer,
  	"token_hash" varchar NOT NULL,
  	"sent_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"sent_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "visit_plans_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"unit_id" integer NOT NULL,
  	"resident_id" integer,
  	"assignee_id" integer NOT NULL,
  	"scheduled_for" timestamp(3) with time zone,
  	"method" "enum_visit_plans_rows_method" DEFAULT 'face-to-face' NOT NULL
  );
  
  CREATE TABLE "visit_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"period" varchar NOT NULL,
  	"kind" "enum_visit_plans_kind" DEFAULT 'periodic' NOT NULL,
  	"department" "enum_visit_plans_department",
  	"made_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_service_records_kind" NOT NULL,
  	"unit_id" integer NOT NULL,
  	"resident_id" integer,
  	"description" varchar NOT NULL,
  	"paid" boolean DEFAULT false,
  	"price_item_id" integer,
  	"provided_by_id" integer,
  	"completed_at" timestamp(3) with time zone,
  	"sample_rate" numeric,
  	"return_visit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event" varchar NOT NULL,
  	"event_date" timestamp(3) with time zone,
  	"findings" varchar NOT NULL,
  	"measures" varchar,
  	"written_by_id" integer,
  	"written_at" timestamp(3) with time zone,
  	"sent_to" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"return_visits_id" integer
  );
  
  CREATE TABLE "office_settings_renovation_rules_work_periods" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start" varchar NOT NULL,
  	"end" varchar NOT NULL
  );
  
  CREATE TABLE "office_settings_renovation_rules_noisy_periods" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start" varchar NOT NULL,
  	"end" varchar NOT NULL
  );
  
  CREATE TABLE "office_settings_renovation_rules_rest_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_office_settings_renovation_rules_rest_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "service_visit_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"rate" numeric DEFAULT 100 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  DROP INDEX "recordedAt_status_overall_household_complaint_workOrder_idx";
  ALTER TABLE "residents" ADD COLUMN "move_in_registration_form_note" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_service_agreement_agreement_no" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_service_agreement_note" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_handbook_note" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_fees_amount" numeric;
  ALTER TABLE "residents" ADD COLUMN "move_in_fees_receipt_no" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_fees_note" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_joint_inspection_developer_rep" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_joint_inspection_note" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_keys_recipient" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_keys_from_custody" boolean;
  ALTER TABLE "residents" ADD COLUMN "move_in_keys_location" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_keys_reason" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_keys_custody_at" timestamp(3) with time zone;
  ALTER TABLE "residents" ADD COLUMN "move_in_keys_custody_by_id" integer;
  ALTER TABLE "residents" ADD COLUMN "move_in_keys_note" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_cards_done" boolean DEFAULT false;
  ALTER TABLE "residents" ADD COLUMN "move_in_cards_date" timestamp(3) with time zone;
  ALTER TABLE "residents" ADD COLUMN "move_in_cards_staff_id" integer;
  ALTER TABLE "residents" ADD COLUMN "move_in_cards_water" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_cards_power" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_cards_gas" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_cards_note" varchar;
  ALTER TABLE "residents" ADD COLUMN "move_in_status" "enum_residents_move_in_status" DEFAULT 'not-started';
  ALTER TABLE "complaints" ADD COLUMN "closed_without_visit" varchar;
  ALTER TABLE "complaints" ADD COLUMN "renovation_id" integer;
  ALTER TABLE "return_visits" ADD COLUMN "kind" "enum_return_visits_kind";
  ALTER TABLE "return_visits" ADD COLUMN "unit_id" integer;
  ALTER TABLE "return_visits" ADD COLUMN "resident_id" integer;
  ALTER TABLE "return_visits" ADD COLUMN "department" "enum_return_visits_department";
  ALTER TABLE "return_visits" ADD COLUMN "occurred_at" timestamp(3) with time zone;
  ALTER TABLE "return_visits" ADD COLUMN "appointment_at" timestamp(3) with time zone;
  ALTER TABLE "return_visits" ADD COLUMN "appointment_note" varchar;
  ALTER TABLE "return_visits" ADD COLUMN "plan_id" integer;
  ALTER TABLE "return_visits" ADD COLUMN "escalated_at" timestamp(3) with time zone;
  ALTER TABLE "return_visits" ADD COLUMN "unreachable_reason" varchar;
  ALTER TABLE "return_visits" ADD COLUMN "aspects_service" "enum_return_visits_aspects_service";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_equipment" "enum_return_visits_aspects_equipment";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_repairs" "enum_return_visits_aspects_repairs";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_security" "enum_return_visits_aspects_security";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_fire" "enum_return_visits_aspects_fire";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_cleaning" "enum_return_visits_aspects_cleaning";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_greenery" "enum_return_visits_aspects_greenery";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_parking" "enum_return_visits_aspects_parking";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_clubhouse" "enum_return_visits_aspects_clubhouse";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_efficiency" "enum_return_visits_aspects_efficiency";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_attitude" "enum_return_visits_aspects_attitude";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_courtesy" "enum_return_visits_aspects_courtesy";
  ALTER TABLE "return_visits" ADD COLUMN "aspects_overall" "enum_return_visits_aspects_overall";
  ALTER TABLE "work_orders" ADD COLUMN "receipt_met" boolean;
  ALTER TABLE "violations" ADD COLUMN "renovation_id" integer;
  ALTER TABLE "shift_logs_entries" ADD COLUMN "register_key_id" integer;
  ALTER TABLE "shift_logs_entries" ADD COLUMN "key_move" "enum_shift_logs_entries_key_move";
  ALTER TABLE "shift_logs_entries" ADD COLUMN "due_back" timestamp(3) with time zone;
  ALTER TABLE "follow_ups_rels" ADD COLUMN "residents_id" integer;
  ALTER TABLE "audit_log" ADD COLUMN "source" "enum_audit_log_source";
  ALTER TABLE "worker_passes" ADD COLUMN "renovation_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "keys_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "renovations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "month_figures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_tokens_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visit_plans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_records_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_reports_id" integer;
  ALTER TABLE "office_settings" ADD COLUMN "company_report_email" varchar;
  ALTER TABLE "office_settings" ADD COLUMN "survey_link_days" numeric DEFAULT 14;
  ALTER TABLE "office_settings" ADD COLUMN "targets_survey_satisfaction" numeric DEFAULT 95;
  ALTER TABLE "office_settings" ADD COLUMN "renovation_rules_noisy_on_weekends" boolean DEFAULT false;
  ALTER TABLE "office_settings" ADD COLUMN "renovation_rules_max_duration_days" numeric DEFAULT 90;
  ALTER TABLE "users_texts" ADD CONSTRAINT "users_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_move_in_joint_inspection_items" ADD CONSTRAINT "residents_move_in_joint_inspection_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_move_in_joint_inspection_defects" ADD CONSTRAINT "residents_move_in_joint_inspection_defects_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents_move_in_joint_inspection_defects" ADD CONSTRAINT "residents_move_in_joint_inspection_defects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_move_in_keys_handed_over_keys" ADD CONSTRAINT "residents_move_in_keys_handed_over_keys_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_move_in_keys_custody_keys" ADD CONSTRAINT "residents_move_in_keys_custody_keys_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "return_visits_points" ADD CONSTRAINT "return_visits_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."return_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "return_visits_follow_ups" ADD CONSTRAINT "return_visits_follow_ups_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "return_visits_follow_ups" ADD CONSTRAINT "return_visits_follow_ups_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "return_visits_follow_ups" ADD CONSTRAINT "return_visits_follow_ups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."return_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "keys" ADD CONSTRAINT "keys_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "keys" ADD CONSTRAINT "keys_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "keys" ADD CONSTRAINT "keys_lent_in_log_id_shift_logs_id_fk" FOREIGN KEY ("lent_in_log_id") REFERENCES "public"."shift_logs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "renovations_requested_hours" ADD CONSTRAINT "renovations_requested_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."renovations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "renovations_workers" ADD CONSTRAINT "renovations_workers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."renovations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "renovations_inspections" ADD CONSTRAINT "renovations_inspections_inspector_id_users_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "renovations_inspections" ADD CONSTRAINT "renovations_inspections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."renovations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "renovations" ADD CONSTRAINT "renovations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "renovations" ADD CONSTRAINT "renovations_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "renovations" ADD CONSTRAINT "renovations_agreement_file_id_attachments_id_fk" FOREIGN KEY ("agreement_file_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "renovations" ADD CONSTRAINT "renovations_deposit_received_by_id_users_id_fk" FOREIGN KEY ("deposit_received_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "renovations" ADD CONSTRAINT "renovations_deposit_settled_by_id_users_id_fk" FOREIGN KEY ("deposit_settled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "renovations" ADD CONSTRAINT "renovations_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_tokens" ADD CONSTRAINT "survey_tokens_visit_id_return_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."return_visits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_tokens" ADD CONSTRAINT "survey_tokens_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_plans_rows" ADD CONSTRAINT "visit_plans_rows_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_plans_rows" ADD CONSTRAINT "visit_plans_rows_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_plans_rows" ADD CONSTRAINT "visit_plans_rows_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_plans_rows" ADD CONSTRAINT "visit_plans_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."visit_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_made_by_id_users_id_fk" FOREIGN KEY ("made_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_records" ADD CONSTRAINT "service_records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_records" ADD CONSTRAINT "service_records_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_records" ADD CONSTRAINT "service_records_price_item_id_price_list_id_fk" FOREIGN KEY ("price_item_id") REFERENCES "public"."price_list"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_records" ADD CONSTRAINT "service_records_provided_by_id_users_id_fk" FOREIGN KEY ("provided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_records" ADD CONSTRAINT "service_records_return_visit_id_return_visits_id_fk" FOREIGN KEY ("return_visit_id") REFERENCES "public"."return_visits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_reports" ADD CONSTRAINT "event_reports_written_by_id_users_id_fk" FOREIGN KEY ("written_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_reports_rels" ADD CONSTRAINT "event_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_reports_rels" ADD CONSTRAINT "event_reports_rels_return_visits_fk" FOREIGN KEY ("return_visits_id") REFERENCES "public"."return_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_settings_renovation_rules_work_periods" ADD CONSTRAINT "office_settings_renovation_rules_work_periods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_settings_renovation_rules_noisy_periods" ADD CONSTRAINT "office_settings_renovation_rules_noisy_periods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_settings_renovation_rules_rest_days" ADD CONSTRAINT "office_settings_renovation_rules_rest_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."office_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_texts_order_parent" ON "users_texts" USING btree ("order","parent_id");
  CREATE INDEX "residents_move_in_joint_inspection_items_order_idx" ON "residents_move_in_joint_inspection_items" USING btree ("_order");
  CREATE INDEX "residents_move_in_joint_inspection_items_parent_id_idx" ON "residents_move_in_joint_inspection_items" USING btree ("_parent_id");
  CREATE INDEX "residents_move_in_joint_inspection_defects_order_idx" ON "residents_move_in_joint_inspection_defects" USING btree ("_order");
  CREATE INDEX "residents_move_in_joint_inspection_defects_parent_id_idx" ON "residents_move_in_joint_inspection_defects" USING btree ("_parent_id");
  CREATE INDEX "residents_move_in_joint_inspection_defects_follow_up_idx" ON "residents_move_in_joint_inspection_defects" USING btree ("follow_up_id");
  CREATE INDEX "residents_move_in_keys_handed_over_keys_order_idx" ON "residents_move_in_keys_handed_over_keys" USING btree ("_order");
  CREATE INDEX "residents_move_in_keys_handed_over_keys_parent_id_idx" ON "residents_move_in_keys_handed_over_keys" USING btree ("_parent_id");
  CREATE INDEX "residents_move_in_keys_custody_keys_order_idx" ON "residents_move_in_keys_custody_keys" USING btree ("_order");
  CREATE INDEX "residents_move_in_keys_custody_keys_parent_id_idx" ON "residents_move_in_keys_custody_keys" USING btree ("_parent_id");
  CREATE INDEX "return_visits_points_order_idx" ON "return_visits_points" USING btree ("_order");
  CREATE INDEX "return_visits_points_parent_id_idx" ON "return_visits_points" USING btree ("_parent_id");
  CREATE INDEX "return_visits_follow_ups_order_idx" ON "return_visits_follow_ups" USING btree ("_order");
  CREATE INDEX "return_visits_follow_ups_parent_id_idx" ON "return_visits_follow_ups" USING btree ("_parent_id");
  CREATE INDEX "return_visits_follow_ups_owner_idx" ON "return_visits_follow_ups" USING btree ("owner_id");
  CREATE INDEX "return_visits_follow_ups_follow_up_idx" ON "return_visits_follow_ups" USING btree ("follow_up_id");
  CREATE INDEX "keys_unit_idx" ON "keys" USING btree ("unit_id");
  CREATE INDEX "keys_resident_idx" ON "keys" USING btree ("resident_id");
  CREATE INDEX "keys_status_idx" ON "keys" USING btree ("status");
  CREATE INDEX "keys_due_back_idx" ON "keys" USING btree ("due_back");
  CREATE INDEX "keys_lent_in_log_idx" ON "keys" USING btree ("lent_in_log_id");
  CREATE INDEX "keys_updated_at_idx" ON "keys" USING btree ("updated_at");
  CREATE INDEX "keys_created_at_idx" ON "keys" USING btree ("created_at");
  CREATE INDEX "status_dueBack_idx" ON "keys" USING btree ("status","due_back");
  CREATE INDEX "renovations_requested_hours_order_idx" ON "renovations_requested_hours" USING btree ("_order");
  CREATE INDEX "renovations_requested_hours_parent_id_idx" ON "renovations_requested_hours" USING btree ("_parent_id");
  CREATE INDEX "renovations_workers_order_idx" ON "renovations_workers" USING btree ("_order");
  CREATE INDEX "renovations_workers_parent_id_idx" ON "renovations_workers" USING btree ("_parent_id");
  CREATE INDEX "renovations_inspections_order_idx" ON "renovations_inspections" USING btree ("_order");
  CREATE INDEX "renovations_inspections_parent_id_idx" ON "renovations_inspections" USING btree ("_parent_id");
  CREATE INDEX "renovations_inspections_inspector_idx" ON "renovations_inspections" USING btree ("inspector_id");
  CREATE UNIQUE INDEX "renovations_number_idx" ON "renovations" USING btree ("number");
  CREATE INDEX "renovations_status_idx" ON "renovations" USING btree ("status");
  CREATE INDEX "renovations_unit_idx" ON "renovations" USING btree ("unit_id");
  CREATE INDEX "renovations_resident_idx" ON "renovations" USING btree ("resident_id");
  CREATE INDEX "renovations_start_date_idx" ON "renovations" USING btree ("start_date");
  CREATE INDEX "renovations_end_date_idx" ON "renovations" USING btree ("end_date");
  CREATE INDEX "renovations_agreement_agreement_file_idx" ON "renovations" USING btree ("agreement_file_id");
  CREATE INDEX "renovations_deposit_deposit_received_by_idx" ON "renovations" USING btree ("deposit_received_by_id");
  CREATE INDEX "renovations_deposit_deposit_settled_by_idx" ON "renovations" USING btree ("deposit_settled_by_id");
  CREATE INDEX "renovations_decided_by_idx" ON "renovations" USING btree ("decided_by_id");
  CREATE INDEX "renovations_updated_at_idx" ON "renovations" USING btree ("updated_at");
  CREATE INDEX "renovations_created_at_idx" ON "renovations" USING btree ("created_at");
  CREATE INDEX "unit_status_idx" ON "renovations" USING btree ("unit_id","status");
  CREATE UNIQUE INDEX "month_figures_key_idx" ON "month_figures" USING btree ("key");
  CREATE INDEX "month_figures_updated_at_idx" ON "month_figures" USING btree ("updated_at");
  CREATE INDEX "month_figures_created_at_idx" ON "month_figures" USING btree ("created_at");
  CREATE UNIQUE INDEX "survey_tokens_visit_idx" ON "survey_tokens" USING btree ("visit_id");
  CREATE UNIQUE INDEX "survey_tokens_token_hash_idx" ON "survey_tokens" USING btree ("token_hash");
  CREATE INDEX "survey_tokens_sent_by_idx" ON "survey_tokens" USING btree ("sent_by_id");
  CREATE INDEX "survey_tokens_updated_at_idx" ON "survey_tokens" USING btree ("updated_at");
  CREATE INDEX "survey_tokens_created_at_idx" ON "survey_tokens" USING btree ("created_at");
  CREATE INDEX "visit_plans_rows_order_idx" ON "visit_plans_rows" USING btree ("_order");
  CREATE INDEX "visit_plans_rows_parent_id_idx" ON "visit_plans_rows" USING btree ("_parent_id");
  CREATE INDEX "visit_plans_rows_unit_idx" ON "visit_plans_rows" USING btree ("unit_id");
  CREATE INDEX "visit_plans_rows_resident_idx" ON "visit_plans_rows" USING btree ("resident_id");
  CREATE INDEX "visit_plans_rows_assignee_idx" ON "visit_plans_rows" USING btree ("assignee_id");
  CREATE INDEX "visit_plans_period_idx" ON "visit_plans" USING btree ("period");
  CREATE INDEX "visit_plans_made_by_idx" ON "visit_plans" USING btree ("made_by_id");
  CREATE INDEX "visit_plans_updated_at_idx" ON "visit_plans" USING btree ("updated_at");
  CREATE INDEX "visit_plans_created_at_idx" ON "visit_plans" USING btree ("created_at");
  CREATE INDEX "service_records_unit_idx" ON "service_records" USING btree ("unit_id");
  CREATE INDEX "service_records_resident_idx" ON "service_records" USING btree ("resident_id");
  CREATE INDEX "service_records_price_item_idx" ON "service_records" USING btree ("price_item_id");
  CREATE INDEX "service_records_provided_by_idx" ON "service_records" USING btree ("provided_by_id");
  CREATE INDEX "service_records_completed_at_idx" ON "service_records" USING btree ("completed_at");
  CREATE INDEX "service_records_return_visit_idx" ON "service_records" USING btree ("return_visit_id");
  CREATE INDEX "service_records_updated_at_idx" ON "service_records" USING btree ("updated_at");
  CREATE INDEX "service_records_created_at_idx" ON "service_records" USING btree ("created_at");
  CREATE INDEX "event_reports_written_by_idx" ON "event_reports" USING btree ("written_by_id");
  CREATE INDEX "event_reports_updated_at_idx" ON "event_reports" USING btree ("updated_at");
  CREATE INDEX "event_reports_created_at_idx" ON "event_reports" USING btree ("created_at");
  CREATE INDEX "event_reports_rels_order_idx" ON "event_reports_rels" USING btree ("order");
  CREATE INDEX "event_reports_rels_parent_idx" ON "event_reports_rels" USING btree ("parent_id");
  CREATE INDEX "event_reports_rels_path_idx" ON "event_reports_rels" USING btree ("path");
  CREATE INDEX "event_reports_rels_return_visits_id_idx" ON "event_reports_rels" USING btree ("return_visits_id");
  CREATE INDEX "office_settings_renovation_rules_work_periods_order_idx" ON "office_settings_renovation_rules_work_periods" USING btree ("_order");
  CREATE INDEX "office_settings_renovation_rules_work_periods_parent_id_idx" ON "office_settings_renovation_rules_work_periods" USING btree ("_parent_id");
  CREATE INDEX "office_settings_renovation_rules_noisy_periods_order_idx" ON "office_settings_renovation_rules_noisy_periods" USING btree ("_order");
  CREATE INDEX "office_settings_renovation_rules_noisy_periods_parent_id_idx" ON "office_settings_renovation_rules_noisy_periods" USING btree ("_parent_id");
  CREATE INDEX "office_settings_renovation_rules_rest_days_order_idx" ON "office_settings_renovation_rules_rest_days" USING btree ("order");
  CREATE INDEX "office_settings_renovation_rules_rest_days_parent_idx" ON "office_settings_renovation_rules_rest_days" USING btree ("parent_id");
  ALTER TABLE "residents" ADD CONSTRAINT "residents_move_in_keys_custody_by_id_users_id_fk" FOREIGN KEY ("move_in_keys_custody_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_move_in_cards_staff_id_users_id_fk" FOREIGN KEY ("move_in_cards_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_renovation_id_renovations_id_fk" FOREIGN KEY ("renovation_id") REFERENCES "public"."renovations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_plan_id_visit_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."visit_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations" ADD CONSTRAINT "violations_renovation_id_renovations_id_fk" FOREIGN KEY ("renovation_id") REFERENCES "public"."renovations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs_entries" ADD CONSTRAINT "shift_logs_entries_register_key_id_keys_id_fk" FOREIGN KEY ("register_key_id") REFERENCES "public"."keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups_rels" ADD CONSTRAINT "follow_ups_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_passes" ADD CONSTRAINT "worker_passes_renovation_id_renovations_id_fk" FOREIGN KEY ("renovation_id") REFERENCES "public"."renovations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_keys_fk" FOREIGN KEY ("keys_id") REFERENCES "public"."keys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_renovations_fk" FOREIGN KEY ("renovations_id") REFERENCES "public"."renovations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_month_figures_fk" FOREIGN KEY ("month_figures_id") REFERENCES "public"."month_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_tokens_fk" FOREIGN KEY ("survey_tokens_id") REFERENCES "public"."survey_tokens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_plans_fk" FOREIGN KEY ("visit_plans_id") REFERENCES "public"."visit_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_records_fk" FOREIGN KEY ("service_records_id") REFERENCES "public"."service_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_reports_fk" FOREIGN KEY ("event_reports_id") REFERENCES "public"."event_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "residents_move_in_keys_move_in_keys_custody_by_idx" ON "residents" USING btree ("move_in_keys_custody_by_id");
  CREATE INDEX "residents_move_in_cards_move_in_cards_staff_idx" ON "residents" USING btree ("move_in_cards_staff_id");
  CREATE INDEX "residents_move_in_move_in_status_idx" ON "residents" USING btree ("move_in_status");
  CREATE INDEX "complaints_renovation_idx" ON "complaints" USING btree ("renovation_id");
  CREATE INDEX "resolvedAt_returnVisitRequired_idx" ON "complaints" USING btree ("resolved_at","return_visit_required");
  CREATE INDEX "return_visits_kind_idx" ON "return_visits" USING btree ("kind");
  CREATE INDEX "return_visits_unit_idx" ON "return_visits" USING btree ("unit_id");
  CREATE INDEX "return_visits_resident_idx" ON "return_visits" USING btree ("resident_id");
  CREATE INDEX "return_visits_plan_idx" ON "return_visits" USING btree ("plan_id");
  CREATE INDEX "recordedAt_status_overall_household_complaint_workOrder__idx" ON "return_visits" USING btree ("recorded_at","status","overall","household","complaint_id","work_order_id","kind");
  CREATE INDEX "kind_createdAt_idx" ON "return_visits" USING btree ("kind","created_at");
  CREATE INDEX "status_assignee_dueBy_dueFrom_unreachable_idx" ON "return_visits" USING btree ("status","assignee_id","due_by","due_from","unreachable");
  CREATE INDEX "complaint_status_idx" ON "return_visits" USING btree ("complaint_id","status");
  CREATE INDEX "violations_renovation_idx" ON "violations" USING btree ("renovation_id");
  CREATE INDEX "shift_logs_entries_register_key_idx" ON "shift_logs_entries" USING btree ("register_key_id");
  CREATE INDEX "follow_ups_rels_residents_id_idx" ON "follow_ups_rels" USING btree ("residents_id");
  CREATE INDEX "audit_log_source_idx" ON "audit_log" USING btree ("source");
  CREATE INDEX "worker_passes_renovation_idx" ON "worker_passes" USING btree ("renovation_id");
  CREATE INDEX "payload_locked_documents_rels_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("keys_id");
  CREATE INDEX "payload_locked_documents_rels_renovations_id_idx" ON "payload_locked_documents_rels" USING btree ("renovations_id");
  CREATE INDEX "payload_locked_documents_rels_month_figures_id_idx" ON "payload_locked_documents_rels" USING btree ("month_figures_id");
  CREATE INDEX "payload_locked_documents_rels_survey_tokens_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_tokens_id");
  CREATE INDEX "payload_locked_documents_rels_visit_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_plans_id");
  CREATE INDEX "payload_locked_documents_rels_service_records_id_idx" ON "payload_locked_documents_rels" USING btree ("service_records_id");
  CREATE INDEX "payload_locked_documents_rels_event_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("event_reports_id");`)

  // Backfills. 签收及时 of orders already signed for; the kind of existing visits from their case;
  // move-in status from the steps signed before the cards step existed.
  await db.execute(sql`
  UPDATE "work_orders" SET "receipt_met" = ("received_at" <= "receipt_due_at") WHERE "received_at" IS NOT NULL AND "receipt_due_at" IS NOT NULL;
  UPDATE "return_visits" SET "kind" = 'complaint' WHERE "kind" IS NULL AND "complaint_id" IS NOT NULL;
  UPDATE "return_visits" SET "kind" = 'repair' WHERE "kind" IS NULL AND "work_order_id" IS NOT NULL;
  UPDATE "residents" SET "move_in_status" = 'in-progress' WHERE "move_in_registration_form_done" OR "move_in_service_agreement_done" OR "move_in_handbook_done" OR "move_in_fees_done" OR "move_in_joint_inspection_done" OR "move_in_keys_done";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "residents_move_in_joint_inspection_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "residents_move_in_joint_inspection_defects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "residents_move_in_keys_handed_over_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "residents_move_in_keys_custody_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "return_visits_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "return_visits_follow_ups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "renovations_requested_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "renovations_workers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "renovations_inspections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "renovations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "month_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_tokens" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visit_plans_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visit_plans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings_renovation_rules_work_periods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings_renovation_rules_noisy_periods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings_renovation_rules_rest_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_visit_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_texts" CASCADE;
  DROP TABLE "residents_move_in_joint_inspection_items" CASCADE;
  DROP TABLE "residents_move_in_joint_inspection_defects" CASCADE;
  DROP TABLE "residents_move_in_keys_handed_over_keys" CASCADE;
  DROP TABLE "residents_move_in_keys_custody_keys" CASCADE;
  DROP TABLE "return_visits_points" CASCADE;
  DROP TABLE "return_visits_follow_ups" CASCADE;
  DROP TABLE "keys" CASCADE;
  DROP TABLE "renovations_requested_hours" CASCADE;
  DROP TABLE "renovations_workers" CASCADE;
  DROP TABLE "renovations_inspections" CASCADE;
  DROP TABLE "renovations" CASCADE;
  DROP TABLE "month_figures" CASCADE;
  DROP TABLE "survey_tokens" CASCADE;
  DROP TABLE "visit_plans_rows" CASCADE;
  DROP TABLE "visit_plans" CASCADE;
  DROP TABLE "service_records" CASCADE;
  DROP TABLE "event_reports" CASCADE;
  DROP TABLE "event_reports_rels" CASCADE;
  DROP TABLE "office_settings_renovation_rules_work_periods" CASCADE;
  DROP TABLE "office_settings_renovation_rules_noisy_periods" CASCADE;
  DROP TABLE "office_settings_renovation_rules_rest_days" CASCADE;
  DROP TABLE "service_visit_settings" CASCADE;
  ALTER TABLE "residents" DROP CONSTRAINT "residents_move_in_keys_custody_by_id_users_id_fk";
  
  ALTER TABLE "residents" DROP CONSTRAINT "residents_move_in_cards_staff_id_users_id_fk";
  
  ALTER TABLE "complaints" DROP CONSTRAINT "complaints_renovation_id_renovations_id_fk";
  
  ALTER TABLE "return_visits" DROP CONSTRAINT "return_visits_unit_id_units_id_fk";
  
  ALTER TABLE "return_visits" DROP CONSTRAINT "return_visits_resident_id_residents_id_fk";
  
  ALTER TABLE "return_visits" DROP CONSTRAINT "return_visits_plan_id_visit_plans_id_fk";
  
  ALTER TABLE "violations" DROP CONSTRAINT "violations_renovation_id_renovations_id_fk";
  
  ALTER TABLE "shift_logs_entries" DROP CONSTRAINT "shift_logs_entries_register_key_id_keys_id_fk";
  
  ALTER TABLE "follow_ups_rels" DROP CONSTRAINT "follow_ups_rels_residents_fk";
  
  ALTER TABLE "worker_passes" DROP CONSTRAINT "worker_passes_renovation_id_renovations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_keys_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_renovations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_month_figures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_tokens_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visit_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_records_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_reports_fk";
  
  ALTER TABLE "return_visits" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "return_visits" ALTER COLUMN "status" SET DEFAULT 'scheduled'::text;
  DROP TYPE "public"."enum_return_visits_status";
  CREATE TYPE "public"."enum_return_visits_status" AS ENUM('scheduled', 'done');
  ALTER TABLE "return_visits" ALTER COLUMN "status" SET DEFAULT 'scheduled'::"public"."enum_return_visits_status";
  ALTER TABLE "return_visits" ALTER COLUMN "status" SET DATA TYPE "public"."enum_return_visits_status" USING "status"::"public"."enum_return_visits_status";
  ALTER TABLE "violations_measures" ALTER COLUMN "measure" SET DATA TYPE text;
  DROP TYPE "public"."enum_violations_measures_measure";
  CREATE TYPE "public"."enum_violations_measures_measure" AS ENUM('talk', 'payment-reminder', 'late-fee', 'public-notice', 'suspend-services', 'terminate-contract', 'persuasion', 'rectification', 'compensation', 'public-criticism', 'suspend-utilities');
  ALTER TABLE "violations_measures" ALTER COLUMN "measure" SET DATA TYPE "public"."enum_violations_measures_measure" USING "measure"::"public"."enum_violations_measures_measure";
  ALTER TABLE "violations" ALTER COLUMN "next_measure" SET DATA TYPE text;
  DROP TYPE "public"."enum_violations_next_measure";
  CREATE TYPE "public"."enum_violations_next_measure" AS ENUM('talk', 'payment-reminder', 'late-fee', 'public-notice', 'suspend-services', 'terminate-contract', 'persuasion', 'rectification', 'compensation', 'public-criticism', 'suspend-utilities');
  ALTER TABLE "violations" ALTER COLUMN "next_measure" SET DATA TYPE "public"."enum_violations_next_measure" USING "next_measure"::"public"."enum_violations_next_measure";
  ALTER TABLE "archived_documents" ALTER COLUMN "printed_form" SET DATA TYPE text;
  DROP TYPE "public"."enum_archived_documents_printed_form";
  CREATE TYPE "public"."enum_archived_documents_printed_form" AS ENUM('complaintSlip', 'writtenReply', 'monthlyComplaints', 'dispatchSummary', 'complaintAnalysis', 'workOrder', 'repairQuote', 'repairSummary', 'staffAppraisal', 'dispatchRegister', 'rectificationNotice', 'paymentReminder', 'publicNotice', 'documentCover', 'shiftLog', 'visitorRegister', 'mailRegister', 'workerPass', 'passRegister', 'releaseSlip', 'releaseRegister', 'frontDeskDuty', 'meetingMinutes', 'suggestionThanks');
  ALTER TABLE "archived_documents" ALTER COLUMN "printed_form" SET DATA TYPE "public"."enum_archived_documents_printed_form" USING "printed_form"::"public"."enum_archived_documents_printed_form";
  ALTER TABLE "_archived_documents_v" ALTER COLUMN "version_printed_form" SET DATA TYPE text;
  DROP TYPE "public"."enum__archived_documents_v_version_printed_form";
  CREATE TYPE "public"."enum__archived_documents_v_version_printed_form" AS ENUM('complaintSlip', 'writtenReply', 'monthlyComplaints', 'dispatchSummary', 'complaintAnalysis', 'workOrder', 'repairQuote', 'repairSummary', 'staffAppraisal', 'dispatchRegister', 'rectificationNotice', 'paymentReminder', 'publicNotice', 'documentCover', 'shiftLog', 'visitorRegister', 'mailRegister', 'workerPass', 'passRegister', 'releaseSlip', 'releaseRegister', 'frontDeskDuty', 'meetingMinutes', 'suggestionThanks');
  ALTER TABLE "_archived_documents_v" ALTER COLUMN "version_printed_form" SET DATA TYPE "public"."enum__archived_documents_v_version_printed_form" USING "version_printed_form"::"public"."enum__archived_documents_v_version_printed_form";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'sendRobotAlert', 'escalateOverdueComplaints', 'escalateWorkOrders', 'flagOverdueRectifications', 'flagOverdueLoans', 'escalateFollowUps', 'scheduleWeeklyMeeting', 'backupDatabase');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'sendRobotAlert', 'escalateOverdueComplaints', 'escalateWorkOrders', 'flagOverdueRectifications', 'flagOverdueLoans', 'escalateFollowUps', 'scheduleWeeklyMeeting', 'backupDatabase');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "residents_move_in_keys_move_in_keys_custody_by_idx";
  DROP INDEX "residents_move_in_cards_move_in_cards_staff_idx";
  DROP INDEX "residents_move_in_move_in_status_idx";
  DROP INDEX "complaints_renovation_idx";
  DROP INDEX "resolvedAt_returnVisitRequired_idx";
  DROP INDEX "return_visits_kind_idx";
  DROP INDEX "return_visits_unit_idx";
  DROP INDEX "return_visits_resident_idx";
  DROP INDEX "return_visits_plan_idx";
  DROP INDEX "recordedAt_status_overall_household_complaint_workOrder__idx";
  DROP INDEX "kind_createdAt_idx";
  DROP INDEX "status_assignee_dueBy_dueFrom_unreachable_idx";
  DROP INDEX "complaint_status_idx";
  DROP INDEX "violations_renovation_idx";
  DROP INDEX "shift_logs_entries_register_key_idx";
  DROP INDEX "follow_ups_rels_residents_id_idx";
  DROP INDEX "audit_log_source_idx";
  DROP INDEX "worker_passes_renovation_idx";
  DROP INDEX "payload_locked_documents_rels_keys_id_idx";
  DROP INDEX "payload_locked_documents_rels_renovations_id_idx";
  DROP INDEX "payload_locked_documents_rels_month_figures_id_idx";
  DROP INDEX "payload_locked_documents_rels_survey_tokens_id_idx";
  DROP INDEX "payload_locked_documents_rels_visit_plans_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_records_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_reports_id_idx";
  CREATE INDEX "recordedAt_status_overall_household_complaint_workOrder_idx" ON "return_visits" USING btree ("recorded_at","status","overall","household","complaint_id","work_order_id");
  ALTER TABLE "residents" DROP COLUMN "move_in_registration_form_note";
  ALTER TABLE "residents" DROP COLUMN "move_in_service_agreement_agreement_no";
  ALTER TABLE "residents" DROP COLUMN "move_in_service_agreement_note";
  ALTER TABLE "residents" DROP COLUMN "move_in_handbook_note";
  ALTER TABLE "residents" DROP COLUMN "move_in_fees_amount";
  ALTER TABLE "residents" DROP COLUMN "move_in_fees_receipt_no";
  ALTER TABLE "residents" DROP COLUMN "move_in_fees_note";
  ALTER TABLE "residents" DROP COLUMN "move_in_joint_inspection_developer_rep";
  ALTER TABLE "residents" DROP COLUMN "move_in_joint_inspection_note";
  ALTER TABLE "residents" DROP COLUMN "move_in_keys_recipient";
  ALTER TABLE "residents" DROP COLUMN "move_in_keys_from_custody";
  ALTER TABLE "residents" DROP COLUMN "move_in_keys_location";
  ALTER TABLE "residents" DROP COLUMN "move_in_keys_reason";
  ALTER TABLE "residents" DROP COLUMN "move_in_keys_custody_at";
  ALTER TABLE "residents" DROP COLUMN "move_in_keys_custody_by_id";
  ALTER TABLE "residents" DROP COLUMN "move_in_keys_note";
  ALTER TABLE "residents" DROP COLUMN "move_in_cards_done";
  ALTER TABLE "residents" DROP COLUMN "move_in_cards_date";
  ALTER TABLE "residents" DROP COLUMN "move_in_cards_staff_id";
  ALTER TABLE "residents" DROP COLUMN "move_in_cards_water";
  ALTER TABLE "residents" DROP COLUMN "move_in_cards_power";
  ALTER TABLE "residents" DROP COLUMN "move_in_cards_gas";
  ALTER TABLE "residents" DROP COLUMN "move_in_cards_note";
  ALTER TABLE "residents" DROP COLUMN "move_in_status";
  ALTER TABLE "complaints" DROP COLUMN "closed_without_visit";
  ALTER TABLE "complaints" DROP COLUMN "renovation_id";
  ALTER TABLE "return_visits" DROP COLUMN "kind";
  ALTER TABLE "return_visits" DROP COLUMN "unit_id";
  ALTER TABLE "return_visits" DROP COLUMN "resident_id";
  ALTER TABLE "return_visits" DROP COLUMN "department";
  ALTER TABLE "return_visits" DROP COLUMN "occurred_at";
  ALTER TABLE "return_visits" DROP COLUMN "appointment_at";
  ALTER TABLE "return_visits" DROP COLUMN "appointment_note";
  ALTER TABLE "return_visits" DROP COLUMN "plan_id";
  ALTER TABLE "return_visits" DROP COLUMN "escalated_at";
  ALTER TABLE "return_visits" DROP COLUMN "unreachable_reason";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_service";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_equipment";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_repairs";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_security";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_fire";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_cleaning";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_greenery";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_parking";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_clubhouse";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_efficiency";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_attitude";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_courtesy";
  ALTER TABLE "return_visits" DROP COLUMN "aspects_overall";
  ALTER TABLE "work_orders" DROP COLUMN "receipt_met";
  ALTER TABLE "violations" DROP COLUMN "renovation_id";
  ALTER TABLE "shift_logs_entries" DROP COLUMN "register_key_id";
  ALTER TABLE "shift_logs_entries" DROP COLUMN "key_move";
  ALTER TABLE "shift_logs_entries" DROP COLUMN "due_back";
  ALTER TABLE "follow_ups_rels" DROP COLUMN "residents_id";
  ALTER TABLE "audit_log" DROP COLUMN "source";
  ALTER TABLE "worker_passes" DROP COLUMN "renovation_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "keys_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "renovations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "month_figures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_tokens_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visit_plans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_records_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_reports_id";
  ALTER TABLE "office_settings" DROP COLUMN "company_report_email";
  ALTER TABLE "office_settings" DROP COLUMN "survey_link_days";
  ALTER TABLE "office_settings" DROP COLUMN "targets_survey_satisfaction";
  ALTER TABLE "office_settings" DROP COLUMN "renovation_rules_noisy_on_weekends";
  ALTER TABLE "office_settings" DROP COLUMN "renovation_rules_max_duration_days";
  DROP TYPE "public"."enum_residents_move_in_keys_handed_over_keys_kind";
  DROP TYPE "public"."enum_residents_move_in_keys_custody_keys_kind";
  DROP TYPE "public"."enum_residents_move_in_status";
  DROP TYPE "public"."enum_return_visits_kind";
  DROP TYPE "public"."enum_return_visits_department";
  DROP TYPE "public"."enum_return_visits_aspects_service";
  DROP TYPE "public"."enum_return_visits_aspects_equipment";
  DROP TYPE "public"."enum_return_visits_aspects_repairs";
  DROP TYPE "public"."enum_return_visits_aspects_security";
  DROP TYPE "public"."enum_return_visits_aspects_fire";
  DROP TYPE "public"."enum_return_visits_aspects_cleaning";
  DROP TYPE "public"."enum_return_visits_aspects_greenery";
  DROP TYPE "public"."enum_return_visits_aspects_parking";
  DROP TYPE "public"."enum_return_visits_aspects_clubhouse";
  DROP TYPE "public"."enum_return_visits_aspects_efficiency";
  DROP TYPE "public"."enum_return_visits_aspects_attitude";
  DROP TYPE "public"."enum_return_visits_aspects_courtesy";
  DROP TYPE "public"."enum_return_visits_aspects_overall";
  DROP TYPE "public"."enum_shift_logs_entries_key_move";
  DROP TYPE "public"."enum_audit_log_source";
  DROP TYPE "public"."enum_keys_kind";
  DROP TYPE "public"."enum_keys_origin";
  DROP TYPE "public"."enum_keys_status";
  DROP TYPE "public"."enum_renovations_inspections_stage";
  DROP TYPE "public"."enum_renovations_inspections_result";
  DROP TYPE "public"."enum_renovations_inspections_work_observed";
  DROP TYPE "public"."enum_renovations_status";
  DROP TYPE "public"."enum_renovations_deposit_status";
  DROP TYPE "public"."enum_visit_plans_rows_method";
  DROP TYPE "public"."enum_visit_plans_kind";
  DROP TYPE "public"."enum_visit_plans_department";
  DROP TYPE "public"."enum_service_records_kind";
  DROP TYPE "public"."enum_office_settings_renovation_rules_rest_days";`)
}
