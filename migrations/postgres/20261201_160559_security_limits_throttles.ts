import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'login' BEFORE 'login-failed';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'login-locked';
  CREATE TABLE "throttles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"hits" numeric NOT NULL,
  	"window_start" numeric NOT NULL,
  	"blocked_until" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false;
  ALTER TABLE "audit_log" ADD COLUMN "changes" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "throttles_id" integer;
  CREATE UNIQUE INDEX "throttles_key_idx" ON "throttles" USING btree ("key");
  CREATE INDEX "throttles_updated_at_idx" ON "throttles" USING btree ("updated_at");
  CREATE INDEX "throttles_created_at_idx" ON "throttles" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_throttles_fk" FOREIGN KEY ("throttles_id") REFERENCES "public"."throttles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_throttles_id_idx" ON "payload_locked_documents_rels" USING btree ("throttles_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "throttles" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "throttles" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_throttles_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'login-failed');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "payload_locked_documents_rels_throttles_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "users" DROP COLUMN "must_change_password";
  ALTER TABLE "audit_log" DROP COLUMN "changes";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "throttles_id";`)
}
