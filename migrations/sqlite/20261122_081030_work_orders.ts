import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`work_orders_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item_id\` integer,
  	\`description\` text,
  	\`quantity\` numeric DEFAULT 1,
  	\`unit_price\` numeric,
  	\`amount\` numeric,
  	\`on_site_price\` integer,
  	\`agreed_by_resident\` integer,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`price_list\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_orders_lines_order_idx\` ON \`work_orders_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_lines_parent_id_idx\` ON \`work_orders_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_lines_item_idx\` ON \`work_orders_lines\` (\`item_id\`);`)
  await db.run(sql`CREATE TABLE \`work_orders_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source\` text DEFAULT 'company' NOT NULL,
  	\`name\` text NOT NULL,
  	\`quantity\` numeric NOT NULL,
  	\`unit_cost\` numeric,
  	\`cost\` numeric,
  	\`check\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_orders_materials_order_idx\` ON \`work_orders_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_materials_parent_id_idx\` ON \`work_orders_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`work_orders_breaches_notified\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_orders_breaches_notified_order_idx\` ON \`work_orders_breaches_notified\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_breaches_notified_parent_idx\` ON \`work_orders_breaches_notified\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`work_orders\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`status\` text DEFAULT 'registered',
  	\`registered_at\` text,
  	\`commercial\` integer DEFAULT false,
  	\`source\` text DEFAULT 'phone' NOT NULL,
  	\`complaint_id\` integer,
  	\`category\` text DEFAULT 'other' NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`resident_id\` integer,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`fault\` text NOT NULL,
  	\`location\` text,
  	\`at_home\` text,
  	\`details\` text,
  	\`paid\` integer DEFAULT false,
  	\`total\` numeric,
  	\`payment_received\` integer DEFAULT false,
  	\`receipt_no\` text,
  	\`paid_at\` text,
  	\`engineer_id\` integer,
  	\`dispatched_at\` text,
  	\`arrived_at\` text,
  	\`finished_at\` text,
  	\`materials_cost\` numeric,
  	\`engineer_notes\` text,
  	\`result\` text,
  	\`resident_signoff_name\` text,
  	\`resident_signoff_at\` text,
  	\`no_signoff_reason\` text,
  	\`signature_id\` integer,
  	\`unfinished_reason\` text,
  	\`made_safe\` text,
  	\`next_appointment\` text,
  	\`informed_customer_service_at\` text,
  	\`dispatch_due_at\` text,
  	\`dispatch_met\` integer,
  	\`minutes_to_dispatch\` numeric,
  	\`arrival_due_at\` text,
  	\`arrival_met\` integer,
  	\`minutes_to_arrive\` numeric,
  	\`return_visit_required\` integer DEFAULT false,
  	\`registered_by_id\` integer,
  	\`dispatched_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`complaint_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`engineer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signature_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`dispatched_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`work_orders_number_idx\` ON \`work_orders\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_status_idx\` ON \`work_orders\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_registered_at_idx\` ON \`work_orders\` (\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_complaint_idx\` ON \`work_orders\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_unit_idx\` ON \`work_orders\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_resident_idx\` ON \`work_orders\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_engineer_idx\` ON \`work_orders\` (\`engineer_id\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_signature_idx\` ON \`work_orders\` (\`signature_id\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_registered_by_idx\` ON \`work_orders\` (\`registered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_dispatched_by_idx\` ON \`work_orders\` (\`dispatched_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_updated_at_idx\` ON \`work_orders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_created_at_idx\` ON \`work_orders\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_registeredAt_1_idx\` ON \`work_orders\` (\`status\`,\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`engineer_status_idx\` ON \`work_orders\` (\`engineer_id\`,\`status\`);`)
  await db.run(sql`CREATE TABLE \`price_list\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`item\` text NOT NULL,
  	\`unit\` text DEFAULT '次' NOT NULL,
  	\`price\` numeric NOT NULL,
  	\`effective_date\` text,
  	\`active\` integer DEFAULT true,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`price_list_updated_at_idx\` ON \`price_list\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`price_list_created_at_idx\` ON \`price_list\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_return_visits\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`complaint_id\` integer,
  	\`work_order_id\` integer,
  	\`status\` text DEFAULT 'scheduled',
  	\`assignee_id\` integer,
  	\`due_from\` text,
  	\`due_by\` text,
  	\`method\` text,
  	\`unreachable\` integer DEFAULT false,
  	\`answered_by\` text,
  	\`quality\` text,
  	\`effect\` text,
  	\`overall\` text,
  	\`solved\` integer DEFAULT true,
  	\`shortcomings\` text,
  	\`suggestions\` text,
  	\`resident_words\` text,
  	\`recorded_at\` text,
  	\`recorded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`complaint_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`work_order_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_return_visits\`("id", "complaint_id", "work_order_id", "status", "assignee_id", "due_from", "due_by", "method", "unreachable", "answered_by", "quality", "effect", "overall", "solved", "shortcomings", "suggestions", "resident_words", "recorded_at", "recorded_by_id", "updated_at", "created_at") SELECT "id", "complaint_id", "work_order_id", "status", "assignee_id", "due_from", "due_by", "method", "unreachable", "answered_by", "quality", "effect", "overall", "solved", "shortcomings", "suggestions", "resident_words", "recorded_at", "recorded_by_id", "updated_at", "created_at" FROM \`return_visits\`;`)
  await db.run(sql`DROP TABLE \`return_visits\`;`)
  await db.run(sql`ALTER TABLE \`__new_return_visits\` RENAME TO \`return_visits\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`return_visits_complaint_idx\` ON \`return_visits\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_work_order_idx\` ON \`return_visits\` (\`work_order_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_status_idx\` ON \`return_visits\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_assignee_idx\` ON \`return_visits\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_due_by_idx\` ON \`return_visits\` (\`due_by\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_recorded_by_idx\` ON \`return_visits\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_updated_at_idx\` ON \`return_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_created_at_idx\` ON \`return_visits\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`work_orders_id\` integer REFERENCES work_orders(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`price_list_id\` integer REFERENCES price_list(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`work_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_price_list_id_idx\` ON \`payload_locked_documents_rels\` (\`price_list_id\`);`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`commercial_dispatch_minutes\` numeric DEFAULT 20;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`dispatch_minutes\` numeric DEFAULT 5;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`arrival_minutes\` numeric DEFAULT 30;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`payment_before_dispatch\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`repair_visit_rate\` numeric DEFAULT 20;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`work_orders_lines\`;`)
  await db.run(sql`DROP TABLE \`work_orders_materials\`;`)
  await db.run(sql`DROP TABLE \`work_orders_breaches_notified\`;`)
  await db.run(sql`DROP TABLE \`work_orders\`;`)
  await db.run(sql`DROP TABLE \`price_list\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_return_visits\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`complaint_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'scheduled',
  	\`assignee_id\` integer,
  	\`due_from\` text,
  	\`due_by\` text,
  	\`method\` text,
  	\`unreachable\` integer DEFAULT false,
  	\`answered_by\` text,
  	\`quality\` text,
  	\`effect\` text,
  	\`overall\` text,
  	\`solved\` integer DEFAULT true,
  	\`shortcomings\` text,
  	\`suggestions\` text,
  	\`resident_words\` text,
  	\`recorded_at\` text,
  	\`recorded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`complaint_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_return_visits\`("id", "complaint_id", "status", "assignee_id", "due_from", "due_by", "method", "unreachable", "answered_by", "quality", "effect", "overall", "solved", "shortcomings", "suggestions", "resident_words", "recorded_at", "recorded_by_id", "updated_at", "created_at") SELECT "id", "complaint_id", "status", "assignee_id", "due_from", "due_by", "method", "unreachable", "answered_by", "quality", "effect", "overall", "solved", "shortcomings", "suggestions", "resident_words", "recorded_at", "recorded_by_id", "updated_at", "created_at" FROM \`return_visits\`;`)
  await db.run(sql`DROP TABLE \`return_visits\`;`)
  await db.run(sql`ALTER TABLE \`__new_return_visits\` RENAME TO \`return_visits\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`return_visits_complaint_idx\` ON \`return_visits\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_status_idx\` ON \`return_visits\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_assignee_idx\` ON \`return_visits\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_due_by_idx\` ON \`return_visits\` (\`due_by\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_recorded_by_idx\` ON \`return_visits\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_updated_at_idx\` ON \`return_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_created_at_idx\` ON \`return_visits\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "attachments_id", "audit_log_id", "counters_id") SELECT "id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "attachments_id", "audit_log_id", "counters_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`commercial_dispatch_minutes\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`dispatch_minutes\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`arrival_minutes\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`payment_before_dispatch\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`repair_visit_rate\`;`)
}
