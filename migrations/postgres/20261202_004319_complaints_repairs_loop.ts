import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaints_verdict" AS ENUM('substantiated', 'unsubstantiated');
  CREATE TYPE "public"."enum_complaints_reply_method" AS ENUM('phone', 'visit', 'letter');
  CREATE TYPE "public"."enum_complaints_confirmation_method" AS ENUM('signature', 'phone', 'in-person', 'written');
  CREATE TYPE "public"."enum_office_settings_department_heads_department" AS ENUM('customer-service', 'engineering', 'security', 'cleaning', 'management', 'finance', 'documents', 'admin-office');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'general-manager' BEFORE 'director';
  ALTER TYPE "public"."enum_work_orders_breaches_notified" ADD VALUE 'receipt' BEFORE 'arrival';
  ALTER TYPE "public"."enum_violations_responsible_role" ADD VALUE 'general-manager' BEFORE 'director';
  ALTER TYPE "public"."enum_archived_documents_acknowledge_roles" ADD VALUE 'general-manager' BEFORE 'director';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'dispatchSummary' BEFORE 'workOrder';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'complaintAnalysis' BEFORE 'workOrder';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'repairQuote' BEFORE 'dispatchRegister';
  ALTER TYPE "public"."enum_archived_documents_printed_form" ADD VALUE 'repairSummary' BEFORE 'dispatchRegister';
  ALTER TYPE "public"."enum__archived_documents_v_version_acknowledge_roles" ADD VALUE 'general-manager' BEFORE 'director';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'dispatchSummary' BEFORE 'workOrder';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'complaintAnalysis' BEFORE 'workOrder';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'repairQuote' BEFORE 'dispatchRegister';
  ALTER TYPE "public"."enum__archived_documents_v_version_printed_form" ADD VALUE 'repairSummary' BEFORE 'dispatchRegister';
  ALTER TYPE "public"."enum_approval_log_role" ADD VALUE 'general-manager' BEFORE 'director';
  ALTER TYPE "public"."enum_follow_ups_source_kind" ADD VALUE 'complaint-reply' BEFORE 'suggestion';
  CREATE TABLE "complaint_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name_zh" varchar NOT NULL,
  	"name_en" varchar,
  	"emergency" boolean DEFAULT false,
  	"retired" boolean DEFAULT false,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "office_settings_department_heads" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"department" "enum_office_settings_department_heads_department" NOT NULL,
  	"user_id" integer NOT NULL
  );
  
  DROP INDEX "kind_registeredAt_idx";
  ALTER TABLE "complaints" ALTER COLUMN "category" SET DATA TYPE varchar USING "category"::varchar;
  ALTER TABLE "incidents" ALTER COLUMN "category" SET DATA TYPE varchar USING "category"::varchar;
  ALTER TABLE "office_settings" ALTER COLUMN "payment_before_dispatch" SET DEFAULT true;
  ALTER TABLE "complaints" ADD COLUMN "verdict" "enum_complaints_verdict";
  ALTER TABLE "complaints" ADD COLUMN "verdict_note" varchar;
  ALTER TABLE "complaints" ADD COLUMN "replied_at" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "replied_by_id" integer;
  ALTER TABLE "complaints" ADD COLUMN "reply_method" "enum_complaints_reply_method";
  ALTER TABLE "complaints" ADD COLUMN "next_reply_at" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "reply_summary" varchar;
  ALTER TABLE "complaints" ADD COLUMN "confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "confirmed_by_id" integer;
  ALTER TABLE "complaints" ADD COLUMN "confirmation_method" "enum_complaints_confirmation_method";
  ALTER TABLE "complaints" ADD COLUMN "confirmation_note" varchar;
  ALTER TABLE "complaints" ADD COLUMN "referred_at" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "referred_by_id" integer;
  ALTER TABLE "complaints" ADD COLUMN "referred_to_id" integer;
  ALTER TABLE "complaints" ADD COLUMN "referral_reason" varchar;
  ALTER TABLE "complaints" ADD COLUMN "office_head_decision" varchar;
  ALTER TABLE "complaints" ADD COLUMN "decided_at" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "decided_by_id" integer;
  ALTER TABLE "return_visits" ADD COLUMN "household" varchar;
  ALTER TABLE "complaint_reports" ADD COLUMN "head_comments_by_id" integer;
  ALTER TABLE "complaint_reports" ADD COLUMN "head_comments_at" timestamp(3) with time zone;
  ALTER TABLE "work_orders_lines" ADD COLUMN "agreed_by" varchar;
  ALTER TABLE "work_orders" ADD COLUMN "appointment_date" varchar;
  ALTER TABLE "work_orders" ADD COLUMN "appointment_from" varchar;
  ALTER TABLE "work_orders" ADD COLUMN "appointment_to" varchar;
  ALTER TABLE "work_orders" ADD COLUMN "quote_accepted_by" varchar;
  ALTER TABLE "work_orders" ADD COLUMN "quote_accepted_at" timestamp(3) with time zone;
  ALTER TABLE "work_orders" ADD COLUMN "quote_total" numeric;
  ALTER TABLE "work_orders" ADD COLUMN "received_by_id" integer;
  ALTER TABLE "work_orders" ADD COLUMN "received_at" timestamp(3) with time zone;
  ALTER TABLE "work_orders" ADD COLUMN "unfinished_at" timestamp(3) with time zone;
  ALTER TABLE "work_orders" ADD COLUMN "unfinished_signoff_name" varchar;
  ALTER TABLE "work_orders" ADD COLUMN "unfinished_no_signoff_reason" varchar;
  ALTER TABLE "work_orders" ADD COLUMN "returned_to_service_by_id" integer;
  ALTER TABLE "work_orders" ADD COLUMN "receipt_due_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaint_categories_id" integer;
  ALTER TABLE "office_settings" ADD COLUMN "targets_resolved_within24h" numeric DEFAULT 80;
  ALTER TABLE "office_settings" ADD COLUMN "targets_complaint_satisfaction" numeric DEFAULT 95;
  ALTER TABLE "office_settings" ADD COLUMN "targets_department_satisfaction" numeric DEFAULT 95;
  ALTER TABLE "office_settings" ADD COLUMN "targets_valid_complaints" numeric DEFAULT 1;
  ALTER TABLE "office_settings" ADD COLUMN "office_head_id" integer;
  ALTER TABLE "office_settings_department_heads" ADD CONSTRAINT "office_settings_department_heads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "office_settings_department_heads" ADD CONSTRAINT "office_settings_department_heads_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "complaint_categories_code_idx" ON "complaint_categories" USING btree ("code");
  CREATE INDEX "complaint_categories_retired_idx" ON "complaint_categories" USING btree ("retired");
  CREATE INDEX "complaint_categories_updated_at_idx" ON "complaint_categories" USING btree ("updated_at");
  CREATE INDEX "complaint_categories_created_at_idx" ON "complaint_categories" USING btree ("created_at");
  CREATE INDEX "office_settings_department_heads_order_idx" ON "office_settings_department_heads" USING btree ("_order");
  CREATE INDEX "office_settings_department_heads_parent_id_idx" ON "office_settings_department_heads" USING btree ("_parent_id");
  CREATE INDEX "office_settings_department_heads_user_idx" ON "office_settings_department_heads" USING btree ("user_id");
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_replied_by_id_users_id_fk" FOREIGN KEY ("replied_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_referred_by_id_users_id_fk" FOREIGN KEY ("referred_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_referred_to_id_users_id_fk" FOREIGN KEY ("referred_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reports" ADD CONSTRAINT "complaint_reports_head_comments_by_id_users_id_fk" FOREIGN KEY ("head_comments_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_received_by_id_users_id_fk" FOREIGN KEY ("received_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_returned_to_service_by_id_users_id_fk" FOREIGN KEY ("returned_to_service_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_categories_fk" FOREIGN KEY ("complaint_categories_id") REFERENCES "public"."complaint_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_settings" ADD CONSTRAINT "office_settings_office_head_id_users_id_fk" FOREIGN KEY ("office_head_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "complaints_replied_by_idx" ON "complaints" USING btree ("replied_by_id");
  CREATE INDEX "complaints_confirmed_by_idx" ON "complaints" USING btree ("confirmed_by_id");
  CREATE INDEX "complaints_referred_by_idx" ON "complaints" USING btree ("referred_by_id");
  CREATE INDEX "complaints_referred_to_idx" ON "complaints" USING btree ("referred_to_id");
  CREATE INDEX "complaints_decided_by_idx" ON "complaints" USING btree ("decided_by_id");
  CREATE INDEX "kind_registeredAt_verdict_idx" ON "complaints" USING btree ("kind","registered_at","verdict");
  CREATE INDEX "compound_index_idx" ON "complaints" USING btree ("registered_at","kind","category","severity","channel","building","verified_on_time","resolved_within24h","resolved_at","resolved_on_time","verdict");
  CREATE INDEX "recordedAt_status_overall_household_complaint_workOrder_idx" ON "return_visits" USING btree ("recorded_at","status","overall","household","complaint_id","work_order_id");
  CREATE INDEX "complaint_reports_head_comments_by_idx" ON "complaint_reports" USING btree ("head_comments_by_id");
  CREATE INDEX "work_orders_received_by_idx" ON "work_orders" USING btree ("received_by_id");
  CREATE INDEX "work_orders_returned_to_service_by_idx" ON "work_orders" USING btree ("returned_to_service_by_id");
  CREATE INDEX "payload_locked_documents_rels_complaint_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_categories_id");
  CREATE INDEX "office_settings_office_head_idx" ON "office_settings" USING btree ("office_head_id");
  DROP TYPE "public"."enum_complaints_category";
  DROP TYPE "public"."enum_incidents_category";`)

  // Backfills of this round: the data the new rules read, not only their columns.
  // Complaint categories become office data: today's list, so the office can edit it at once
  // (src/domain/complaints/categories.ts, DEFAULT_COMPLAINT_CATEGORIES).
  await db.execute(sql`INSERT INTO "complaint_categories" ("code", "name_zh", "name_en", "emergency", "order") VALUES
    ('renovation-noise', '装修噪音', 'Renovation noise', false, 10),
    ('public-facilities', '公共设施损坏', 'Broken public facilities', false, 20),
    ('in-unit-repair', '户内维修', 'In-unit repair', false, 30),
    ('lost-mail', '邮件报刊丢失', 'Lost mail or papers', false, 40),
    ('cleaning-greenery', '清洁绿化', 'Cleaning and greenery', false, 50),
    ('pests', '虫鼠害', 'Pests', false, 60),
    ('office-service', '服务态度与质量', 'Service of the office', false, 70),
    ('parking', '停车管理', 'Parking', false, 80),
    ('security', '秩序维护', 'Security and order', false, 90),
    ('fees', '收费问题', 'Fees', false, 100),
    ('other', '其他', 'Other', false, 110),
    ('fire', '火灾', 'Fire', true, 120),
    ('lift-entrapment', '电梯困人', 'People trapped in a lift', true, 130),
    ('explosion', '爆炸', 'Explosion', true, 140),
    ('power-cut', '突然停电', 'Sudden power cut', true, 150),
    ('flooding', '水浸', 'Flooding', true, 160),
    ('theft-crime', '盗窃及刑事案件', 'Theft or crime', true, 170),
    ('main-plant-failure', '主要设备故障（中央空调、发电机、高低压配电、通讯）', 'Main plant failure', true, 180),
    ('structural-damage', '建筑结构损坏', 'Structural damage', true, 190)`)
  // Each return visit names its household (src/lib/households.ts: the resident on file, else
  // the unit), from its complaint or its work order: satisfaction is counted by household.
  await db.execute(sql`UPDATE "return_visits" SET "household" = (SELECT CASE WHEN c."resident_id" IS NOT NULL THEN 'resident:' || c."resident_id" ELSE 'unit:' || c."unit_id" END FROM "complaints" c WHERE c."id" = "return_visits"."complaint_id") WHERE "household" IS NULL AND "complaint_id" IS NOT NULL`)
  await db.execute(sql`UPDATE "return_visits" SET "household" = (SELECT CASE WHEN w."resident_id" IS NOT NULL THEN 'resident:' || w."resident_id" ELSE 'unit:' || w."unit_id" END FROM "work_orders" w WHERE w."id" = "return_visits"."work_order_id") WHERE "household" IS NULL AND "work_order_id" IS NOT NULL`)
  // The slip's deadline is the deadline: an open general complaint with one is due then (a major
  // keeps its earlier promised reply until its next change recomputes it).
  await db.execute(sql`UPDATE "complaints" SET "resolve_due_at" = "handling_deadline" WHERE "status" IN ('dispatched', 'in-progress') AND "handling_deadline" IS NOT NULL AND "severity" <> 'major'`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaints_category" AS ENUM('renovation-noise', 'public-facilities', 'in-unit-repair', 'lost-mail', 'cleaning-greenery', 'pests', 'office-service', 'parking', 'security', 'fees', 'other', 'fire', 'lift-entrapment', 'explosion', 'power-cut', 'flooding', 'theft-crime', 'main-plant-failure', 'structural-damage');
  CREATE TYPE "public"."enum_incidents_category" AS ENUM('renovation-noise', 'public-facilities', 'in-unit-repair', 'lost-mail', 'cleaning-greenery', 'pests', 'office-service', 'parking', 'security', 'fees', 'other', 'fire', 'lift-entrapment', 'explosion', 'power-cut', 'flooding', 'theft-crime', 'main-plant-failure', 'structural-damage');
  ALTER TABLE "complaint_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings_department_heads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "complaint_categories" CASCADE;
  DROP TABLE "office_settings_department_heads" CASCADE;
  ALTER TABLE "complaints" DROP CONSTRAINT "complaints_replied_by_id_users_id_fk";
  
  ALTER TABLE "complaints" DROP CONSTRAINT "complaints_confirmed_by_id_users_id_fk";
  
  ALTER TABLE "complaints" DROP CONSTRAINT "complaints_referred_by_id_users_id_fk";
  
  ALTER TABLE "complaints" DROP CONSTRAINT "complaints_referred_to_id_users_id_fk";
  
  ALTER TABLE "complaints" DROP CONSTRAINT "complaints_decided_by_id_users_id_fk";
  
  ALTER TABLE "complaint_reports" DROP CONSTRAINT "complaint_reports_head_comments_by_id_users_id_fk";
  
  ALTER TABLE "work_orders" DROP CONSTRAINT "work_orders_received_by_id_users_id_fk";
  
  ALTER TABLE "work_orders" DROP CONSTRAINT "work_orders_returned_to_service_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaint_categories_fk";
  
  ALTER TABLE "office_settings" DROP CONSTRAINT "office_settings_office_head_id_users_id_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "work_orders_breaches_notified" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_work_orders_breaches_notified";
  CREATE TYPE "public"."enum_work_orders_breaches_notified" AS ENUM('dispatch', 'arrival');
  ALTER TABLE "work_orders_breaches_notified" ALTER COLUMN "value" SET DATA TYPE "public"."enum_work_orders_breaches_notified" USING "value"::"public"."enum_work_orders_breaches_notified";
  ALTER TABLE "violations" ALTER COLUMN "responsible_role" SET DATA TYPE text;
  DROP TYPE "public"."enum_violations_responsible_role";
  CREATE TYPE "public"."enum_violations_responsible_role" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  ALTER TABLE "violations" ALTER COLUMN "responsible_role" SET DATA TYPE "public"."enum_violations_responsible_role" USING "responsible_role"::"public"."enum_violations_responsible_role";
  ALTER TABLE "archived_documents_acknowledge_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_archived_documents_acknowledge_roles";
  CREATE TYPE "public"."enum_archived_documents_acknowledge_roles" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  ALTER TABLE "archived_documents_acknowledge_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_archived_documents_acknowledge_roles" USING "value"::"public"."enum_archived_documents_acknowledge_roles";
  ALTER TABLE "archived_documents" ALTER COLUMN "printed_form" SET DATA TYPE text;
  DROP TYPE "public"."enum_archived_documents_printed_form";
  CREATE TYPE "public"."enum_archived_documents_printed_form" AS ENUM('complaintSlip', 'writtenReply', 'monthlyComplaints', 'workOrder', 'dispatchRegister', 'rectificationNotice', 'paymentReminder', 'publicNotice', 'documentCover', 'shiftLog', 'visitorRegister', 'mailRegister', 'workerPass', 'passRegister', 'releaseSlip', 'releaseRegister', 'frontDeskDuty', 'meetingMinutes');
  ALTER TABLE "archived_documents" ALTER COLUMN "printed_form" SET DATA TYPE "public"."enum_archived_documents_printed_form" USING "printed_form"::"public"."enum_archived_documents_printed_form";
  ALTER TABLE "_archived_documents_v_version_acknowledge_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum__archived_documents_v_version_acknowledge_roles";
  CREATE TYPE "public"."enum__archived_documents_v_version_acknowledge_roles" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  ALTER TABLE "_archived_documents_v_version_acknowledge_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum__archived_documents_v_version_acknowledge_roles" USING "value"::"public"."enum__archived_documents_v_version_acknowledge_roles";
  ALTER TABLE "_archived_documents_v" ALTER COLUMN "version_printed_form" SET DATA TYPE text;
  DROP TYPE "public"."enum__archived_documents_v_version_printed_form";
  CREATE TYPE "public"."enum__archived_documents_v_version_printed_form" AS ENUM('complaintSlip', 'writtenReply', 'monthlyComplaints', 'workOrder', 'dispatchRegister', 'rectificationNotice', 'paymentReminder', 'publicNotice', 'documentCover', 'shiftLog', 'visitorRegister', 'mailRegister', 'workerPass', 'passRegister', 'releaseSlip', 'releaseRegister', 'frontDeskDuty', 'meetingMinutes');
  ALTER TABLE "_archived_documents_v" ALTER COLUMN "version_printed_form" SET DATA TYPE "public"."enum__archived_documents_v_version_printed_form" USING "version_printed_form"::"public"."enum__archived_documents_v_version_printed_form";
  ALTER TABLE "approval_log" ALTER COLUMN "role" SET DATA TYPE text;
  DROP TYPE "public"."enum_approval_log_role";
  CREATE TYPE "public"."enum_approval_log_role" AS ENUM('director', 'property-manager', 'site-manager', 'site-captain', 'cs-clerk', 'dispatcher', 'engineer', 'security-guard', 'document-controller', 'admin');
  ALTER TABLE "approval_log" ALTER COLUMN "role" SET DATA TYPE "public"."enum_approval_log_role" USING "role"::"public"."enum_approval_log_role";
  ALTER TABLE "follow_ups" ALTER COLUMN "source_kind" SET DATA TYPE text;
  ALTER TABLE "follow_ups" ALTER COLUMN "source_kind" SET DEFAULT 'other'::text;
  DROP TYPE "public"."enum_follow_ups_source_kind";
  CREATE TYPE "public"."enum_follow_ups_source_kind" AS ENUM('complaint-review', 'suggestion', 'return-visit', 'meeting', 'corrective-action', 'house-inspection', 'other');
  ALTER TABLE "follow_ups" ALTER COLUMN "source_kind" SET DEFAULT 'other'::"public"."enum_follow_ups_source_kind";
  ALTER TABLE "follow_ups" ALTER COLUMN "source_kind" SET DATA TYPE "public"."enum_follow_ups_source_kind" USING "source_kind"::"public"."enum_follow_ups_source_kind";
  DROP INDEX "complaints_replied_by_idx";
  DROP INDEX "complaints_confirmed_by_idx";
  DROP INDEX "complaints_referred_by_idx";
  DROP INDEX "complaints_referred_to_idx";
  DROP INDEX "complaints_decided_by_idx";
  DROP INDEX "kind_registeredAt_verdict_idx";
  DROP INDEX "compound_index_idx";
  DROP INDEX "recordedAt_status_overall_household_complaint_workOrder_idx";
  DROP INDEX "complaint_reports_head_comments_by_idx";
  DROP INDEX "work_orders_received_by_idx";
  DROP INDEX "work_orders_returned_to_service_by_idx";
  DROP INDEX "payload_locked_documents_rels_complaint_categories_id_idx";
  DROP INDEX "office_settings_office_head_idx";
  ALTER TABLE "complaints" ALTER COLUMN "category" SET DATA TYPE "public"."enum_complaints_category" USING "category"::"public"."enum_complaints_category";
  ALTER TABLE "incidents" ALTER COLUMN "category" SET DATA TYPE "public"."enum_incidents_category" USING "category"::"public"."enum_incidents_category";
  ALTER TABLE "office_settings" ALTER COLUMN "payment_before_dispatch" SET DEFAULT false;
  CREATE INDEX "kind_registeredAt_idx" ON "complaints" USING btree ("kind","registered_at");
  ALTER TABLE "complaints" DROP COLUMN "verdict";
  ALTER TABLE "complaints" DROP COLUMN "verdict_note";
  ALTER TABLE "complaints" DROP COLUMN "replied_at";
  ALTER TABLE "complaints" DROP COLUMN "replied_by_id";
  ALTER TABLE "complaints" DROP COLUMN "reply_method";
  ALTER TABLE "complaints" DROP COLUMN "next_reply_at";
  ALTER TABLE "complaints" DROP COLUMN "reply_summary";
  ALTER TABLE "complaints" DROP COLUMN "confirmed_at";
  ALTER TABLE "complaints" DROP COLUMN "confirmed_by_id";
  ALTER TABLE "complaints" DROP COLUMN "confirmation_method";
  ALTER TABLE "complaints" DROP COLUMN "confirmation_note";
  ALTER TABLE "complaints" DROP COLUMN "referred_at";
  ALTER TABLE "complaints" DROP COLUMN "referred_by_id";
  ALTER TABLE "complaints" DROP COLUMN "referred_to_id";
  ALTER TABLE "complaints" DROP COLUMN "referral_reason";
  ALTER TABLE "complaints" DROP COLUMN "office_head_decision";
  ALTER TABLE "complaints" DROP COLUMN "decided_at";
  ALTER TABLE "complaints" DROP COLUMN "decided_by_id";
  ALTER TABLE "return_visits" DROP COLUMN "household";
  ALTER TABLE "complaint_reports" DROP COLUMN "head_comments_by_id";
  ALTER TABLE "complaint_reports" DROP COLUMN "head_comments_at";
  ALTER TABLE "work_orders_lines" DROP COLUMN "agreed_by";
  ALTER TABLE "work_orders" DROP COLUMN "appointment_date";
  ALTER TABLE "work_orders" DROP COLUMN "appointment_from";
  ALTER TABLE "work_orders" DROP COLUMN "appointment_to";
  ALTER TABLE "work_orders" DROP COLUMN "quote_accepted_by";
  ALTER TABLE "work_orders" DROP COLUMN "quote_accepted_at";
  ALTER TABLE "work_orders" DROP COLUMN "quote_total";
  ALTER TABLE "work_orders" DROP COLUMN "received_by_id";
  ALTER TABLE "work_orders" DROP COLUMN "received_at";
  ALTER TABLE "work_orders" DROP COLUMN "unfinished_at";
  ALTER TABLE "work_orders" DROP COLUMN "unfinished_signoff_name";
  ALTER TABLE "work_orders" DROP COLUMN "unfinished_no_signoff_reason";
  ALTER TABLE "work_orders" DROP COLUMN "returned_to_service_by_id";
  ALTER TABLE "work_orders" DROP COLUMN "receipt_due_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaint_categories_id";
  ALTER TABLE "office_settings" DROP COLUMN "targets_resolved_within24h";
  ALTER TABLE "office_settings" DROP COLUMN "targets_complaint_satisfaction";
  ALTER TABLE "office_settings" DROP COLUMN "targets_department_satisfaction";
  ALTER TABLE "office_settings" DROP COLUMN "targets_valid_complaints";
  ALTER TABLE "office_settings" DROP COLUMN "office_head_id";
  DROP TYPE "public"."enum_complaints_verdict";
  DROP TYPE "public"."enum_complaints_reply_method";
  DROP TYPE "public"."enum_complaints_confirmation_method";
  DROP TYPE "public"."enum_office_settings_department_heads_department";`)
}
