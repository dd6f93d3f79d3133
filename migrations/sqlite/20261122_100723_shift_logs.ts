import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`shift_logs_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`kind\` text DEFAULT 'event' NOT NULL,
  	\`priority\` text DEFAULT 'normal',
  	\`unit_id\` integer,
  	\`text\` text,
  	\`name\` text,
  	\`id_shown\` integer,
  	\`plate\` text,
  	\`out_at\` text,
  	\`items\` text,
  	\`carrier\` text,
  	\`owner_confirmed_by\` text,
  	\`owner_confirm_method\` text,
  	\`released\` integer,
  	\`notified_at\` text,
  	\`collected_at\` text,
  	\`collected_by\` text,
  	\`company\` text,
  	\`valid_until\` text,
  	\`returned_at\` text,
  	\`complaint_id\` integer,
  	\`work_order_id\` integer,
  	\`recorded_by_id\` integer,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`complaint_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`work_order_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_order_idx\` ON \`shift_logs_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_parent_id_idx\` ON \`shift_logs_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_unit_idx\` ON \`shift_logs_entries\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_complaint_idx\` ON \`shift_logs_entries\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_work_order_idx\` ON \`shift_logs_entries\` (\`work_order_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_recorded_by_idx\` ON \`shift_logs_entries\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE TABLE \`shift_logs_open_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`ref\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`shift_logs_open_items_order_idx\` ON \`shift_logs_open_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_open_items_parent_id_idx\` ON \`shift_logs_open_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`shift_logs_equipment\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	\`outgoing_ok\` integer,
  	\`incoming_ok\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`shift_logs_equipment_order_idx\` ON \`shift_logs_equipment\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_equipment_parent_id_idx\` ON \`shift_logs_equipment\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`shift_logs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`post\` text NOT NULL,
  	\`shift_date\` text,
  	\`shift\` text,
  	\`status\` text DEFAULT 'open',
  	\`key\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`on_duty_id\` integer,
  	\`summary\` text,
  	\`signed_by_id\` integer,
  	\`signed_at\` text,
  	\`incoming_id\` integer,
  	\`accepted_at\` text,
  	\`refused_by_id\` integer,
  	\`refused_at\` text,
  	\`refusal_reason\` text,
  	\`reviewed_by_id\` integer,
  	\`reviewed_at\` text,
  	\`review_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`on_duty_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`incoming_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`refused_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`shift_logs_post_idx\` ON \`shift_logs\` (\`post\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_shift_date_idx\` ON \`shift_logs\` (\`shift_date\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_status_idx\` ON \`shift_logs\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`shift_logs_key_idx\` ON \`shift_logs\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_on_duty_idx\` ON \`shift_logs\` (\`on_duty_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_signed_by_idx\` ON \`shift_logs\` (\`signed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_incoming_idx\` ON \`shift_logs\` (\`incoming_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_refused_by_idx\` ON \`shift_logs\` (\`refused_by_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_reviewed_by_idx\` ON \`shift_logs\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_updated_at_idx\` ON \`shift_logs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_created_at_idx\` ON \`shift_logs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`post_startsAt_idx\` ON \`shift_logs\` (\`post\`,\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`status_shiftDate_idx\` ON \`shift_logs\` (\`status\`,\`shift_date\`);`)
  await db.run(sql`CREATE TABLE \`office_settings_front_desk_shifts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`start\` numeric NOT NULL,
  	\`end\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`office_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_settings_front_desk_shifts_order_idx\` ON \`office_settings_front_desk_shifts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_front_desk_shifts_parent_id_idx\` ON \`office_settings_front_desk_shifts\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`duty_post\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`shift_logs_id\` integer REFERENCES shift_logs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shift_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`shift_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`kind_registeredAt_idx\` ON \`complaints\` (\`kind\`,\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`status_kind_severity_resolveDueAt_idx\` ON \`complaints\` (\`status\`,\`kind\`,\`severity\`,\`resolve_due_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`shift_logs_entries\`;`)
  await db.run(sql`DROP TABLE \`shift_logs_open_items\`;`)
  await db.run(sql`DROP TABLE \`shift_logs_equipment\`;`)
  await db.run(sql`DROP TABLE \`shift_logs\`;`)
  await db.run(sql`DROP TABLE \`office_settings_front_desk_shifts\`;`)
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
  	\`attachments_id\` integer,
  	\`audit_log_id\` integer,
  	\`counters_id\` integer,
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
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "attachments_id", "audit_log_id", "counters_id") SELECT "id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "attachments_id", "audit_log_id", "counters_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
  await db.run(sql`DROP INDEX \`kind_registeredAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_kind_severity_resolveDueAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`duty_post\`;`)
}
