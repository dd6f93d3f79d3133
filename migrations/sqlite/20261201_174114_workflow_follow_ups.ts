import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`follow_ups\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`details\` text,
  	\`owner_id\` integer NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`source_kind\` text DEFAULT 'other' NOT NULL,
  	\`status\` text DEFAULT 'open',
  	\`raised_by_id\` integer,
  	\`escalated_at\` text,
  	\`confirmed_by_id\` integer,
  	\`done_at\` text,
  	\`done_note\` text,
  	\`reassign_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`raised_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`follow_ups_owner_idx\` ON \`follow_ups\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_deadline_idx\` ON \`follow_ups\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_status_idx\` ON \`follow_ups\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_raised_by_idx\` ON \`follow_ups\` (\`raised_by_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_confirmed_by_idx\` ON \`follow_ups\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_updated_at_idx\` ON \`follow_ups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_created_at_idx\` ON \`follow_ups\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`owner_status_deadline_idx\` ON \`follow_ups\` (\`owner_id\`,\`status\`,\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`status_deadline_idx\` ON \`follow_ups\` (\`status\`,\`deadline\`);`)
  await db.run(sql`CREATE TABLE \`follow_ups_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`complaints_id\` integer,
  	\`work_orders_id\` integer,
  	\`violations_id\` integer,
  	\`return_visits_id\` integer,
  	\`archived_documents_id\` integer,
  	\`complaint_reports_id\` integer,
  	\`shift_logs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_orders_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`violations_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`return_visits_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archived_documents_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_reports_id\`) REFERENCES \`complaint_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`shift_logs_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_order_idx\` ON \`follow_ups_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_parent_idx\` ON \`follow_ups_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_path_idx\` ON \`follow_ups_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_complaints_id_idx\` ON \`follow_ups_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_work_orders_id_idx\` ON \`follow_ups_rels\` (\`work_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_violations_id_idx\` ON \`follow_ups_rels\` (\`violations_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_return_visits_id_idx\` ON \`follow_ups_rels\` (\`return_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_archived_documents_id_idx\` ON \`follow_ups_rels\` (\`archived_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_complaint_reports_id_idx\` ON \`follow_ups_rels\` (\`complaint_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_shift_logs_id_idx\` ON \`follow_ups_rels\` (\`shift_logs_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`follow_ups_id\` integer REFERENCES follow_ups(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`follow_ups\`;`)
  await db.run(sql`DROP TABLE \`follow_ups_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`units_id\` integer,
  	\`residents_id\` integer,
  	\`complaints_id\` integer,
  	\`return_visits_id\` integer,
  	\`incidents_id\` integer,
  	\`complaint_reports_id\` integer,
  	\`work_orders_id\` integer,
  	\`price_list_id\` integer,
  	\`violations_id\` integer,
  	\`issued_notices_id\` integer,
  	\`archived_documents_id\` integer,
  	\`document_loans_id\` integer,
  	\`document_destructions_id\` integer,
  	\`document_acknowledgements_id\` integer,
  	\`archive_inspections_id\` integer,
  	\`approval_log_id\` integer,
  	\`shift_logs_id\` integer,
  	\`attachments_id\` integer,
  	\`audit_log_id\` integer,
  	\`counters_id\` integer,
  	\`throttles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`return_visits_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`incidents_id\`) REFERENCES \`incidents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_reports_id\`) REFERENCES \`complaint_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_orders_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`price_list_id\`) REFERENCES \`price_list\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`violations_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issued_notices_id\`) REFERENCES \`issued_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archived_documents_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_loans_id\`) REFERENCES \`document_loans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_destructions_id\`) REFERENCES \`document_destructions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_acknowledgements_id\`) REFERENCES \`document_acknowledgements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archive_inspections_id\`) REFERENCES \`archive_inspections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approval_log_id\`) REFERENCES \`approval_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`shift_logs_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`throttles_id\`) REFERENCES \`throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "shift_logs_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id") SELECT "id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "shift_logs_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_residents_id_idx\` ON \`payload_locked_documents_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_return_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`return_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_incidents_id_idx\` ON \`payload_locked_documents_rels\` (\`incidents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaint_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`complaint_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`work_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_price_list_id_idx\` ON \`payload_locked_documents_rels\` (\`price_list_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_violations_id_idx\` ON \`payload_locked_documents_rels\` (\`violations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issued_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`issued_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archived_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`archived_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_loans_id_idx\` ON \`payload_locked_documents_rels\` (\`document_loans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_destructions_id_idx\` ON \`payload_locked_documents_rels\` (\`document_destructions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_acknowledgements__idx\` ON \`payload_locked_documents_rels\` (\`document_acknowledgements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archive_inspections_id_idx\` ON \`payload_locked_documents_rels\` (\`archive_inspections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_log_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shift_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`shift_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`throttles_id\`);`)
}
