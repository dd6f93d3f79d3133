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
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'login-failed');
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
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
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
  	"attachments_id" integer,
  	"audit_log_id" integer
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
  ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
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
  CREATE INDEX "attachments_uploaded_by_idx" ON "attachments" USING btree ("uploaded_by_id");
  CREATE INDEX "attachments_updated_at_idx" ON "attachments" USING btree ("updated_at");
  CREATE INDEX "attachments_created_at_idx" ON "attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "attachments_filename_idx" ON "attachments" USING btree ("filename");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "collectionSlug_docId_idx" ON "audit_log" USING btree ("collection_slug","doc_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_residents_id_idx" ON "payload_locked_documents_rels" USING btree ("residents_id");
  CREATE INDEX "payload_locked_documents_rels_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("attachments_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
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
  DROP TABLE "attachments" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
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
  DROP TYPE "public"."enum_audit_log_action";`)
}
