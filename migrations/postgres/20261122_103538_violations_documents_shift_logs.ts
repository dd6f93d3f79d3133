import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_duty_post" AS ENUM('front-desk', 'gate-1', 'gate-2', 'patrol');
  CREATE TYPE "public"."enum_complaint_reports_approval_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_violations_measures_measure" AS ENUM('talk', 'payment-reminder', 'late-fee', 'public-notice', 'suspend-services', 'terminate-contract', 'persuasion', 'rectification', 'compensation', 'public-criticism', 'suspend-utilities');
  CREATE TYPE "public"."enum_violations_status" AS ENUM('open', 'rectifying', 'pending-approval', 'decided', 'resolved');
  CREATE TYPE "public"."enum_violations_kind" AS ENUM('renovation', 'fire-safety', 'civility', 'fee-refusal', 'endangering');
  CREATE TYPE "public"."enum_violations_sub_kind" AS ENUM('structural-change', 'doors-windows', 'rewiring', 'noisy-hours', 'overloaded-wiring', 'open-flame', 'no-extinguisher', 'blocked-exit', 'damaged-equipment', 'litter', 'damage', 'hoarding', 'throwing-from-height', 'noise', 'pets', 'rent', 'service-fee', 'dangerous-goods', 'load-bearing', 'other');
  CREATE TYPE "public"."enum_violations_severity" AS ENUM('general', 'major');
  CREATE TYPE "public"."enum_violations_responsible_role" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum_violations_next_measure" AS ENUM('talk', 'payment-reminder', 'late-fee', 'public-notice', 'suspend-services', 'terminate-contract', 'persuasion', 'rectification', 'compensation', 'public-criticism', 'suspend-utilities');
  CREATE TYPE "public"."enum_violations_decision_measure" AS ENUM('late-fee', 'public-notice', 'suspend-services', 'terminate-contract', 'compensation', 'public-criticism', 'suspend-utilities');
  CREATE TYPE "public"."enum_violations_approval_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_issued_notices_type" AS ENUM('rectification', 'payment-reminder', 'public');
  CREATE TYPE "public"."enum_archived_documents_lifecycle" AS ENUM('draft', 'in-review', 'effective', 'superseded', 'obsolete', 'destroyed');
  CREATE TYPE "public"."enum_archived_documents_kind" AS ENUM('rule', 'form', 'procedure', 'record', 'contract', 'drawing', 'correspondence', 'other');
  CREATE TYPE "public"."enum_archived_documents_department" AS ENUM('customer-service', 'engineering', 'security', 'cleaning', 'management', 'finance', 'archives');
  CREATE TYPE "public"."enum_archived_documents_confidentiality" AS ENUM('public', 'internal', 'confidential');
  CREATE TYPE "public"."enum_archived_documents_approval_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_archived_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__archived_documents_v_version_kind" AS ENUM('rule', 'form', 'procedure', 'record', 'contract', 'drawing', 'correspondence', 'other');
  CREATE TYPE "public"."enum__archived_documents_v_version_department" AS ENUM('customer-service', 'engineering', 'security', 'cleaning', 'management', 'finance', 'archives');
  CREATE TYPE "public"."enum__archived_documents_v_version_confidentiality" AS ENUM('public', 'internal', 'confidential');
  CREATE TYPE "public"."enum__archived_documents_v_version_approval_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum__archived_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_document_loans_status" AS ENUM('requested', 'approved', 'lent', 'returned');
  CREATE TYPE "public"."enum_document_loans_approval_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_document_destructions_method" AS ENUM('shredding', 'incineration', 'deletion', 'other');
  CREATE TYPE "public"."enum_document_destructions_status" AS ENUM('pending', 'approved');
  CREATE TYPE "public"."enum_document_destructions_approval_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_archive_inspections_items_condition" AS ENUM('good', 'fair', 'damaged');
  CREATE TYPE "public"."enum_archive_inspections_condition" AS ENUM('good', 'fair', 'damaged');
  CREATE TYPE "public"."enum_approval_log_meaning" AS ENUM('proposed', 'reviewed', 'approved', 'rejected');
  CREATE TYPE "public"."enum_approval_log_role" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum_shift_logs_entries_kind" AS ENUM('event', 'visitor', 'vehicle', 'goods-release', 'mail', 'pass', 'key', 'patrol', 'incident', 'note');
  CREATE TYPE "public"."enum_shift_logs_entries_priority" AS ENUM('normal', 'high');
  CREATE TYPE "public"."enum_shift_logs_entries_owner_confirm_method" AS ENUM('phone', 'in-person', 'written');
  CREATE TYPE "public"."enum_shift_logs_post" AS ENUM('front-desk', 'gate-1', 'gate-2', 'patrol');
  CREATE TYPE "public"."enum_shift_logs_status" AS ENUM('open', 'signed', 'refused', 'accepted', 'reviewed');
  CREATE TYPE "public"."enum_office_settings_director_approves_kinds" AS ENUM('rule', 'form', 'procedure', 'record', 'contract', 'drawing', 'correspondence', 'other');
  CREATE TYPE "public"."enum_office_settings_version_scheme" AS ENUM('letter', 'decimal');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'flagOverdueRectifications';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'flagOverdueLoans';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'flagOverdueRectifications';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'flagOverdueLoans';
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
  	"approval_awaiting_roles" varchar,
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
  
  CREATE TABLE "archived_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"version_label" varchar,
  	"effective_version" varchar,
  	"status" "enum_archived_documents_lifecycle" DEFAULT 'draft',
  	"title" varchar,
  	"kind" "enum_archived_documents_kind",
  	"department" "enum_archived_documents_department",
  	"confidentiality" "enum_archived_documents_confidentiality" DEFAULT 'internal',
  	"owner_id" integer,
  	"resident_id" integer,
  	"unit_id" integer,
  	"change_note" varchar,
  	"major_revision" boolean DEFAULT false,
  	"file_id" integer,
  	"content" jsonb,
  	"effective_from" timestamp(3) with time zone,
  	"retention_years" numeric,
  	"retention_until" timestamp(3) with time zone,
  	"requires_acknowledgement" boolean DEFAULT false,
  	"paper_original" boolean DEFAULT false,
  	"shelf" varchar,
  	"obsolete_reason" varchar,
  	"destroyed_at" timestamp(3) with time zone,
  	"approval_status" "enum_archived_documents_approval_status" DEFAULT 'none',
  	"approval_chain" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_awaiting_roles" varchar,
  	"approval_content_hash" varchar,
  	"approval_proposed_by_id" integer,
  	"approval_last_action_by_id" integer,
  	"approval_last_action_at" timestamp(3) with time zone,
  	"approval_last_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_archived_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_archived_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_version_label" varchar,
  	"version_effective_version" varchar,
  	"version_status" "enum_archived_documents_lifecycle" DEFAULT 'draft',
  	"version_title" varchar,
  	"version_kind" "enum__archived_documents_v_version_kind",
  	"version_department" "enum__archived_documents_v_version_department",
  	"version_confidentiality" "enum__archived_documents_v_version_confidentiality" DEFAULT 'internal',
  	"version_owner_id" integer,
  	"version_resident_id" integer,
  	"version_unit_id" integer,
  	"version_change_note" varchar,
  	"version_major_revision" boolean DEFAULT false,
  	"version_file_id" integer,
  	"version_content" jsonb,
  	"version_effective_from" timestamp(3) with time zone,
  	"version_retention_years" numeric,
  	"version_retention_until" timestamp(3) with time zone,
  	"version_requires_acknowledgement" boolean DEFAULT false,
  	"version_paper_original" boolean DEFAULT false,
  	"version_shelf" varchar,
  	"version_obsolete_reason" varchar,
  	"version_destroyed_at" timestamp(3) with time zone,
  	"version_approval_status" "enum__archived_documents_v_version_approval_status" DEFAULT 'none',
  	"version_approval_chain" varchar,
  	"version_approval_step" numeric DEFAULT 0,
  	"version_approval_round" numeric DEFAULT 1,
  	"version_approval_awaiting_roles" varchar,
  	"version_approval_content_hash" varchar,
  	"version_approval_proposed_by_id" integer,
  	"version_approval_last_action_by_id" integer,
  	"version_approval_last_action_at" timestamp(3) with time zone,
  	"version_approval_last_comment" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__archived_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "document_loans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"requester_id" integer,
  	"status" "enum_document_loans_status" DEFAULT 'requested',
  	"needs_approval" boolean DEFAULT false,
  	"purpose" varchar NOT NULL,
  	"start_at" timestamp(3) with time zone,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"lent_at" timestamp(3) with time zone,
  	"lent_by_id" integer,
  	"returned_at" timestamp(3) with time zone,
  	"returned_to_id" integer,
  	"overdue" boolean DEFAULT false,
  	"overdue_notified" boolean DEFAULT false,
  	"approval_status" "enum_document_loans_approval_status" DEFAULT 'none',
  	"approval_chain" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_awaiting_roles" varchar,
  	"approval_content_hash" varchar,
  	"approval_proposed_by_id" integer,
  	"approval_last_action_by_id" integer,
  	"approval_last_action_at" timestamp(3) with time zone,
  	"approval_last_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_loans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"archived_documents_id" integer
  );
  
  CREATE TABLE "document_destructions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"document_number" varchar,
  	"title" varchar,
  	"version_label" varchar,
  	"method" "enum_document_destructions_method" NOT NULL,
  	"reason" varchar NOT NULL,
  	"status" "enum_document_destructions_status" DEFAULT 'pending',
  	"approved_by_id" integer,
  	"destroyed_at" timestamp(3) with time zone,
  	"approval_status" "enum_document_destructions_approval_status" DEFAULT 'none',
  	"approval_chain" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_awaiting_roles" varchar,
  	"approval_content_hash" varchar,
  	"approval_proposed_by_id" integer,
  	"approval_last_action_by_id" integer,
  	"approval_last_action_at" timestamp(3) with time zone,
  	"approval_last_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_acknowledgements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"version_label" varchar NOT NULL,
  	"user_id" integer NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "archive_inspections_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document_id" integer,
  	"condition" "enum_archive_inspections_items_condition",
  	"restored_at" timestamp(3) with time zone,
  	"damage" varchar,
  	"restoration" varchar
  );
  
  CREATE TABLE "archive_inspections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"quarter" varchar NOT NULL,
  	"inspected_at" timestamp(3) with time zone NOT NULL,
  	"inspector_id" integer NOT NULL,
  	"condition" "enum_archive_inspections_condition" NOT NULL,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
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
  
  CREATE TABLE "shift_logs_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_shift_logs_entries_kind" DEFAULT 'event' NOT NULL,
  	"priority" "enum_shift_logs_entries_priority" DEFAULT 'normal',
  	"unit_id" integer,
  	"text" varchar,
  	"name" varchar,
  	"id_shown" boolean,
  	"plate" varchar,
  	"out_at" timestamp(3) with time zone,
  	"items" varchar,
  	"carrier" varchar,
  	"owner_confirmed_by" varchar,
  	"owner_confirm_method" "enum_shift_logs_entries_owner_confirm_method",
  	"released" boolean,
  	"notified_at" timestamp(3) with time zone,
  	"collected_at" timestamp(3) with time zone,
  	"collected_by" varchar,
  	"company" varchar,
  	"valid_until" timestamp(3) with time zone,
  	"returned_at" timestamp(3) with time zone,
  	"complaint_id" integer,
  	"work_order_id" integer,
  	"recorded_by_id" integer
  );
  
  CREATE TABLE "shift_logs_open_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" varchar,
  	"ref" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "shift_logs_equipment" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL,
  	"outgoing_ok" boolean,
  	"incoming_ok" boolean,
  	"note" varchar
  );
  
  CREATE TABLE "shift_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"post" "enum_shift_logs_post" NOT NULL,
  	"shift_date" varchar,
  	"shift" varchar,
  	"status" "enum_shift_logs_status" DEFAULT 'open',
  	"key" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"on_duty_id" integer,
  	"summary" varchar,
  	"signed_by_id" integer,
  	"signed_at" timestamp(3) with time zone,
  	"incoming_id" integer,
  	"accepted_at" timestamp(3) with time zone,
  	"refused_by_id" integer,
  	"refused_at" timestamp(3) with time zone,
  	"refusal_reason" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"review_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "office_settings_director_approves_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_office_settings_director_approves_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "office_settings_front_desk_shifts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"start" numeric NOT NULL,
  	"end" numeric NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "duty_post" "enum_users_duty_post";
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_status" "enum_complaint_reports_approval_status" DEFAULT 'none';
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_chain" varchar;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_step" numeric DEFAULT 0;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_round" numeric DEFAULT 1;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_awaiting_roles" varchar;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_content_hash" varchar;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_proposed_by_id" integer;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_last_action_by_id" integer;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_last_action_at" timestamp(3) with time zone;
  ALTER TABLE "complaint_reports" ADD COLUMN "approval_last_comment" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "violations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "issued_notices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "archived_documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_loans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_destructions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_acknowledgements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "archive_inspections_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approval_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "shift_logs_id" integer;
  ALTER TABLE "office_settings" ADD COLUMN "allow_same_signer" boolean DEFAULT false;
  ALTER TABLE "office_settings" ADD COLUMN "late_fee_rate_per_day" numeric DEFAULT 0.0003;
  ALTER TABLE "office_settings" ADD COLUMN "late_fee_cap_ratio" numeric DEFAULT 1;
  ALTER TABLE "office_settings" ADD COLUMN "compensation_cap" numeric DEFAULT 50000;
  ALTER TABLE "office_settings" ADD COLUMN "document_number_pattern" varchar DEFAULT 'WY-{dept}-{kind}-{seq:3}';
  ALTER TABLE "office_settings" ADD COLUMN "version_scheme" "enum_office_settings_version_scheme" DEFAULT 'letter';
  ALTER TABLE "violations_measures" ADD CONSTRAINT "violations_measures_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations_measures" ADD CONSTRAINT "violations_measures_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations_measures" ADD CONSTRAINT "violations_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."violations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "violations_payments" ADD CONSTRAINT "violations_payments_collected_by_id_users_id_fk" FOREIGN KEY ("collected_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "violations_payments" ADD CONSTRAINT "violations_payments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."violations"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "archived_documents" ADD CONSTRAINT "archived_documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archived_documents" ADD CONSTRAINT "archived_documents_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archived_documents" ADD CONSTRAINT "archived_documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archived_documents" ADD CONSTRAINT "archived_documents_file_id_attachments_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archived_documents" ADD CONSTRAINT "archived_documents_approval_proposed_by_id_users_id_fk" FOREIGN KEY ("approval_proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archived_documents" ADD CONSTRAINT "archived_documents_approval_last_action_by_id_users_id_fk" FOREIGN KEY ("approval_last_action_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_archived_documents_v" ADD CONSTRAINT "_archived_documents_v_parent_id_archived_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."archived_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_archived_documents_v" ADD CONSTRAINT "_archived_documents_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_archived_documents_v" ADD CONSTRAINT "_archived_documents_v_version_resident_id_residents_id_fk" FOREIGN KEY ("version_resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_archived_documents_v" ADD CONSTRAINT "_archived_documents_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_archived_documents_v" ADD CONSTRAINT "_archived_documents_v_version_file_id_attachments_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_archived_documents_v" ADD CONSTRAINT "_archived_documents_v_version_approval_proposed_by_id_users_id_fk" FOREIGN KEY ("version_approval_proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_archived_documents_v" ADD CONSTRAINT "_archived_documents_v_version_approval_last_action_by_id_users_id_fk" FOREIGN KEY ("version_approval_last_action_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_loans" ADD CONSTRAINT "document_loans_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_loans" ADD CONSTRAINT "document_loans_lent_by_id_users_id_fk" FOREIGN KEY ("lent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_loans" ADD CONSTRAINT "document_loans_returned_to_id_users_id_fk" FOREIGN KEY ("returned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_loans" ADD CONSTRAINT "document_loans_approval_proposed_by_id_users_id_fk" FOREIGN KEY ("approval_proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_loans" ADD CONSTRAINT "document_loans_approval_last_action_by_id_users_id_fk" FOREIGN KEY ("approval_last_action_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_loans_rels" ADD CONSTRAINT "document_loans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."document_loans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_loans_rels" ADD CONSTRAINT "document_loans_rels_archived_documents_fk" FOREIGN KEY ("archived_documents_id") REFERENCES "public"."archived_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_destructions" ADD CONSTRAINT "document_destructions_document_id_archived_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."archived_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_destructions" ADD CONSTRAINT "document_destructions_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_destructions" ADD CONSTRAINT "document_destructions_approval_proposed_by_id_users_id_fk" FOREIGN KEY ("approval_proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_destructions" ADD CONSTRAINT "document_destructions_approval_last_action_by_id_users_id_fk" FOREIGN KEY ("approval_last_action_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_acknowledgements" ADD CONSTRAINT "document_acknowledgements_document_id_archived_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."archived_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_acknowledgements" ADD CONSTRAINT "document_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_inspections_items" ADD CONSTRAINT "archive_inspections_items_document_id_archived_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."archived_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_inspections_items" ADD CONSTRAINT "archive_inspections_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."archive_inspections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_inspections" ADD CONSTRAINT "archive_inspections_inspector_id_users_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_log" ADD CONSTRAINT "approval_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs_entries" ADD CONSTRAINT "shift_logs_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs_entries" ADD CONSTRAINT "shift_logs_entries_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs_entries" ADD CONSTRAINT "shift_logs_entries_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs_entries" ADD CONSTRAINT "shift_logs_entries_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs_entries" ADD CONSTRAINT "shift_logs_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."shift_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "shift_logs_open_items" ADD CONSTRAINT "shift_logs_open_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."shift_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "shift_logs_equipment" ADD CONSTRAINT "shift_logs_equipment_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."shift_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "shift_logs" ADD CONSTRAINT "shift_logs_on_duty_id_users_id_fk" FOREIGN KEY ("on_duty_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs" ADD CONSTRAINT "shift_logs_signed_by_id_users_id_fk" FOREIGN KEY ("signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs" ADD CONSTRAINT "shift_logs_incoming_id_users_id_fk" FOREIGN KEY ("incoming_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs" ADD CONSTRAINT "shift_logs_refused_by_id_users_id_fk" FOREIGN KEY ("refused_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shift_logs" ADD CONSTRAINT "shift_logs_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "office_settings_director_approves_kinds" ADD CONSTRAINT "office_settings_director_approves_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."office_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_settings_front_desk_shifts" ADD CONSTRAINT "office_settings_front_desk_shifts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "violations_measures_order_idx" ON "violations_measures" USING btree ("_order");
  CREATE INDEX "violations_measures_parent_id_idx" ON "violations_measures" USING btree ("_parent_id");
  CREATE INDEX "violations_measures_staff_idx" ON "violations_measures" USING btree ("staff_id");
  CREATE INDEX "violations_measures_approved_by_idx" ON "violations_measures" USING btree ("approved_by_id");
  CREATE INDEX "violations_payments_order_idx" ON "violations_payments" USING btree ("_order");
  CREATE INDEX "violations_payments_parent_id_idx" ON "violations_payments" USING btree ("_parent_id");
  CREATE INDEX "violations_payments_collected_by_idx" ON "violations_payments" USING btree ("collected_by_id");
  CREATE UNIQUE INDEX "violations_number_idx" ON "violations" USING btree ("number");
  CREATE INDEX "violations_status_idx" ON "violations" USING btree ("status");
  CREATE INDEX "violations_unit_idx" ON "violations" USING btree ("unit_id");
  CREATE INDEX "violations_resident_idx" ON "violations" USING btree ("resident_id");
  CREATE INDEX "violations_found_by_idx" ON "violations" USING btree ("found_by_id");
  CREATE INDEX "violations_handler_idx" ON "violations" USING btree ("handler_id");
  CREATE INDEX "violations_recorded_by_idx" ON "violations" USING btree ("recorded_by_id");
  CREATE INDEX "violations_rectification_due_at_idx" ON "violations" USING btree ("rectification_due_at");
  CREATE INDEX "violations_approval_approval_status_idx" ON "violations" USING btree ("approval_status");
  CREATE INDEX "violations_approval_approval_awaiting_roles_idx" ON "violations" USING btree ("approval_awaiting_roles");
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
  CREATE UNIQUE INDEX "archived_documents_number_idx" ON "archived_documents" USING btree ("number");
  CREATE INDEX "archived_documents_status_idx" ON "archived_documents" USING btree ("status");
  CREATE INDEX "archived_documents_owner_idx" ON "archived_documents" USING btree ("owner_id");
  CREATE INDEX "archived_documents_resident_idx" ON "archived_documents" USING btree ("resident_id");
  CREATE INDEX "archived_documents_unit_idx" ON "archived_documents" USING btree ("unit_id");
  CREATE INDEX "archived_documents_file_idx" ON "archived_documents" USING btree ("file_id");
  CREATE INDEX "archived_documents_approval_approval_status_idx" ON "archived_documents" USING btree ("approval_status");
  CREATE INDEX "archived_documents_approval_approval_awaiting_roles_idx" ON "archived_documents" USING btree ("approval_awaiting_roles");
  CREATE INDEX "archived_documents_approval_approval_proposed_by_idx" ON "archived_documents" USING btree ("approval_proposed_by_id");
  CREATE INDEX "archived_documents_approval_approval_last_action_by_idx" ON "archived_documents" USING btree ("approval_last_action_by_id");
  CREATE INDEX "archived_documents_updated_at_idx" ON "archived_documents" USING btree ("updated_at");
  CREATE INDEX "archived_documents_created_at_idx" ON "archived_documents" USING btree ("created_at");
  CREATE INDEX "archived_documents_deleted_at_idx" ON "archived_documents" USING btree ("deleted_at");
  CREATE INDEX "archived_documents__status_idx" ON "archived_documents" USING btree ("_status");
  CREATE INDEX "status_retentionUntil_idx" ON "archived_documents" USING btree ("status","retention_until");
  CREATE INDEX "_archived_documents_v_parent_idx" ON "_archived_documents_v" USING btree ("parent_id");
  CREATE INDEX "_archived_documents_v_version_version_number_idx" ON "_archived_documents_v" USING btree ("version_number");
  CREATE INDEX "_archived_documents_v_version_version_status_idx" ON "_archived_documents_v" USING btree ("version_status");
  CREATE INDEX "_archived_documents_v_version_version_owner_idx" ON "_archived_documents_v" USING btree ("version_owner_id");
  CREATE INDEX "_archived_documents_v_version_version_resident_idx" ON "_archived_documents_v" USING btree ("version_resident_id");
  CREATE INDEX "_archived_documents_v_version_version_unit_idx" ON "_archived_documents_v" USING btree ("version_unit_id");
  CREATE INDEX "_archived_documents_v_version_version_file_idx" ON "_archived_documents_v" USING btree ("version_file_id");
  CREATE INDEX "_archived_documents_v_version_approval_version_approval__idx" ON "_archived_documents_v" USING btree ("version_approval_status");
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_1_idx" ON "_archived_documents_v" USING btree ("version_approval_awaiting_roles");
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_2_idx" ON "_archived_documents_v" USING btree ("version_approval_proposed_by_id");
  CREATE INDEX "_archived_documents_v_version_approval_version_approva_3_idx" ON "_archived_documents_v" USING btree ("version_approval_last_action_by_id");
  CREATE INDEX "_archived_documents_v_version_version_updated_at_idx" ON "_archived_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_archived_documents_v_version_version_created_at_idx" ON "_archived_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_archived_documents_v_version_version_deleted_at_idx" ON "_archived_documents_v" USING btree ("version_deleted_at");
  CREATE INDEX "_archived_documents_v_version_version__status_idx" ON "_archived_documents_v" USING btree ("version__status");
  CREATE INDEX "_archived_documents_v_created_at_idx" ON "_archived_documents_v" USING btree ("created_at");
  CREATE INDEX "_archived_documents_v_updated_at_idx" ON "_archived_documents_v" USING btree ("updated_at");
  CREATE INDEX "_archived_documents_v_latest_idx" ON "_archived_documents_v" USING btree ("latest");
  CREATE INDEX "version_status_version_retentionUntil_idx" ON "_archived_documents_v" USING btree ("version_status","version_retention_until");
  CREATE UNIQUE INDEX "document_loans_number_idx" ON "document_loans" USING btree ("number");
  CREATE INDEX "document_loans_requester_idx" ON "document_loans" USING btree ("requester_id");
  CREATE INDEX "document_loans_status_idx" ON "document_loans" USING btree ("status");
  CREATE INDEX "document_loans_due_at_idx" ON "document_loans" USING btree ("due_at");
  CREATE INDEX "document_loans_lent_by_idx" ON "document_loans" USING btree ("lent_by_id");
  CREATE INDEX "document_loans_returned_to_idx" ON "document_loans" USING btree ("returned_to_id");
  CREATE INDEX "document_loans_approval_approval_status_idx" ON "document_loans" USING btree ("approval_status");
  CREATE INDEX "document_loans_approval_approval_awaiting_roles_idx" ON "document_loans" USING btree ("approval_awaiting_roles");
  CREATE INDEX "document_loans_approval_approval_proposed_by_idx" ON "document_loans" USING btree ("approval_proposed_by_id");
  CREATE INDEX "document_loans_approval_approval_last_action_by_idx" ON "document_loans" USING btree ("approval_last_action_by_id");
  CREATE INDEX "document_loans_updated_at_idx" ON "document_loans" USING btree ("updated_at");
  CREATE INDEX "document_loans_created_at_idx" ON "document_loans" USING btree ("created_at");
  CREATE INDEX "document_loans_rels_order_idx" ON "document_loans_rels" USING btree ("order");
  CREATE INDEX "document_loans_rels_parent_idx" ON "document_loans_rels" USING btree ("parent_id");
  CREATE INDEX "document_loans_rels_path_idx" ON "document_loans_rels" USING btree ("path");
  CREATE INDEX "document_loans_rels_archived_documents_id_idx" ON "document_loans_rels" USING btree ("archived_documents_id");
  CREATE INDEX "document_destructions_document_idx" ON "document_destructions" USING btree ("document_id");
  CREATE INDEX "document_destructions_approved_by_idx" ON "document_destructions" USING btree ("approved_by_id");
  CREATE INDEX "document_destructions_approval_approval_status_idx" ON "document_destructions" USING btree ("approval_status");
  CREATE INDEX "document_destructions_approval_approval_awaiting_roles_idx" ON "document_destructions" USING btree ("approval_awaiting_roles");
  CREATE INDEX "document_destructions_approval_approval_proposed_by_idx" ON "document_destructions" USING btree ("approval_proposed_by_id");
  CREATE INDEX "document_destructions_approval_approval_last_action_by_idx" ON "document_destructions" USING btree ("approval_last_action_by_id");
  CREATE INDEX "document_destructions_updated_at_idx" ON "document_destructions" USING btree ("updated_at");
  CREATE INDEX "document_destructions_created_at_idx" ON "document_destructions" USING btree ("created_at");
  CREATE INDEX "document_acknowledgements_document_idx" ON "document_acknowledgements" USING btree ("document_id");
  CREATE INDEX "document_acknowledgements_user_idx" ON "document_acknowledgements" USING btree ("user_id");
  CREATE INDEX "document_acknowledgements_updated_at_idx" ON "document_acknowledgements" USING btree ("updated_at");
  CREATE INDEX "document_acknowledgements_created_at_idx" ON "document_acknowledgements" USING btree ("created_at");
  CREATE UNIQUE INDEX "document_versionLabel_user_idx" ON "document_acknowledgements" USING btree ("document_id","version_label","user_id");
  CREATE INDEX "archive_inspections_items_order_idx" ON "archive_inspections_items" USING btree ("_order");
  CREATE INDEX "archive_inspections_items_parent_id_idx" ON "archive_inspections_items" USING btree ("_parent_id");
  CREATE INDEX "archive_inspections_items_document_idx" ON "archive_inspections_items" USING btree ("document_id");
  CREATE UNIQUE INDEX "archive_inspections_quarter_idx" ON "archive_inspections" USING btree ("quarter");
  CREATE INDEX "archive_inspections_inspector_idx" ON "archive_inspections" USING btree ("inspector_id");
  CREATE INDEX "archive_inspections_updated_at_idx" ON "archive_inspections" USING btree ("updated_at");
  CREATE INDEX "archive_inspections_created_at_idx" ON "archive_inspections" USING btree ("created_at");
  CREATE INDEX "approval_log_user_idx" ON "approval_log" USING btree ("user_id");
  CREATE INDEX "approval_log_at_idx" ON "approval_log" USING btree ("at");
  CREATE INDEX "approval_log_updated_at_idx" ON "approval_log" USING btree ("updated_at");
  CREATE INDEX "approval_log_created_at_idx" ON "approval_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "collectionSlug_documentId_round_step_idx" ON "approval_log" USING btree ("collection_slug","document_id","round","step");
  CREATE INDEX "shift_logs_entries_order_idx" ON "shift_logs_entries" USING btree ("_order");
  CREATE INDEX "shift_logs_entries_parent_id_idx" ON "shift_logs_entries" USING btree ("_parent_id");
  CREATE INDEX "shift_logs_entries_unit_idx" ON "shift_logs_entries" USING btree ("unit_id");
  CREATE INDEX "shift_logs_entries_complaint_idx" ON "shift_logs_entries" USING btree ("complaint_id");
  CREATE INDEX "shift_logs_entries_work_order_idx" ON "shift_logs_entries" USING btree ("work_order_id");
  CREATE INDEX "shift_logs_entries_recorded_by_idx" ON "shift_logs_entries" USING btree ("recorded_by_id");
  CREATE INDEX "shift_logs_open_items_order_idx" ON "shift_logs_open_items" USING btree ("_order");
  CREATE INDEX "shift_logs_open_items_parent_id_idx" ON "shift_logs_open_items" USING btree ("_parent_id");
  CREATE INDEX "shift_logs_equipment_order_idx" ON "shift_logs_equipment" USING btree ("_order");
  CREATE INDEX "shift_logs_equipment_parent_id_idx" ON "shift_logs_equipment" USING btree ("_parent_id");
  CREATE INDEX "shift_logs_post_idx" ON "shift_logs" USING btree ("post");
  CREATE INDEX "shift_logs_shift_date_idx" ON "shift_logs" USING btree ("shift_date");
  CREATE INDEX "shift_logs_status_idx" ON "shift_logs" USING btree ("status");
  CREATE UNIQUE INDEX "shift_logs_key_idx" ON "shift_logs" USING btree ("key");
  CREATE INDEX "shift_logs_on_duty_idx" ON "shift_logs" USING btree ("on_duty_id");
  CREATE INDEX "shift_logs_signed_by_idx" ON "shift_logs" USING btree ("signed_by_id");
  CREATE INDEX "shift_logs_incoming_idx" ON "shift_logs" USING btree ("incoming_id");
  CREATE INDEX "shift_logs_refused_by_idx" ON "shift_logs" USING btree ("refused_by_id");
  CREATE INDEX "shift_logs_reviewed_by_idx" ON "shift_logs" USING btree ("reviewed_by_id");
  CREATE INDEX "shift_logs_updated_at_idx" ON "shift_logs" USING btree ("updated_at");
  CREATE INDEX "shift_logs_created_at_idx" ON "shift_logs" USING btree ("created_at");
  CREATE INDEX "post_startsAt_idx" ON "shift_logs" USING btree ("post","starts_at");
  CREATE INDEX "status_shiftDate_idx" ON "shift_logs" USING btree ("status","shift_date");
  CREATE INDEX "office_settings_director_approves_kinds_order_idx" ON "office_settings_director_approves_kinds" USING btree ("order");
  CREATE INDEX "office_settings_director_approves_kinds_parent_idx" ON "office_settings_director_approves_kinds" USING btree ("parent_id");
  CREATE INDEX "office_settings_front_desk_shifts_order_idx" ON "office_settings_front_desk_shifts" USING btree ("_order");
  CREATE INDEX "office_settings_front_desk_shifts_parent_id_idx" ON "office_settings_front_desk_shifts" USING btree ("_parent_id");
  ALTER TABLE "complaint_reports" ADD CONSTRAINT "complaint_reports_approval_proposed_by_id_users_id_fk" FOREIGN KEY ("approval_proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reports" ADD CONSTRAINT "complaint_reports_approval_last_action_by_id_users_id_fk" FOREIGN KEY ("approval_last_action_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_violations_fk" FOREIGN KEY ("violations_id") REFERENCES "public"."violations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_issued_notices_fk" FOREIGN KEY ("issued_notices_id") REFERENCES "public"."issued_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_archived_documents_fk" FOREIGN KEY ("archived_documents_id") REFERENCES "public"."archived_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_loans_fk" FOREIGN KEY ("document_loans_id") REFERENCES "public"."document_loans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_destructions_fk" FOREIGN KEY ("document_destructions_id") REFERENCES "public"."document_destructions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_acknowledgements_fk" FOREIGN KEY ("document_acknowledgements_id") REFERENCES "public"."document_acknowledgements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_archive_inspections_fk" FOREIGN KEY ("archive_inspections_id") REFERENCES "public"."archive_inspections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_log_fk" FOREIGN KEY ("approval_log_id") REFERENCES "public"."approval_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_shift_logs_fk" FOREIGN KEY ("shift_logs_id") REFERENCES "public"."shift_logs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "kind_registeredAt_idx" ON "complaints" USING btree ("kind","registered_at");
  CREATE INDEX "status_kind_severity_resolveDueAt_idx" ON "complaints" USING btree ("status","kind","severity","resolve_due_at");
  CREATE INDEX "complaint_reports_approval_approval_status_idx" ON "complaint_reports" USING btree ("approval_status");
  CREATE INDEX "complaint_reports_approval_approval_awaiting_roles_idx" ON "complaint_reports" USING btree ("approval_awaiting_roles");
  CREATE INDEX "complaint_reports_approval_approval_proposed_by_idx" ON "complaint_reports" USING btree ("approval_proposed_by_id");
  CREATE INDEX "complaint_reports_approval_approval_last_action_by_idx" ON "complaint_reports" USING btree ("approval_last_action_by_id");
  CREATE INDEX "payload_locked_documents_rels_violations_id_idx" ON "payload_locked_documents_rels" USING btree ("violations_id");
  CREATE INDEX "payload_locked_documents_rels_issued_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("issued_notices_id");
  CREATE INDEX "payload_locked_documents_rels_archived_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("archived_documents_id");
  CREATE INDEX "payload_locked_documents_rels_document_loans_id_idx" ON "payload_locked_documents_rels" USING btree ("document_loans_id");
  CREATE INDEX "payload_locked_documents_rels_document_destructions_id_idx" ON "payload_locked_documents_rels" USING btree ("document_destructions_id");
  CREATE INDEX "payload_locked_documents_rels_document_acknowledgements__idx" ON "payload_locked_documents_rels" USING btree ("document_acknowledgements_id");
  CREATE INDEX "payload_locked_documents_rels_archive_inspections_id_idx" ON "payload_locked_documents_rels" USING btree ("archive_inspections_id");
  CREATE INDEX "payload_locked_documents_rels_approval_log_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_log_id");
  CREATE INDEX "payload_locked_documents_rels_shift_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("shift_logs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "violations_measures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "violations_payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "violations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "violations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "issued_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "archived_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_archived_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_loans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_loans_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_destructions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_acknowledgements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "archive_inspections_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "archive_inspections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shift_logs_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shift_logs_open_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shift_logs_equipment" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shift_logs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings_director_approves_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings_front_desk_shifts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "violations_measures" CASCADE;
  DROP TABLE "violations_payments" CASCADE;
  DROP TABLE "violations" CASCADE;
  DROP TABLE "violations_rels" CASCADE;
  DROP TABLE "issued_notices" CASCADE;
  DROP TABLE "archived_documents" CASCADE;
  DROP TABLE "_archived_documents_v" CASCADE;
  DROP TABLE "document_loans" CASCADE;
  DROP TABLE "document_loans_rels" CASCADE;
  DROP TABLE "document_destructions" CASCADE;
  DROP TABLE "document_acknowledgements" CASCADE;
  DROP TABLE "archive_inspections_items" CASCADE;
  DROP TABLE "archive_inspections" CASCADE;
  DROP TABLE "approval_log" CASCADE;
  DROP TABLE "shift_logs_entries" CASCADE;
  DROP TABLE "shift_logs_open_items" CASCADE;
  DROP TABLE "shift_logs_equipment" CASCADE;
  DROP TABLE "shift_logs" CASCADE;
  DROP TABLE "office_settings_director_approves_kinds" CASCADE;
  DROP TABLE "office_settings_front_desk_shifts" CASCADE;
  ALTER TABLE "complaint_reports" DROP CONSTRAINT "complaint_reports_approval_proposed_by_id_users_id_fk";
  
  ALTER TABLE "complaint_reports" DROP CONSTRAINT "complaint_reports_approval_last_action_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_violations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_issued_notices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_archived_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_loans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_destructions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_acknowledgements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_archive_inspections_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approval_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_shift_logs_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "kind_registeredAt_idx";
  DROP INDEX "status_kind_severity_resolveDueAt_idx";
  DROP INDEX "complaint_reports_approval_approval_status_idx";
  DROP INDEX "complaint_reports_approval_approval_awaiting_roles_idx";
  DROP INDEX "complaint_reports_approval_approval_proposed_by_idx";
  DROP INDEX "complaint_reports_approval_approval_last_action_by_idx";
  DROP INDEX "payload_locked_documents_rels_violations_id_idx";
  DROP INDEX "payload_locked_documents_rels_issued_notices_id_idx";
  DROP INDEX "payload_locked_documents_rels_archived_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_loans_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_destructions_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_acknowledgements__idx";
  DROP INDEX "payload_locked_documents_rels_archive_inspections_id_idx";
  DROP INDEX "payload_locked_documents_rels_approval_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_shift_logs_id_idx";
  ALTER TABLE "users" DROP COLUMN "duty_post";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_status";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_chain";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_step";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_round";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_awaiting_roles";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_content_hash";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_proposed_by_id";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_last_action_by_id";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_last_action_at";
  ALTER TABLE "complaint_reports" DROP COLUMN "approval_last_comment";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "violations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "issued_notices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "archived_documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_loans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_destructions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_acknowledgements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "archive_inspections_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "shift_logs_id";
  ALTER TABLE "office_settings" DROP COLUMN "allow_same_signer";
  ALTER TABLE "office_settings" DROP COLUMN "late_fee_rate_per_day";
  ALTER TABLE "office_settings" DROP COLUMN "late_fee_cap_ratio";
  ALTER TABLE "office_settings" DROP COLUMN "compensation_cap";
  ALTER TABLE "office_settings" DROP COLUMN "document_number_pattern";
  ALTER TABLE "office_settings" DROP COLUMN "version_scheme";
  DROP TYPE "public"."enum_users_duty_post";
  DROP TYPE "public"."enum_complaint_reports_approval_status";
  DROP TYPE "public"."enum_violations_measures_measure";
  DROP TYPE "public"."enum_violations_status";
  DROP TYPE "public"."enum_violations_kind";
  DROP TYPE "public"."enum_violations_sub_kind";
  DROP TYPE "public"."enum_violations_severity";
  DROP TYPE "public"."enum_violations_responsible_role";
  DROP TYPE "public"."enum_violations_next_measure";
  DROP TYPE "public"."enum_violations_decision_measure";
  DROP TYPE "public"."enum_violations_approval_status";
  DROP TYPE "public"."enum_issued_notices_type";
  DROP TYPE "public"."enum_archived_documents_lifecycle";
  DROP TYPE "public"."enum_archived_documents_kind";
  DROP TYPE "public"."enum_archived_documents_department";
  DROP TYPE "public"."enum_archived_documents_confidentiality";
  DROP TYPE "public"."enum_archived_documents_approval_status";
  DROP TYPE "public"."enum_archived_documents_status";
  DROP TYPE "public"."enum__archived_documents_v_version_kind";
  DROP TYPE "public"."enum__archived_documents_v_version_department";
  DROP TYPE "public"."enum__archived_documents_v_version_confidentiality";
  DROP TYPE "public"."enum__archived_documents_v_version_approval_status";
  DROP TYPE "public"."enum__archived_documents_v_version_status";
  DROP TYPE "public"."enum_document_loans_status";
  DROP TYPE "public"."enum_document_loans_approval_status";
  DROP TYPE "public"."enum_document_destructions_method";
  DROP TYPE "public"."enum_document_destructions_status";
  DROP TYPE "public"."enum_document_destructions_approval_status";
  DROP TYPE "public"."enum_archive_inspections_items_condition";
  DROP TYPE "public"."enum_archive_inspections_condition";
  DROP TYPE "public"."enum_approval_log_meaning";
  DROP TYPE "public"."enum_approval_log_role";
  DROP TYPE "public"."enum_shift_logs_entries_kind";
  DROP TYPE "public"."enum_shift_logs_entries_priority";
  DROP TYPE "public"."enum_shift_logs_entries_owner_confirm_method";
  DROP TYPE "public"."enum_shift_logs_post";
  DROP TYPE "public"."enum_shift_logs_status";
  DROP TYPE "public"."enum_office_settings_director_approves_kinds";
  DROP TYPE "public"."enum_office_settings_version_scheme";`)
}
