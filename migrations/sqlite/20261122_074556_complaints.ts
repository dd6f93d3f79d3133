import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`complaints_breaches_notified\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`complaints_breaches_notified_order_idx\` ON \`complaints_breaches_notified\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`complaints_breaches_notified_parent_idx\` ON \`complaints_breaches_notified\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`complaints\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`status\` text DEFAULT 'registered',
  	\`severity\` text DEFAULT 'general',
  	\`registered_at\` text,
  	\`kind\` text DEFAULT 'complaint' NOT NULL,
  	\`channel\` text DEFAULT 'phone' NOT NULL,
  	\`category\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`resident_id\` integer,
  	\`visitor_name\` text,
  	\`visitor_phone\` text,
  	\`description\` text NOT NULL,
  	\`reply_promised_at\` text,
  	\`department\` text,
  	\`handler_id\` integer,
  	\`handling_deadline\` text,
  	\`dispatched_at\` text,
  	\`dispatched_by_id\` integer,
  	\`verified_at\` text,
  	\`verified_by_id\` integer,
  	\`handling_notes\` text,
  	\`result\` text,
  	\`written_reply\` text,
  	\`resolved_at\` text,
  	\`resolved_by_id\` integer,
  	\`closed_at\` text,
  	\`closed_by_id\` integer,
  	\`verify_due_at\` text,
  	\`verified_on_time\` integer,
  	\`resolve_due_at\` text,
  	\`resolved_on_time\` integer,
  	\`resolved_within24h\` integer,
  	\`minutes_to_resolve\` numeric,
  	\`severity_source\` text,
  	\`severity_override\` text,
  	\`severity_reason\` text,
  	\`incident_id\` integer,
  	\`return_visit_required\` integer DEFAULT true,
  	\`reopen_count\` numeric DEFAULT 0,
  	\`registered_by_id\` integer,
  	\`building\` text,
  	\`description_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handler_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`dispatched_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`incident_id\`) REFERENCES \`incidents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`complaints_number_idx\` ON \`complaints\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`complaints_status_idx\` ON \`complaints\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`complaints_severity_idx\` ON \`complaints\` (\`severity\`);`)
  await db.run(sql`CREATE INDEX \`complaints_registered_at_idx\` ON \`complaints\` (\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_category_idx\` ON \`complaints\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`complaints_unit_idx\` ON \`complaints\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_resident_idx\` ON \`complaints\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_handler_idx\` ON \`complaints\` (\`handler_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_dispatched_by_idx\` ON \`complaints\` (\`dispatched_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_verified_by_idx\` ON \`complaints\` (\`verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_resolved_at_idx\` ON \`complaints\` (\`resolved_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_resolved_by_idx\` ON \`complaints\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_closed_by_idx\` ON \`complaints\` (\`closed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_resolve_due_at_idx\` ON \`complaints\` (\`resolve_due_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_incident_idx\` ON \`complaints\` (\`incident_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_registered_by_idx\` ON \`complaints\` (\`registered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_building_idx\` ON \`complaints\` (\`building\`);`)
  await db.run(sql`CREATE INDEX \`complaints_updated_at_idx\` ON \`complaints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_created_at_idx\` ON \`complaints\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_registeredAt_idx\` ON \`complaints\` (\`status\`,\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`category_status_registeredAt_idx\` ON \`complaints\` (\`category\`,\`status\`,\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`building_category_registeredAt_idx\` ON \`complaints\` (\`building\`,\`category\`,\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`handler_status_idx\` ON \`complaints\` (\`handler_id\`,\`status\`);`)
  await db.run(sql`CREATE TABLE \`complaints_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`complaints_rels_order_idx\` ON \`complaints_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`complaints_rels_parent_idx\` ON \`complaints_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_rels_path_idx\` ON \`complaints_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`complaints_rels_attachments_id_idx\` ON \`complaints_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`return_visits_attempts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`reached\` integer DEFAULT false,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`return_visits_attempts_order_idx\` ON \`return_visits_attempts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_attempts_parent_id_idx\` ON \`return_visits_attempts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`return_visits\` (
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
  await db.run(sql`CREATE INDEX \`return_visits_complaint_idx\` ON \`return_visits\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_status_idx\` ON \`return_visits\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_assignee_idx\` ON \`return_visits\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_due_by_idx\` ON \`return_visits\` (\`due_by\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_recorded_by_idx\` ON \`return_visits\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_updated_at_idx\` ON \`return_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_created_at_idx\` ON \`return_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`incidents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`building\` text,
  	\`category\` text,
  	\`first_registered_at\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`incidents_updated_at_idx\` ON \`incidents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_created_at_idx\` ON \`incidents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`complaint_reports_corrective_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`owner_id\` integer,
  	\`due_date\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`complaint_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`complaint_reports_corrective_actions_order_idx\` ON \`complaint_reports_corrective_actions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_corrective_actions_parent_id_idx\` ON \`complaint_reports_corrective_actions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_corrective_actions_owner_idx\` ON \`complaint_reports_corrective_actions\` (\`owner_id\`);`)
  await db.run(sql`CREATE TABLE \`complaint_reports_preventive_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`owner_id\` integer,
  	\`due_date\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`complaint_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`complaint_reports_preventive_actions_order_idx\` ON \`complaint_reports_preventive_actions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_preventive_actions_parent_id_idx\` ON \`complaint_reports_preventive_actions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_preventive_actions_owner_idx\` ON \`complaint_reports_preventive_actions\` (\`owner_id\`);`)
  await db.run(sql`CREATE TABLE \`complaint_reports\` (
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
  await db.run(sql`CREATE INDEX \`complaint_reports_approved_by_idx\` ON \`complaint_reports\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_updated_at_idx\` ON \`complaint_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_created_at_idx\` ON \`complaint_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`kind_period_idx\` ON \`complaint_reports\` (\`kind\`,\`period\`);`)
  await db.run(sql`CREATE TABLE \`counters\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`counters_key_idx\` ON \`counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`counters_updated_at_idx\` ON \`counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`counters_created_at_idx\` ON \`counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`office_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`timezone\` text DEFAULT 'Asia/Shanghai',
  	\`resolution_target_hours\` numeric DEFAULT 24,
  	\`collective_window_hours\` numeric DEFAULT 24,
  	\`collective_threshold\` numeric DEFAULT 3,
  	\`complaint_visit_rate\` numeric DEFAULT 100,
  	\`complaint_visit_method\` text DEFAULT 'face-to-face',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`complaints_id\` integer REFERENCES complaints(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`return_visits_id\` integer REFERENCES return_visits(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`incidents_id\` integer REFERENCES incidents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`complaint_reports_id\` integer REFERENCES complaint_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`counters_id\` integer REFERENCES counters(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_return_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`return_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_incidents_id_idx\` ON \`payload_locked_documents_rels\` (\`incidents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaint_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`complaint_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`complaints_breaches_notified\`;`)
  await db.run(sql`DROP TABLE \`complaints\`;`)
  await db.run(sql`DROP TABLE \`complaints_rels\`;`)
  await db.run(sql`DROP TABLE \`return_visits_attempts\`;`)
  await db.run(sql`DROP TABLE \`return_visits\`;`)
  await db.run(sql`DROP TABLE \`incidents\`;`)
  await db.run(sql`DROP TABLE \`complaint_reports_corrective_actions\`;`)
  await db.run(sql`DROP TABLE \`complaint_reports_preventive_actions\`;`)
  await db.run(sql`DROP TABLE \`complaint_reports\`;`)
  await db.run(sql`DROP TABLE \`counters\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`office_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`units_id\` integer,
  	\`residents_id\` integer,
  	\`attachments_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "attachments_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "attachments_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_residents_id_idx\` ON \`payload_locked_documents_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}
