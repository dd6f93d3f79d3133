import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "handler_resolveDueAt_idx" ON "complaints" USING btree ("handler_id","resolve_due_at");
  CREATE INDEX "engineer_arrivalDueAt_idx" ON "work_orders" USING btree ("engineer_id","arrival_due_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "handler_resolveDueAt_idx";
  DROP INDEX "engineer_arrivalDueAt_idx";`)
}
