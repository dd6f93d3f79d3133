import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`complaint_reports_approval_awaiting_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`complaint_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_awaiting_roles_order_idx\` ON \`complaint_reports_approval_awaiting_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_awaiting_roles_parent_idx\` ON \`complaint_reports_approval_awaiting_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`violations_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`measure\` text NOT NULL,
  	\`taken_at\` text,
  	\`staff_id\` integer,
  	\`deadline\` text,
  	\`outcome\` text,
  	\`skip_reason\` text,
  	\`amount\` numeric,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`approval_round\` numeric,
  	\`rectified_at\` text,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`violations_measures_order_idx\` ON \`violations_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`violations_measures_parent_id_idx\` ON \`violations_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_measures_staff_idx\` ON \`violations_measures\` (\`staff_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_measures_approved_by_idx\` ON \`violations_measures\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`violations_payments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`amount\` numeric,
  	\`receipt_no\` text,
  	\`paid_at\` text,
  	\`collected_by_id\` integer,
  	FOREIGN KEY (\`collected_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`violations_payments_order_idx\` ON \`violations_payments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`violations_payments_parent_id_idx\` ON \`violations_payments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_payments_collected_by_idx\` ON \`violations_payments\` (\`collected_by_id\`);`)
  await db.run(sql`CREATE TABLE \`violations_approval_awaiting_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`violations_approval_awaiting_roles_order_idx\` ON \`violations_approval_awaiting_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_awaiting_roles_parent_idx\` ON \`violations_approval_awaiting_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`violations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`status\` text DEFAULT 'open',
  	\`effective\` integer DEFAULT false,
  	\`kind\` text NOT NULL,
  	\`sub_kind\` text,
  	\`severity\` text DEFAULT 'general' NOT NULL,
  	\`responsible_role\` text,
  	\`unit_id\` integer NOT NULL,
  	\`resident_id\` integer,
  	\`location\` text,
  	\`occurred_at\` text NOT NULL,
  	\`found_by_id\` integer,
  	\`handler_id\` integer,
  	\`recorded_by_id\` integer,
  	\`description\` text NOT NULL,
  	\`next_measure\` text,
  	\`decision_measure\` text,
  	\`decision_deadline\` text,
  	\`decision_facts\` text,
  	\`decision_skip_reason\` text,
  	\`decision_arrears\` numeric,
  	\`decision_overdue_since\` text,
  	\`decision_damage\` numeric,
  	\`decision_amount\` numeric,
  	\`decision_days\` numeric,
  	\`amount_due\` numeric DEFAULT 0,
  	\`outstanding\` numeric DEFAULT 0,
  	\`rectification_due_at\` text,
  	\`rectification_overdue\` integer DEFAULT false,
  	\`overdue_notified_for\` text,
  	\`resolution\` text,
  	\`resolved_at\` text,
  	\`approval_status\` text DEFAULT 'none',
  	\`approval_chain\` text,
  	\`approval_step\` numeric DEFAULT 0,
  	\`approval_round\` numeric DEFAULT 1,
  	\`approval_content_hash\` text,
  	\`approval_proposed_by_id\` integer,
  	\`approval_last_action_by_id\` integer,
  	\`approval_last_action_at\` text,
  	\`approval_last_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`found_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handler_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_last_action_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`violations_number_idx\` ON \`violations\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`violations_status_idx\` ON \`violations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`violations_unit_idx\` ON \`violations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_resident_idx\` ON \`violations\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_found_by_idx\` ON \`violations\` (\`found_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_handler_idx\` ON \`violations\` (\`handler_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_recorded_by_idx\` ON \`violations\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_rectification_due_at_idx\` ON \`violations\` (\`rectification_due_at\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_status_idx\` ON \`violations\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_proposed_by_idx\` ON \`violations\` (\`approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_last_action_by_idx\` ON \`violations\` (\`approval_last_action_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_updated_at_idx\` ON \`violations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`violations_created_at_idx\` ON \`violations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_occurredAt_idx\` ON \`violations\` (\`status\`,\`occurred_at\`);`)
  await db.run(sql`CREATE TABLE \`violations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`violations_rels_order_idx\` ON \`violations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`violations_rels_parent_idx\` ON \`violations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_rels_path_idx\` ON \`violations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`violations_rels_attachments_id_idx\` ON \`violations_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`issued_notices\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`violation_id\` integer NOT NULL,
  	\`measure_id\` text NOT NULL,
  	\`sha256\` text NOT NULL,
  	\`issued_by_id\` integer,
  	\`issued_at\` text NOT NULL,
  	\`emailed_to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`violation_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`issued_notices_number_idx\` ON \`issued_notices\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`issued_notices_violation_idx\` ON \`issued_notices\` (\`violation_id\`);`)
  await db.run(sql`CREATE INDEX \`issued_notices_issued_by_idx\` ON \`issued_notices\` (\`issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issued_notices_updated_at_idx\` ON \`issued_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issued_notices_created_at_idx\` ON \`issued_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`issued_notices_filename_idx\` ON \`issued_notices\` (\`filename\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`violation_measureId_type_idx\` ON \`issued_notices\` (\`violation_id\`,\`measure_id\`,\`type\`);`)
  await db.run(sql`CREATE TABLE \`approval_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`round\` numeric NOT NULL,
  	\`step\` numeric NOT NULL,
  	\`step_key\` text,
  	\`meaning\` text NOT NULL,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`comment\` text,
  	\`content_hash\` text NOT NULL,
  	\`seal\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`approval_log_user_idx\` ON \`approval_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`approval_log_at_idx\` ON \`approval_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`approval_log_updated_at_idx\` ON \`approval_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`approval_log_created_at_idx\` ON \`approval_log\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collectionSlug_documentId_round_step_idx\` ON \`approval_log\` (\`collection_slug\`,\`document_id\`,\`round\`,\`step\`);`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_chain\` text;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_step\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_round\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_proposed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_last_action_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_last_action_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_last_comment\` text;`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_status_idx\` ON \`complaint_reports\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_proposed_by_idx\` ON \`complaint_reports\` (\`approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_last_action_by_idx\` ON \`complaint_reports\` (\`approval_last_action_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`violations_id\` integer REFERENCES violations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`issued_notices_id\` integer REFERENCES issued_notices(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`approval_log_id\` integer REFERENCES approval_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_violations_id_idx\` ON \`payload_locked_documents_rels\` (\`violations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issued_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`issued_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_log_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_log_id\`);`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`allow_same_signer\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`late_fee_rate_per_day\` numeric DEFAULT 0.0003;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`late_fee_cap_ratio\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`compensation_cap\` numeric DEFAULT 50000;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`complaint_reports_approval_awaiting_roles\`;`)
  await db.run(sql`DROP TABLE \`violations_measures\`;`)
  await db.run(sql`DROP TABLE \`violations_payments\`;`)
  await db.run(sql`DROP TABLE \`violations_approval_awaiting_roles\`;`)
  await db.run(sql`DROP TABLE \`violations\`;`)
  await db.run(sql`DROP TABLE \`violations_rels\`;`)
  await db.run(sql`DROP TABLE \`issued_notices\`;`)
  await db.run(sql`DROP TABLE \`approval_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_complaint_reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`period\` text NOT NULL,
  	\`status\` text DEFAULT 'draft',
  	\`title\` text,
  	\`figures\` text,
  	\`head_comments\` text,
  	\`analysis\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_complaint_reports\`("id", "kind", "period", "status", "title", "figures", "head_comments", "analysis", "approved_by_id", "approved_at", "updated_at", "created_at") SELECT "id", "kind", "period", "status", "title", "figures", "head_comments", "analysis", "approved_by_id", "approved_at", "updated_at", "created_at" FROM \`complaint_reports\`;`)
  await db.run(sql`DROP TABLE \`complaint_reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_complaint_reports\` RENAME TO \`complaint_reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approved_by_idx\` ON \`complaint_reports\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_updated_at_idx\` ON \`complaint_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_created_at_idx\` ON \`complaint_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`kind_period_idx\` ON \`complaint_reports\` (\`kind\`,\`period\`);`)
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
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`allow_same_signer\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`late_fee_rate_per_day\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`late_fee_cap_ratio\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`compensation_cap\`;`)
}
