import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`archived_documents_acknowledge_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archived_documents_acknowledge_roles_order_idx\` ON \`archived_documents_acknowledge_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_acknowledge_roles_parent_idx\` ON \`archived_documents_acknowledge_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_archived_documents_v_version_acknowledge_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_archived_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_acknowledge_roles_order_idx\` ON \`_archived_documents_v_version_acknowledge_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_acknowledge_roles_parent_idx\` ON \`_archived_documents_v_version_acknowledge_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`shift_posts_equipment\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`shift_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`shift_posts_equipment_order_idx\` ON \`shift_posts_equipment\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`shift_posts_equipment_parent_id_idx\` ON \`shift_posts_equipment\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`shift_posts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`name_zh\` text NOT NULL,
  	\`name_en\` text,
  	\`kind\` text DEFAULT 'security' NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`retired\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`shift_posts_code_idx\` ON \`shift_posts\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`shift_posts_retired_idx\` ON \`shift_posts\` (\`retired\`);`)
  await db.run(sql`CREATE INDEX \`shift_posts_updated_at_idx\` ON \`shift_posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`shift_posts_created_at_idx\` ON \`shift_posts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`meetings_resident_attendees\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`resident_id\` integer,
  	\`name\` text,
  	\`unit\` text,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_resident_attendees_order_idx\` ON \`meetings_resident_attendees\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_resident_attendees_parent_id_idx\` ON \`meetings_resident_attendees\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_resident_attendees_resident_idx\` ON \`meetings_resident_attendees\` (\`resident_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_agenda_order_idx\` ON \`meetings_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_parent_id_idx\` ON \`meetings_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_decisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`follow_up_id\` integer,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`follow_up_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_decisions_order_idx\` ON \`meetings_decisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_decisions_parent_id_idx\` ON \`meetings_decisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_decisions_owner_idx\` ON \`meetings_decisions\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_decisions_follow_up_idx\` ON \`meetings_decisions\` (\`follow_up_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text DEFAULT 'weekly' NOT NULL,
  	\`status\` text DEFAULT 'planned',
  	\`department\` text,
  	\`title\` text NOT NULL,
  	\`scheduled_at\` text NOT NULL,
  	\`place\` text,
  	\`chair_id\` integer NOT NULL,
  	\`minutes\` text,
  	\`recorded_by_id\` integer,
  	\`held_at\` text,
  	\`closed_by_id\` integer,
  	\`closed_at\` text,
  	\`close_note\` text,
  	\`cancel_reason\` text,
  	\`series_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`chair_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_kind_idx\` ON \`meetings\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`meetings_status_idx\` ON \`meetings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`meetings_scheduled_at_idx\` ON \`meetings\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_chair_idx\` ON \`meetings\` (\`chair_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_recorded_by_idx\` ON \`meetings\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_closed_by_idx\` ON \`meetings\` (\`closed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`meetings_series_key_idx\` ON \`meetings\` (\`series_key\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kind_scheduledAt_idx\` ON \`meetings\` (\`kind\`,\`scheduled_at\`);`)
  await db.run(sql`CREATE TABLE \`meetings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_rels_order_idx\` ON \`meetings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_parent_idx\` ON \`meetings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_path_idx\` ON \`meetings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_users_id_idx\` ON \`meetings_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`worker_passes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`status\` text DEFAULT 'issued',
  	\`worker_name\` text NOT NULL,
  	\`id_number\` text,
  	\`company\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`valid_from\` text NOT NULL,
  	\`valid_until\` text NOT NULL,
  	\`photo_id\` integer,
  	\`note\` text,
  	\`issued_at\` text,
  	\`issued_by_id\` integer,
  	\`returned_at\` text,
  	\`returned_to_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`returned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`worker_passes_number_idx\` ON \`worker_passes\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_status_idx\` ON \`worker_passes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_unit_idx\` ON \`worker_passes\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_valid_until_idx\` ON \`worker_passes\` (\`valid_until\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_photo_idx\` ON \`worker_passes\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_issued_at_idx\` ON \`worker_passes\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_issued_by_idx\` ON \`worker_passes\` (\`issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_returned_at_idx\` ON \`worker_passes\` (\`returned_at\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_returned_to_idx\` ON \`worker_passes\` (\`returned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_updated_at_idx\` ON \`worker_passes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`worker_passes_created_at_idx\` ON \`worker_passes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_validUntil_idx\` ON \`worker_passes\` (\`status\`,\`valid_until\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`shift_leader\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`violations\` ADD \`shift_log_id\` integer REFERENCES shift_logs(id);`)
  await db.run(sql`CREATE INDEX \`violations_shift_log_idx\` ON \`violations\` (\`shift_log_id\`);`)
  await db.run(sql`ALTER TABLE \`archived_documents\` ADD \`printed_form\` text;`)
  await db.run(sql`CREATE INDEX \`archived_documents_printed_form_idx\` ON \`archived_documents\` (\`printed_form\`);`)
  await db.run(sql`ALTER TABLE \`_archived_documents_v\` ADD \`version_printed_form\` text;`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_printed_form_idx\` ON \`_archived_documents_v\` (\`version_printed_form\`);`)
  await db.run(sql`ALTER TABLE \`shift_logs_entries\` ADD \`visitor_class\` text;`)
  await db.run(sql`ALTER TABLE \`shift_logs_entries\` ADD \`vehicle_class\` text;`)
  await db.run(sql`ALTER TABLE \`shift_logs_entries\` ADD \`violation_kind\` text;`)
  await db.run(sql`ALTER TABLE \`shift_logs_entries\` ADD \`violation_id\` integer REFERENCES violations(id);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_violation_idx\` ON \`shift_logs_entries\` (\`violation_id\`);`)
  await db.run(sql`ALTER TABLE \`shift_logs\` ADD \`post_kind\` text;`)
  await db.run(sql`ALTER TABLE \`shift_logs\` ADD \`countersigned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`shift_logs\` ADD \`countersigned_at\` text;`)
  await db.run(sql`ALTER TABLE \`shift_logs\` ADD \`countersign_note\` text;`)
  await db.run(sql`CREATE INDEX \`shift_logs_countersigned_by_idx\` ON \`shift_logs\` (\`countersigned_by_id\`);`)
  await db.run(sql`ALTER TABLE \`follow_ups_rels\` ADD \`meetings_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_meetings_id_idx\` ON \`follow_ups_rels\` (\`meetings_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`shift_posts_id\` integer REFERENCES shift_posts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meetings_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`worker_passes_id\` integer REFERENCES worker_passes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shift_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`shift_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_worker_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`worker_passes_id\`);`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`company_name\` text;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`company_logo_id\` integer REFERENCES attachments(id);`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`weekly_meeting_weekday\` text DEFAULT 'fri';`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`weekly_meeting_time\` text DEFAULT '09:00';`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`backup_time\` text DEFAULT '02:30';`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`backup_keep\` numeric DEFAULT 14;`)
  await db.run(sql`CREATE INDEX \`office_settings_company_logo_idx\` ON \`office_settings\` (\`company_logo_id\`);`)
  // Logs written before posts became data: the front desk's are front-desk logs, the rest security.
  await db.run(
    sql`UPDATE \`shift_logs\` SET \`post_kind\` = CASE WHEN \`post\` = 'front-desk' THEN 'front-desk' ELSE 'security' END WHERE \`post_kind\` IS NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`archived_documents_acknowledge_roles\`;`)
  await db.run(sql`DROP TABLE \`_archived_documents_v_version_acknowledge_roles\`;`)
  await db.run(sql`DROP TABLE \`shift_posts_equipment\`;`)
  await db.run(sql`DROP TABLE \`shift_posts\`;`)
  await db.run(sql`DROP TABLE \`meetings_resident_attendees\`;`)
  await db.run(sql`DROP TABLE \`meetings_agenda\`;`)
  await db.run(sql`DROP TABLE \`meetings_decisions\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings_rels\`;`)
  await db.run(sql`DROP TABLE \`worker_passes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_violations\` (
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
  	\`approval_awaiting_roles\` text,
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
  await db.run(sql`INSERT INTO \`__new_violations\`("id", "number", "status", "effective", "kind", "sub_kind", "severity", "responsible_role", "unit_id", "resident_id", "location", "occurred_at", "found_by_id", "handler_id", "recorded_by_id", "description", "next_measure", "decision_measure", "decision_deadline", "decision_facts", "decision_skip_reason", "decision_arrears", "decision_overdue_since", "decision_damage", "decision_amount", "decision_days", "amount_due", "outstanding", "rectification_due_at", "rectification_overdue", "overdue_notified_for", "resolution", "resolved_at", "approval_status", "approval_chain", "approval_step", "approval_round", "approval_awaiting_roles", "approval_content_hash", "approval_proposed_by_id", "approval_last_action_by_id", "approval_last_action_at", "approval_last_comment", "updated_at", "created_at") SELECT "id", "number", "status", "effective", "kind", "sub_kind", "severity", "responsible_role", "unit_id", "resident_id", "location", "occurred_at", "found_by_id", "handler_id", "recorded_by_id", "description", "next_measure", "decision_measure", "decision_deadline", "decision_facts", "decision_skip_reason", "decision_arrears", "decision_overdue_since", "decision_damage", "decision_amount", "decision_days", "amount_due", "outstanding", "rectification_due_at", "rectification_overdue", "overdue_notified_for", "resolution", "resolved_at", "approval_status", "approval_chain", "approval_step", "approval_round", "approval_awaiting_roles", "approval_content_hash", "approval_proposed_by_id", "approval_last_action_by_id", "approval_last_action_at", "approval_last_comment", "updated_at", "created_at" FROM \`violations\`;`)
  await db.run(sql`DROP TABLE \`violations\`;`)
  await db.run(sql`ALTER TABLE \`__new_violations\` RENAME TO \`violations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`violations_number_idx\` ON \`violations\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`violations_status_idx\` ON \`violations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`violations_unit_idx\` ON \`violations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_resident_idx\` ON \`violations\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_found_by_idx\` ON \`violations\` (\`found_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_handler_idx\` ON \`violations\` (\`handler_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_recorded_by_idx\` ON \`violations\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_rectification_due_at_idx\` ON \`violations\` (\`rectification_due_at\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_status_idx\` ON \`violations\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_awaiting_roles_idx\` ON \`violations\` (\`approval_awaiting_roles\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_proposed_by_idx\` ON \`violations\` (\`approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_last_action_by_idx\` ON \`violations\` (\`approval_last_action_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_updated_at_idx\` ON \`violations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`violations_created_at_idx\` ON \`violations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_occurredAt_idx\` ON \`violations\` (\`status\`,\`occurred_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_shift_logs_entries\` (
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
  await db.run(sql`INSERT INTO \`__new_shift_logs_entries\`("_order", "_parent_id", "id", "at", "kind", "priority", "unit_id", "text", "name", "id_shown", "plate", "out_at", "items", "carrier", "owner_confirmed_by", "owner_confirm_method", "released", "notified_at", "collected_at", "collected_by", "company", "valid_until", "returned_at", "complaint_id", "work_order_id", "recorded_by_id") SELECT "_order", "_parent_id", "id", "at", "kind", "priority", "unit_id", "text", "name", "id_shown", "plate", "out_at", "items", "carrier", "owner_confirmed_by", "owner_confirm_method", "released", "notified_at", "collected_at", "collected_by", "company", "valid_until", "returned_at", "complaint_id", "work_order_id", "recorded_by_id" FROM \`shift_logs_entries\`;`)
  await db.run(sql`DROP TABLE \`shift_logs_entries\`;`)
  await db.run(sql`ALTER TABLE \`__new_shift_logs_entries\` RENAME TO \`shift_logs_entries\`;`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_order_idx\` ON \`shift_logs_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_parent_id_idx\` ON \`shift_logs_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_unit_idx\` ON \`shift_logs_entries\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_complaint_idx\` ON \`shift_logs_entries\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_work_order_idx\` ON \`shift_logs_entries\` (\`work_order_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_recorded_by_idx\` ON \`shift_logs_entries\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_shift_logs\` (
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
  await db.run(sql`INSERT INTO \`__new_shift_logs\`("id", "post", "shift_date", "shift", "status", "key", "starts_at", "ends_at", "on_duty_id", "summary", "signed_by_id", "signed_at", "incoming_id", "accepted_at", "refused_by_id", "refused_at", "refusal_reason", "reviewed_by_id", "reviewed_at", "review_note", "updated_at", "created_at") SELECT "id", "post", "shift_date", "shift", "status", "key", "starts_at", "ends_at", "on_duty_id", "summary", "signed_by_id", "signed_at", "incoming_id", "accepted_at", "refused_by_id", "refused_at", "refusal_reason", "reviewed_by_id", "reviewed_at", "review_note", "updated_at", "created_at" FROM \`shift_logs\`;`)
  await db.run(sql`DROP TABLE \`shift_logs\`;`)
  await db.run(sql`ALTER TABLE \`__new_shift_logs\` RENAME TO \`shift_logs\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_follow_ups_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_follow_ups_rels\`("id", "order", "parent_id", "path", "complaints_id", "work_orders_id", "violations_id", "return_visits_id", "archived_documents_id", "complaint_reports_id", "shift_logs_id") SELECT "id", "order", "parent_id", "path", "complaints_id", "work_orders_id", "violations_id", "return_visits_id", "archived_documents_id", "complaint_reports_id", "shift_logs_id" FROM \`follow_ups_rels\`;`)
  await db.run(sql`DROP TABLE \`follow_ups_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_follow_ups_rels\` RENAME TO \`follow_ups_rels\`;`)
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
  	\`follow_ups_id\` integer,
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
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`throttles_id\`) REFERENCES \`throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "shift_logs_id", "follow_ups_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id") SELECT "id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "shift_logs_id", "follow_ups_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_violations_id_idx\` ON \`payload_locked_documents_rels\` (\`violations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issued_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`issued_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archived_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`archived_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_loans_id_idx\` ON \`payload_locked_documents_rels\` (\`document_loans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_destructions_id_idx\` ON \`payload_locked_documents_rels\` (\`document_destructions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_acknowledgements__idx\` ON \`payload_locked_documents_rels\` (\`document_acknowledgements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archive_inspections_id_idx\` ON \`payload_locked_documents_rels\` (\`archive_inspections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_log_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shift_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`shift_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`throttles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_office_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`timezone\` text DEFAULT 'Asia/Shanghai',
  	\`resolution_target_hours\` numeric DEFAULT 24,
  	\`collective_window_hours\` numeric DEFAULT 24,
  	\`collective_threshold\` numeric DEFAULT 3,
  	\`complaint_visit_rate\` numeric DEFAULT 100,
  	\`complaint_visit_method\` text DEFAULT 'face-to-face',
  	\`commercial_dispatch_minutes\` numeric DEFAULT 20,
  	\`dispatch_minutes\` numeric DEFAULT 5,
  	\`arrival_minutes\` numeric DEFAULT 30,
  	\`payment_before_dispatch\` integer DEFAULT false,
  	\`repair_visit_rate\` numeric DEFAULT 20,
  	\`allow_same_signer\` integer DEFAULT false,
  	\`late_fee_rate_per_day\` numeric DEFAULT 0.0003,
  	\`late_fee_cap_ratio\` numeric DEFAULT 1,
  	\`compensation_cap\` numeric DEFAULT 50000,
  	\`document_number_pattern\` text DEFAULT 'WY-{dept}-{kind}-{seq:3}',
  	\`version_scheme\` text DEFAULT 'letter',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_office_settings\`("id", "timezone", "resolution_target_hours", "collective_window_hours", "collective_threshold", "complaint_visit_rate", "complaint_visit_method", "commercial_dispatch_minutes", "dispatch_minutes", "arrival_minutes", "payment_before_dispatch", "repair_visit_rate", "allow_same_signer", "late_fee_rate_per_day", "late_fee_cap_ratio", "compensation_cap", "document_number_pattern", "version_scheme", "updated_at", "created_at") SELECT "id", "timezone", "resolution_target_hours", "collective_window_hours", "collective_threshold", "complaint_visit_rate", "complaint_visit_method", "commercial_dispatch_minutes", "dispatch_minutes", "arrival_minutes", "payment_before_dispatch", "repair_visit_rate", "allow_same_signer", "late_fee_rate_per_day", "late_fee_cap_ratio", "compensation_cap", "document_number_pattern", "version_scheme", "updated_at", "created_at" FROM \`office_settings\`;`)
  await db.run(sql`DROP TABLE \`office_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_office_settings\` RENAME TO \`office_settings\`;`)
  await db.run(sql`DROP INDEX \`archived_documents_printed_form_idx\`;`)
  await db.run(sql`ALTER TABLE \`archived_documents\` DROP COLUMN \`printed_form\`;`)
  await db.run(sql`DROP INDEX \`_archived_documents_v_version_version_printed_form_idx\`;`)
  await db.run(sql`ALTER TABLE \`_archived_documents_v\` DROP COLUMN \`version_printed_form\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`shift_leader\`;`)
}
