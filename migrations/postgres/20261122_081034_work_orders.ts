import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_work_orders_materials_source" AS ENUM('company', 'resident');
  CREATE TYPE "public"."enum_work_orders_materials_check" AS ENUM('pass', 'fail');
  CREATE TYPE "public"."enum_work_orders_breaches_notified" AS ENUM('dispatch', 'arrival');
  CREATE TYPE "public"."enum_work_orders_status" AS ENUM('registered', 'dispatched', 'on-site', 'completed', 'pending-revisit');
  CREATE TYPE "public"."enum_work_orders_source" AS ENUM('phone', 'visit', 'complaint', 'inspection');
  CREATE TYPE "public"."enum_work_orders_category" AS ENUM('plumbing', 'electrical', 'doors-windows', 'walls-floors', 'appliances', 'other');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'escalateWorkOrders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'escalateWorkOrders';
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
  
  ALTER TABLE "return_visits" ALTER COLUMN "complaint_id" DROP NOT NULL;
  ALTER TABLE "return_visits" ADD COLUMN "work_order_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "work_orders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "price_list_id" integer;
  ALTER TABLE "office_settings" ADD COLUMN "commercial_dispatch_minutes" numeric DEFAULT 20;
  ALTER TABLE "office_settings" ADD COLUMN "dispatch_minutes" numeric DEFAULT 5;
  ALTER TABLE "office_settings" ADD COLUMN "arrival_minutes" numeric DEFAULT 30;
  ALTER TABLE "office_settings" ADD COLUMN "payment_before_dispatch" boolean DEFAULT false;
  ALTER TABLE "office_settings" ADD COLUMN "repair_visit_rate" numeric DEFAULT 20;
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
  ALTER TABLE "return_visits" ADD CONSTRAINT "return_visits_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_orders_fk" FOREIGN KEY ("work_orders_id") REFERENCES "public"."work_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_price_list_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_list"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "return_visits_work_order_idx" ON "return_visits" USING btree ("work_order_id");
  CREATE INDEX "payload_locked_documents_rels_work_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("work_orders_id");
  CREATE INDEX "payload_locked_documents_rels_price_list_id_idx" ON "payload_locked_documents_rels" USING btree ("price_list_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "work_orders_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_orders_materials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_orders_breaches_notified" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_orders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "price_list" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "work_orders_lines" CASCADE;
  DROP TABLE "work_orders_materials" CASCADE;
  DROP TABLE "work_orders_breaches_notified" CASCADE;
  DROP TABLE "work_orders" CASCADE;
  DROP TABLE "price_list" CASCADE;
  ALTER TABLE "return_visits" DROP CONSTRAINT "return_visits_work_order_id_work_orders_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_work_orders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_price_list_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'escalateOverdueComplaints');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "return_visits_work_order_idx";
  DROP INDEX "payload_locked_documents_rels_work_orders_id_idx";
  DROP INDEX "payload_locked_documents_rels_price_list_id_idx";
  ALTER TABLE "return_visits" ALTER COLUMN "complaint_id" SET NOT NULL;
  ALTER TABLE "return_visits" DROP COLUMN "work_order_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "work_orders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "price_list_id";
  ALTER TABLE "office_settings" DROP COLUMN "commercial_dispatch_minutes";
  ALTER TABLE "office_settings" DROP COLUMN "dispatch_minutes";
  ALTER TABLE "office_settings" DROP COLUMN "arrival_minutes";
  ALTER TABLE "office_settings" DROP COLUMN "payment_before_dispatch";
  ALTER TABLE "office_settings" DROP COLUMN "repair_visit_rate";
  DROP TYPE "public"."enum_work_orders_materials_source";
  DROP TYPE "public"."enum_work_orders_materials_check";
  DROP TYPE "public"."enum_work_orders_breaches_notified";
  DROP TYPE "public"."enum_work_orders_status";
  DROP TYPE "public"."enum_work_orders_source";
  DROP TYPE "public"."enum_work_orders_category";`)
}
