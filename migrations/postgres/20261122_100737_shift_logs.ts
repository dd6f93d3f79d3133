import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_duty_post" AS ENUM('front-desk', 'gate-1', 'gate-2', 'patrol');
  CREATE TYPE "public"."enum_shift_logs_entries_kind" AS ENUM('event', 'visitor', 'vehicle', 'goods-release', 'mail', 'pass', 'key', 'patrol', 'incident', 'note');
  CREATE TYPE "public"."enum_shift_logs_entries_priority" AS ENUM('normal', 'high');
  CREATE TYPE "public"."enum_shift_logs_entries_owner_confirm_method" AS ENUM('phone', 'in-person', 'written');
  CREATE TYPE "public"."enum_shift_logs_post" AS ENUM('front-desk', 'gate-1', 'gate-2', 'patrol');
  CREATE TYPE "public"."enum_shift_logs_status" AS ENUM('open', 'signed', 'refused', 'accepted', 'reviewed');
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
  
  CREATE TABLE "office_settings_front_desk_shifts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"start" numeric NOT NULL,
  	"end" numeric NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "duty_post" "enum_users_duty_post";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "shift_logs_id" integer;
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
  ALTER TABLE "office_settings_front_desk_shifts" ADD CONSTRAINT "office_settings_front_desk_shifts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_settings"("id") ON DELETE cascade ON UPDATE no action;
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
  CREATE INDEX "office_settings_front_desk_shifts_order_idx" ON "office_settings_front_desk_shifts" USING btree ("_order");
  CREATE INDEX "office_settings_front_desk_shifts_parent_id_idx" ON "office_settings_front_desk_shifts" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_shift_logs_fk" FOREIGN KEY ("shift_logs_id") REFERENCES "public"."shift_logs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "kind_registeredAt_idx" ON "complaints" USING btree ("kind","registered_at");
  CREATE INDEX "status_kind_severity_resolveDueAt_idx" ON "complaints" USING btree ("status","kind","severity","resolve_due_at");
  CREATE INDEX "payload_locked_documents_rels_shift_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("shift_logs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "shift_logs_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shift_logs_open_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shift_logs_equipment" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shift_logs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_settings_front_desk_shifts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "shift_logs_entries" CASCADE;
  DROP TABLE "shift_logs_open_items" CASCADE;
  DROP TABLE "shift_logs_equipment" CASCADE;
  DROP TABLE "shift_logs" CASCADE;
  DROP TABLE "office_settings_front_desk_shifts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_shift_logs_fk";
  
  DROP INDEX "kind_registeredAt_idx";
  DROP INDEX "status_kind_severity_resolveDueAt_idx";
  DROP INDEX "payload_locked_documents_rels_shift_logs_id_idx";
  ALTER TABLE "users" DROP COLUMN "duty_post";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "shift_logs_id";
  DROP TYPE "public"."enum_users_duty_post";
  DROP TYPE "public"."enum_shift_logs_entries_kind";
  DROP TYPE "public"."enum_shift_logs_entries_priority";
  DROP TYPE "public"."enum_shift_logs_entries_owner_confirm_method";
  DROP TYPE "public"."enum_shift_logs_post";
  DROP TYPE "public"."enum_shift_logs_status";`)
}
