import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`handler_resolveDueAt_idx\` ON \`complaints\` (\`handler_id\`,\`resolve_due_at\`);`)
  await db.run(sql`CREATE INDEX \`engineer_arrivalDueAt_idx\` ON \`work_orders\` (\`engineer_id\`,\`arrival_due_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`handler_resolveDueAt_idx\`;`)
  await db.run(sql`DROP INDEX \`engineer_arrivalDueAt_idx\`;`)
}
