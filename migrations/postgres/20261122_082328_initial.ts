import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  CREATE TYPE "public"."enum_users_department" AS ENUM('customer-service', 'engineering', 'security', 'management', 'documents', 'admin-office');
  CREATE TYPE "public"."enum_units_use" AS ENUM('residential', 'commercial', 'office');
  CREATE TYPE "public"."enum_units_status" AS ENUM('vacant', 'occupied', 'renovating', 'developer-repair');
  CREATE TYPE "public"."enum_residents_deposits_kind" AS ENUM('renovation', 'keys', 'other');
  CREATE TYPE "public"."enum_residents_fee_records_kind" AS ENUM('payment', 'arrears');
  CREATE TYPE "public"."enum_residents_files_kind" AS ENUM('move-in-form', 'renovation', 'correspondence', 'other');
  CREATE TYPE "public"."enum_residents_kind" AS ENUM('owner', 'tenant', 'commercial-tenant');
  CREATE TYPE "public"."enum_residents_status" AS ENUM('active', 'moved-out');
  CREATE TYPE "public"."enum_residents_company_type" AS ENUM('retail', 'catering', 'services', 'office', 'other');
  CREATE TYPE "public"."enum_residents_id_type" AS ENUM('mainland-id', 'hk-macao-taiwan', 'passport', 'other');
  CREATE TYPE "public"."enum_residents_move_in_keys_arrangement" AS ENUM('handed-over', 'custody');
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
  CREATE TYPE "public"."enum_work_orders_materials_source" AS ENUM('company', 'resident');
  CREATE TYPE "public"."enum_work_orders_materials_check" AS ENUM('pass', 'fail');
  CREATE TYPE "public"."enum_work_orders_breaches_notified" AS ENUM('dispatch', 'arrival');
  CREATE TYPE "public"."enum_work_orders_status" AS ENUM('registered', 'dispatched', 'on-site', 'completed', 'pending-revisit');
  CREATE TYPE "public"."enum_work_orders_source" AS ENUM('phone', 'visit', 'complaint', 'inspection');
  CREATE TYPE "public"."enum_work_orders_category" AS ENUM('plumbing', 'electrical', 'doors-windows', 'walls-floors', 'appliances', 'other');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'login-failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints', 'escalateWorkOrders');
  CREATE TYPE "public"."enum_office_settings_complaint_visit_method" AS ENUM('face-to-face', 'phone', 'written', 'meeting');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"department" "enum_users_department",
  	"manager_id" integer,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"estate" varchar DEFAULT '翠湖花园' NOT NULL,
  	"building" varchar NOT NULL,
  	"floor" numeric NOT NULL,
  	"number" varchar NOT NULL,
  	"area" numeric NOT NULL,
  	"use" "enum_units_use" DEFAULT 'residential' NOT NULL,
  	"status" "enum_units_status" DEFAULT 'vacant' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "residents_emergency_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"relation" varchar,
  	"phone" varchar NOT NULL
  );
  
  CREATE TABLE "residents_deposits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_residents_deposits_kind" NOT NULL,
  	"amount" numeric NOT NULL,
  	"receipt_no" varchar,
  	"date" timestamp(3) with time zone,
  	"refunded" boolean DEFAULT false
  );
  
  CREATE TABLE "residents_fee_records" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_residents_fee_records_kind" NOT NULL,
  	"period" varchar,
  	"amount" numeric NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "residents_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_residents_files_kind" NOT NULL,
  	"file_id" integer NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "residents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_residents_kind" DEFAULT 'owner' NOT NULL,
  	"name" varchar NOT NULL,
  	"archive_no" varchar,
  	"status" "enum_residents_status" DEFAULT 'active' NOT NULL,
  	"company_name" varchar,
  	"company_type" "enum_residents_company_type",
  	"phone" varchar,
  	"email" varchar,
  	"id_type" "enum_residents_id_type" DEFAULT 'mainland-id',
  	"id_number" varchar,
  	"notes" varchar,
  	"move_in_registration_form_done" boolean DEFAULT false,
  	"move_in_registration_form_date" timestamp(3) with time zone,
  	"move_in_registration_form_staff_id" integer,
  	"move_in_service_agreement_done" boolean DEFAULT false,
  	"move_in_service_agreement_date" timestamp(3) with time zone,
  	"move_in_service_agreement_staff_id" integer,
  	"move_in_handbook_done" boolean DEFAULT false,
  	"move_in_handbook_date" timestamp(3) with time zone,
  	"move_in_handbook_staff_id" integer,
  	"move_in_fees_done" boolean DEFAULT false,
  	"move_in_fees_date" timestamp(3) with time zone,
  	"move_in_fees_staff_id" integer,
  	"move_in_joint_inspection_done" boolean DEFAULT false,
  	"move_in_joint_inspection_date" timestamp(3) with time zone,
  	"move_in_joint_inspection_staff_id" integer,
  	"move_in_keys_done" boolean DEFAULT false,
  	"move_in_keys_date" timestamp(3) with time zone,
  	"move_in_keys_staff_id" integer,
  	"move_in_keys_arrangement" "enum_residents_move_in_keys_arrangement",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "residents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
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
  	"complaint_id" integer,
  	"work_order_id" integer,
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
  
  CREATE TABLE "work_orders_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer,
  	"description" varchar,
  	"quantity" numeric DEFAULT 1,
  	"unit_price" numeric,
  	"amount" numeric,
  	"on_site_price" boolean,
  	"agreed_by_resident" boolean
  );
  
  CREATE TABLE "work_orders_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_work_orders_materials_source" DEFAULT 'company' NOT NULL,
  	"name" varchar NOT NULL,
  	"quantity" numeric NOT NULL,
  	"unit_cost" numeric,
  	"cost" numeric,
  	"check" "enum_work_orders_materials_check"
  );
  
  CREATE TABLE "work_orders_breaches_notified" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_work_orders_breaches_notified",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "work_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"status" "enum_work_orders_status" DEFAULT 'registered',
  	"registered_at" timestamp(3) with time zone,
  	"commercial" boolean DEFAULT false,
  	"source" "enum_work_orders_source" DEFAULT 'phone' NOT NULL,
  	"complaint_id" integer,
  	"category" "enum_work_orders_category" DEFAULT 'other' NOT NULL,
  	"unit_id" integer NOT NULL,
  	"resident_id" integer,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"fault" varchar NOT NULL,
  	"location" varchar,
  	"at_home" varchar,
  	"details" varchar,
  	"paid" boolean DEFAULT false,
  	"total" numeric,
  	"payment_received" boolean DEFAULT false,
  	"receipt_no" varchar,
  	"paid_at" timestamp(3) with time zone,
  	"engineer_id" integer,
  	"dispatched_at" timestamp(3) with time zone,
  	"arrived_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"materials_cost" numeric,
  	"engineer_notes" varchar,
  	"result" varchar,
  	"resident_signoff_name" varchar,
  	"resident_signoff_at" timestamp(3) with time zone,
  	"no_signoff_reason" varchar,
  	"signature_id" integer,
  	"unfinished_reason" varchar,
  	"made_safe" varchar,
  	"next_appointment" timestamp(3) with time zone,
  	"informed_customer_service_at" timestamp(3) with time zone,
  	"dispatch_due_at" timestamp(3) with time zone,
  	"dispatch_met" boolean,
  	"minutes_to_dispatch" numeric,
  	"arrival_due_at" timestamp(3) with time zone,
  	"arrival_met" boolean,
  	"minutes_to_arrive" numeric,
  	"return_visit_required" boolean DEFAULT false,
  	"registered_by_id" integer,
  	"dispatched_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "price_list" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL,
  	"unit" varchar DEFAULT '次' NOT NULL,
  	"price" numeric NOT NULL,
  	"effective_date" timestamp(3) with time zone,
  	"active" boolean DEFAULT true,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"description" varchar,
  	"uploaded_by_id" integer,
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
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"doc_id" varchar,
  	"user_id" integer,
  	"user_email" varchar,
  	"changed_fields" jsonb,
  	"ip" varchar,
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
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
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
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"units_id" integer,
  	"residents_id" integer,
  	"complaints_id" integer,
  	"return_visits_id" integer,
  	"incidents_id" integer,
  	"complaint_reports_id" integer,
  	"work_orders_id" integer,
  	"price_list_id" integer,
  	"attachments_id" integer,
  	"audit_log_id" integer,
  	"counters_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
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
  	"commercial_dispatch_minutes" numeric DEFAULT 20,
  	"dispatch_minutes" numeric DEFAULT 5,
  	"arrival_minutes" numeric DEFAULT 30,
  	"payment_before_dispatch" boolean DEFAULT false,
  	"repair_visit_rate" numeric DEFAULT 20,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents_emergency_contacts" ADD CONSTRAINT "residents_emergency_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_deposits" ADD CONSTRAINT "residents_deposits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_fee_records" ADD CONSTRAINT "residents_fee_records_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_files" ADD CONSTRAINT "residents_files_file_id_attachments_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents_files" ADD CONSTRAINT "residents_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_move_in_registration_form_staff_id_users_id_fk" FOREIGN KEY ("move_in_registration_form_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_move_in_service_agreement_staff_id_users_id_fk" FOREIGN KEY ("move_in_service_agreement_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_move_in_handbook_staff_id_users_id_fk" FOREIGN KEY ("move_in_handbook_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_move_in_fees_staff_id_users_id_fk" FOREIGN KEY ("move_in_fees_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_move_in_joint_inspection_staff_id_users_id_fk" FOREIGN KEY ("move_in_joint_inspection_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_move_in_keys_staff_id_users_id_fk" FOREIGN KEY ("move_in_keys_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents_rels" ADD CONSTRAINT "residents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_rels" ADD CONSTRAINT "residents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reports_corrective_actions" ADD CONSTRAINT "complaint_reports_corrective_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reports_corrective_actions" ADD CONSTRAINT "complaint_reports_corrective_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaint_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_reports_preventive_actions" ADD CONSTRAINT "complaint_reports_preventive_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reports_preventive_actions" ADD CONSTRAINT "complaint_reports_preventive_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaint_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_reports" ADD CONSTRAINT "complaint_reports_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders_lines" ADD CONSTRAINT "work_orders_lines_item_id_price_list_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."price_list"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders_lines" ADD CONSTRAINT "work_orders_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_orders_materials" ADD CONSTRAINT "work_orders_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_orders_breaches_notified" ADD CONSTRAINT "work_orders_breaches_notified_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_engineer_id_users_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_signature_id_attachments_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_registered_by_id_users_id_fk" FOREIGN KEY ("registered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_dispatched_by_id_users_id_fk" FOREIGN KEY ("dispatched_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaints_fk" FOREIGN KEY ("complaints_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_return_visits_fk" FOREIGN KEY ("return_visits_id") REFERENCES "public"."return_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_incidents_fk" FOREIGN KEY ("incidents_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_reports_fk" FOREIGN KEY ("complaint_reports_id") REFERENCES "public"."complaint_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_orders_fk" FOREIGN KEY ("work_orders_id") REFERENCES "public"."work_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_price_list_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counters_fk" FOREIGN KEY ("counters_id") REFERENCES "public"."counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_manager_idx" ON "users" USING btree ("manager_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "units_code_idx" ON "units" USING btree ("code");
  CREATE INDEX "units_building_idx" ON "units" USING btree ("building");
  CREATE INDEX "units_use_idx" ON "units" USING btree ("use");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE UNIQUE INDEX "building_number_idx" ON "units" USING btree ("building","number");
  CREATE INDEX "residents_emergency_contacts_order_idx" ON "residents_emergency_contacts" USING btree ("_order");
  CREATE INDEX "residents_emergency_contacts_parent_id_idx" ON "residents_emergency_contacts" USING btree ("_parent_id");
  CREATE INDEX "residents_deposits_order_idx" ON "residents_deposits" USING btree ("_order");
  CREATE INDEX "residents_deposits_parent_id_idx" ON "residents_deposits" USING btree ("_parent_id");
  CREATE INDEX "residents_fee_records_order_idx" ON "residents_fee_records" USING btree ("_order");
  CREATE INDEX "residents_fee_records_parent_id_idx" ON "residents_fee_records" USING btree ("_parent_id");
  CREATE INDEX "residents_files_order_idx" ON "residents_files" USING btree ("_order");
  CREATE INDEX "residents_files_parent_id_idx" ON "residents_files" USING btree ("_parent_id");
  CREATE INDEX "residents_files_file_idx" ON "residents_files" USING btree ("file_id");
  CREATE UNIQUE INDEX "residents_archive_no_idx" ON "residents" USING btree ("archive_no");
  CREATE INDEX "residents_move_in_registration_form_move_in_registration_idx" ON "residents" USING btree ("move_in_registration_form_staff_id");
  CREATE INDEX "residents_move_in_service_agreement_move_in_service_agre_idx" ON "residents" USING btree ("move_in_service_agreement_staff_id");
  CREATE INDEX "residents_move_in_handbook_move_in_handbook_staff_idx" ON "residents" USING btree ("move_in_handbook_staff_id");
  CREATE INDEX "residents_move_in_fees_move_in_fees_staff_idx" ON "residents" USING btree ("move_in_fees_staff_id");
  CREATE INDEX "residents_move_in_joint_inspection_move_in_joint_inspect_idx" ON "residents" USING btree ("move_in_joint_inspection_staff_id");
  CREATE INDEX "residents_move_in_keys_move_in_keys_staff_idx" ON "residents" USING btree ("move_in_keys_staff_id");
  CREATE INDEX "residents_updated_at_idx" ON "residents" USING btree ("updated_at");
  CREATE INDEX "residents_created_at_idx" ON "residents" USING btree ("created_at");
  CREATE INDEX "residents_rels_order_idx" ON "residents_rels" USING btree ("order");
  CREATE INDEX "residents_rels_parent_idx" ON "residents_rels" USING btree ("parent_id");
  CREATE INDEX "residents_rels_path_idx" ON "residents_rels" USING btree ("path");
  CREATE INDEX "residents_rels_units_id_idx" ON "residents_rels" USING btree ("units_id");
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
  CREATE INDEX "return_visits_work_order_idx" ON "return_visits" USING btree ("work_order_id");
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
  CREATE INDEX "work_orders_lines_order_idx" ON "work_orders_lines" USING btree ("_order");
  CREATE INDEX "work_orders_lines_parent_id_idx" ON "work_orders_lines" USING btree ("_parent_id");
  CREATE INDEX "work_orders_lines_item_idx" ON "work_orders_lines" USING btree ("item_id");
  CREATE INDEX "work_orders_materials_order_idx" ON "work_orders_materials" USING btree ("_order");
  CREATE INDEX "work_orders_materials_parent_id_idx" ON "work_orders_materials" USING btree ("_parent_id");
  CREATE INDEX "work_orders_breaches_notified_order_idx" ON "work_orders_breaches_notified" USING btree ("order");
  CREATE INDEX "work_orders_breaches_notified_parent_idx" ON "work_orders_breaches_notified" USING btree ("parent_id");
  CREATE UNIQUE INDEX "work_orders_number_idx" ON "work_orders" USING btree ("number");
  CREATE INDEX "work_orders_status_idx" ON "work_orders" USING btree ("status");
  CREATE INDEX "work_orders_registered_at_idx" ON "work_orders" USING btree ("registered_at");
  CREATE INDEX "work_orders_complaint_idx" ON "work_orders" USING btree ("complaint_id");
  CREATE INDEX "work_orders_unit_idx" ON "work_orders" USING btree ("unit_id");
  CREATE INDEX "work_orders_resident_idx" ON "work_orders" USING btree ("resident_id");
  CREATE INDEX "work_orders_engineer_idx" ON "work_orders" USING btree ("engineer_id");
  CREATE INDEX "work_orders_signature_idx" ON "work_orders" USING btree ("signature_id");
  CREATE INDEX "work_orders_registered_by_idx" ON "work_orders" USING btree ("registered_by_id");
  CREATE INDEX "work_orders_dispatched_by_idx" ON "work_orders" USING btree ("dispatched_by_id");
  CREATE INDEX "work_orders_updated_at_idx" ON "work_orders" USING btree ("updated_at");
  CREATE INDEX "work_orders_created_at_idx" ON "work_orders" USING btree ("created_at");
  CREATE INDEX "status_registeredAt_1_idx" ON "work_orders" USING btree ("status","registered_at");
  CREATE INDEX "engineer_status_idx" ON "work_orders" USING btree ("engineer_id","status");
  CREATE INDEX "price_list_updated_at_idx" ON "price_list" USING btree ("updated_at");
  CREATE INDEX "price_list_created_at_idx" ON "price_list" USING btree ("created_at");
  CREATE INDEX "attachments_uploaded_by_idx" ON "attachments" USING btree ("uploaded_by_id");
  CREATE INDEX "attachments_updated_at_idx" ON "attachments" USING btree ("updated_at");
  CREATE INDEX "attachments_created_at_idx" ON "attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "attachments_filename_idx" ON "attachments" USING btree ("filename");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "collectionSlug_docId_idx" ON "audit_log" USING btree ("collection_slug","doc_id");
  CREATE UNIQUE INDEX "counters_key_idx" ON "counters" USING btree ("key");
  CREATE INDEX "counters_updated_at_idx" ON "counters" USING btree ("updated_at");
  CREATE INDEX "counters_created_at_idx" ON "counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
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
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_residents_id_idx" ON "payload_locked_documents_rels" USING btree ("residents_id");
  CREATE INDEX "payload_locked_documents_rels_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("complaints_id");
  CREATE INDEX "payload_locked_documents_rels_return_visits_id_idx" ON "payload_locked_documents_rels" USING btree ("return_visits_id");
  CREATE INDEX "payload_locked_documents_rels_incidents_id_idx" ON "payload_locked_documents_rels" USING btree ("incidents_id");
  CREATE INDEX "payload_locked_documents_rels_complaint_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_reports_id");
  CREATE INDEX "payload_locked_documents_rels_work_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("work_orders_id");
  CREATE INDEX "payload_locked_documents_rels_price_list_id_idx" ON "payload_locked_documents_rels" USING btree ("price_list_id");
  CREATE INDEX "payload_locked_documents_rels_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("attachments_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("counters_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "residents_emergency_contacts" CASCADE;
  DROP TABLE "residents_deposits" CASCADE;
  DROP TABLE "residents_fee_records" CASCADE;
  DROP TABLE "residents_files" CASCADE;
  DROP TABLE "residents" CASCADE;
  DROP TABLE "residents_rels" CASCADE;
  DROP TABLE "complaints_breaches_notified" CASCADE;
  DROP TABLE "complaints" CASCADE;
  DROP TABLE "complaints_rels" CASCADE;
  DROP TABLE "return_visits_attempts" CASCADE;
  DROP TABLE "return_visits" CASCADE;
  DROP TABLE "incidents" CASCADE;
  DROP TABLE "complaint_reports_corrective_actions" CASCADE;
  DROP TABLE "complaint_reports_preventive_actions" CASCADE;
  DROP TABLE "complaint_reports" CASCADE;
  DROP TABLE "work_orders_lines" CASCADE;
  DROP TABLE "work_orders_materials" CASCADE;
  DROP TABLE "work_orders_breaches_notified" CASCADE;
  DROP TABLE "work_orders" CASCADE;
  DROP TABLE "price_list" CASCADE;
  DROP TABLE "attachments" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "counters" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "office_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_department";
  DROP TYPE "public"."enum_units_use";
  DROP TYPE "public"."enum_units_status";
  DROP TYPE "public"."enum_residents_deposits_kind";
  DROP TYPE "public"."enum_residents_fee_records_kind";
  DROP TYPE "public"."enum_residents_files_kind";
  DROP TYPE "public"."enum_residents_kind";
  DROP TYPE "public"."enum_residents_status";
  DROP TYPE "public"."enum_residents_company_type";
  DROP TYPE "public"."enum_residents_id_type";
  DROP TYPE "public"."enum_residents_move_in_keys_arrangement";
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
  DROP TYPE "public"."enum_work_orders_materials_source";
  DROP TYPE "public"."enum_work_orders_materials_check";
  DROP TYPE "public"."enum_work_orders_breaches_notified";
  DROP TYPE "public"."enum_work_orders_status";
  DROP TYPE "public"."enum_work_orders_source";
  DROP TYPE "public"."enum_work_orders_category";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_office_settings_complaint_visit_method";`)
}
