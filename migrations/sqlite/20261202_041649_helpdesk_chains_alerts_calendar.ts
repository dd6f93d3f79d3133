import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`complaints_review_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`follow_up_id\` integer,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`follow_up_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`complaints_review_measures_order_idx\` ON \`complaints_review_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`complaints_review_measures_parent_id_idx\` ON \`complaints_review_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_review_measures_owner_idx\` ON \`complaints_review_measures\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_review_measures_follow_up_idx\` ON \`complaints_review_measures\` (\`follow_up_id\`);`)
  await db.run(sql`CREATE TABLE \`approval_chains_conditions_severities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approval_chains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`approval_chains_conditions_severities_order_idx\` ON \`approval_chains_conditions_severities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`approval_chains_conditions_severities_parent_idx\` ON \`approval_chains_conditions_severities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`approval_chains_conditions_violation_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approval_chains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`approval_chains_conditions_violation_kinds_order_idx\` ON \`approval_chains_conditions_violation_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`approval_chains_conditions_violation_kinds_parent_idx\` ON \`approval_chains_conditions_violation_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`approval_chains_conditions_document_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approval_chains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`approval_chains_conditions_document_kinds_order_idx\` ON \`approval_chains_conditions_document_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`approval_chains_conditions_document_kinds_parent_idx\` ON \`approval_chains_conditions_document_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`approval_chains_steps_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approval_chains_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`approval_chains_steps_roles_order_idx\` ON \`approval_chains_steps_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`approval_chains_steps_roles_parent_idx\` ON \`approval_chains_steps_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`approval_chains_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`meaning\` text NOT NULL,
  	\`designation\` text,
  	\`label_zh\` text,
  	\`label_en\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`approval_chains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`approval_chains_steps_order_idx\` ON \`approval_chains_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`approval_chains_steps_parent_id_idx\` ON \`approval_chains_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`approval_chains\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`version\` numeric DEFAULT 1,
  	\`conditions_amount_over\` numeric,
  	\`conditions_amount_up_to\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`approval_chains_key_idx\` ON \`approval_chains\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`approval_chains_collection_slug_idx\` ON \`approval_chains\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`approval_chains_active_idx\` ON \`approval_chains\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`approval_chains_updated_at_idx\` ON \`approval_chains\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`approval_chains_created_at_idx\` ON \`approval_chains\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_approval_chains_v_version_conditions_severities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_approval_chains_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_conditions_severities_order_idx\` ON \`_approval_chains_v_version_conditions_severities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_conditions_severities_parent_idx\` ON \`_approval_chains_v_version_conditions_severities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_approval_chains_v_version_conditions_violation_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_approval_chains_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_conditions_violation_kinds_order_idx\` ON \`_approval_chains_v_version_conditions_violation_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_conditions_violation_kinds_parent_idx\` ON \`_approval_chains_v_version_conditions_violation_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_approval_chains_v_version_conditions_document_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_approval_chains_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_conditions_document_kinds_order_idx\` ON \`_approval_chains_v_version_conditions_document_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_conditions_document_kinds_parent_idx\` ON \`_approval_chains_v_version_conditions_document_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_approval_chains_v_version_steps_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_approval_chains_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_steps_roles_order_idx\` ON \`_approval_chains_v_version_steps_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_steps_roles_parent_idx\` ON \`_approval_chains_v_version_steps_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_approval_chains_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`meaning\` text NOT NULL,
  	\`designation\` text,
  	\`label_zh\` text,
  	\`label_en\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_approval_chains_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_steps_order_idx\` ON \`_approval_chains_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_steps_parent_id_idx\` ON \`_approval_chains_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_approval_chains_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_key\` text NOT NULL,
  	\`version_collection_slug\` text NOT NULL,
  	\`version_active\` integer DEFAULT true,
  	\`version_version\` numeric DEFAULT 1,
  	\`version_conditions_amount_over\` numeric,
  	\`version_conditions_amount_up_to\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approval_chains\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_parent_idx\` ON \`_approval_chains_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_version_key_idx\` ON \`_approval_chains_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_version_collection_slug_idx\` ON \`_approval_chains_v\` (\`version_collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_version_active_idx\` ON \`_approval_chains_v\` (\`version_active\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_version_updated_at_idx\` ON \`_approval_chains_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_version_version_created_at_idx\` ON \`_approval_chains_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_created_at_idx\` ON \`_approval_chains_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_approval_chains_v_updated_at_idx\` ON \`_approval_chains_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`alert_channels\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'group-robot' NOT NULL,
  	\`flavour\` text DEFAULT 'dingtalk' NOT NULL,
  	\`format\` text DEFAULT 'markdown' NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`url\` text,
  	\`secret\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`alert_channels_updated_at_idx\` ON \`alert_channels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alert_channels_created_at_idx\` ON \`alert_channels\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`suggestions_plan\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`follow_up_id\` integer,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`follow_up_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`suggestions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`suggestions_plan_order_idx\` ON \`suggestions_plan\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_plan_parent_id_idx\` ON \`suggestions_plan\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_plan_owner_idx\` ON \`suggestions_plan\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_plan_follow_up_idx\` ON \`suggestions_plan\` (\`follow_up_id\`);`)
  await db.run(sql`CREATE TABLE \`suggestions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`status\` text DEFAULT 'submitted',
  	\`channel\` text DEFAULT 'visit' NOT NULL,
  	\`recorded_at\` text,
  	\`recorded_by_id\` integer,
  	\`unit_id\` integer NOT NULL,
  	\`resident_id\` integer,
  	\`resident_name\` text,
  	\`subject\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`decision_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`suggestions_status_idx\` ON \`suggestions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_recorded_at_idx\` ON \`suggestions\` (\`recorded_at\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_recorded_by_idx\` ON \`suggestions\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_unit_idx\` ON \`suggestions\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_resident_idx\` ON \`suggestions\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_decided_by_idx\` ON \`suggestions\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_updated_at_idx\` ON \`suggestions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`suggestions_created_at_idx\` ON \`suggestions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`office_settings_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`office_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_settings_texts_order_parent\` ON \`office_settings_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`office_settings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`alert_channels_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`office_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alert_channels_id\`) REFERENCES \`alert_channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_settings_rels_order_idx\` ON \`office_settings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_rels_parent_idx\` ON \`office_settings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_rels_path_idx\` ON \`office_settings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_rels_alert_channels_id_idx\` ON \`office_settings_rels\` (\`alert_channels_id\`);`)
  await db.run(sql`CREATE TABLE \`office_calendar_years_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`office_calendar_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_calendar_years_hours_order_idx\` ON \`office_calendar_years_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`office_calendar_years_hours_parent_id_idx\` ON \`office_calendar_years_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`office_calendar_years_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`office_calendar_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_calendar_years_holidays_order_idx\` ON \`office_calendar_years_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`office_calendar_years_holidays_parent_id_idx\` ON \`office_calendar_years_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`office_calendar_years_workdays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`office_calendar_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_calendar_years_workdays_order_idx\` ON \`office_calendar_years_workdays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`office_calendar_years_workdays_parent_id_idx\` ON \`office_calendar_years_workdays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`office_calendar_years\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`office_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_calendar_years_order_idx\` ON \`office_calendar_years\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`office_calendar_years_parent_id_idx\` ON \`office_calendar_years\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`office_calendar_deadline_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`basis\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`office_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_calendar_deadline_rules_order_idx\` ON \`office_calendar_deadline_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`office_calendar_deadline_rules_parent_id_idx\` ON \`office_calendar_deadline_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`office_calendar\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`DROP INDEX \`_archived_documents_v_version_approval_version_approva_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_archived_documents_v_version_approval_version_approva_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_archived_documents_v_version_approval_version_approva_3_idx\`;`)
  await db.run(sql`ALTER TABLE \`_archived_documents_v\` ADD \`version_approval_chain_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`_archived_documents_v\` ADD \`version_approval_chain_version\` numeric;`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_4_idx\` ON \`_archived_documents_v\` (\`version_approval_last_action_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_1_idx\` ON \`_archived_documents_v\` (\`version_approval_chain_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_2_idx\` ON \`_archived_documents_v\` (\`version_approval_awaiting_roles\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_3_idx\` ON \`_archived_documents_v\` (\`version_approval_proposed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`review_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`handling_deadline_hours\` numeric;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`review_responsible_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`review_deadline\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`review_cause\` text;`)
  await db.run(sql`CREATE INDEX \`complaints_review_status_idx\` ON \`complaints\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`complaints_reviewed_by_idx\` ON \`complaints\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_review_responsible_idx\` ON \`complaints\` (\`review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_chain_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_chain_version\` numeric;`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_chain_id_idx\` ON \`complaint_reports\` (\`approval_chain_id\`);`)
  await db.run(sql`ALTER TABLE \`violations\` ADD \`approval_chain_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`violations\` ADD \`approval_chain_version\` numeric;`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_chain_id_idx\` ON \`violations\` (\`approval_chain_id\`);`)
  await db.run(sql`ALTER TABLE \`archived_documents\` ADD \`approval_chain_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`archived_documents\` ADD \`approval_chain_version\` numeric;`)
  await db.run(sql`CREATE INDEX \`archived_documents_approval_approval_chain_id_idx\` ON \`archived_documents\` (\`approval_chain_id\`);`)
  await db.run(sql`ALTER TABLE \`document_loans\` ADD \`approval_chain_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`document_loans\` ADD \`approval_chain_version\` numeric;`)
  await db.run(sql`CREATE INDEX \`document_loans_approval_approval_chain_id_idx\` ON \`document_loans\` (\`approval_chain_id\`);`)
  await db.run(sql`ALTER TABLE \`document_destructions\` ADD \`approval_chain_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`document_destructions\` ADD \`approval_chain_version\` numeric;`)
  await db.run(sql`CREATE INDEX \`document_destructions_approval_approval_chain_id_idx\` ON \`document_destructions\` (\`approval_chain_id\`);`)
  await db.run(sql`ALTER TABLE \`follow_ups_rels\` ADD \`suggestions_id\` integer REFERENCES suggestions(id);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_suggestions_id_idx\` ON \`follow_ups_rels\` (\`suggestions_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`approval_chains_id\` integer REFERENCES approval_chains(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`alert_channels_id\` integer REFERENCES alert_channels(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`suggestions_id\` integer REFERENCES suggestions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_chains_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_chains_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alert_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`alert_channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suggestions_id_idx\` ON \`payload_locked_documents_rels\` (\`suggestions_id\`);`)
  // 检讨: a complaint already major or found true needs its review (reviewStatusOf).
  await db.run(
    sql`UPDATE \`complaints\` SET \`review_status\` = 'needed' WHERE \`severity\` = 'major' OR \`verdict\` = 'substantiated';`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`complaints_review_measures\`;`)
  await db.run(sql`DROP TABLE \`approval_chains_conditions_severities\`;`)
  await db.run(sql`DROP TABLE \`approval_chains_conditions_violation_kinds\`;`)
  await db.run(sql`DROP TABLE \`approval_chains_conditions_document_kinds\`;`)
  await db.run(sql`DROP TABLE \`approval_chains_steps_roles\`;`)
  await db.run(sql`DROP TABLE \`approval_chains_steps\`;`)
  await db.run(sql`DROP TABLE \`approval_chains\`;`)
  await db.run(sql`DROP TABLE \`_approval_chains_v_version_conditions_severities\`;`)
  await db.run(sql`DROP TABLE \`_approval_chains_v_version_conditions_violation_kinds\`;`)
  await db.run(sql`DROP TABLE \`_approval_chains_v_version_conditions_document_kinds\`;`)
  await db.run(sql`DROP TABLE \`_approval_chains_v_version_steps_roles\`;`)
  await db.run(sql`DROP TABLE \`_approval_chains_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_approval_chains_v\`;`)
  await db.run(sql`DROP TABLE \`alert_channels\`;`)
  await db.run(sql`DROP TABLE \`suggestions_plan\`;`)
  await db.run(sql`DROP TABLE \`suggestions\`;`)
  await db.run(sql`DROP TABLE \`office_settings_texts\`;`)
  await db.run(sql`DROP TABLE \`office_settings_rels\`;`)
  await db.run(sql`DROP TABLE \`office_calendar_years_hours\`;`)
  await db.run(sql`DROP TABLE \`office_calendar_years_holidays\`;`)
  await db.run(sql`DROP TABLE \`office_calendar_years_workdays\`;`)
  await db.run(sql`DROP TABLE \`office_calendar_years\`;`)
  await db.run(sql`DROP TABLE \`office_calendar_deadline_rules\`;`)
  await db.run(sql`DROP TABLE \`office_calendar\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_complaints\` (
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
  	\`verdict\` text,
  	\`verdict_note\` text,
  	\`resolved_at\` text,
  	\`resolved_by_id\` integer,
  	\`closed_at\` text,
  	\`closed_by_id\` integer,
  	\`replied_at\` text,
  	\`replied_by_id\` integer,
  	\`reply_method\` text,
  	\`next_reply_at\` text,
  	\`reply_summary\` text,
  	\`confirmed_at\` text,
  	\`confirmed_by_id\` integer,
  	\`confirmation_method\` text,
  	\`confirmation_note\` text,
  	\`referred_at\` text,
  	\`referred_by_id\` integer,
  	\`referred_to_id\` integer,
  	\`referral_reason\` text,
  	\`office_head_decision\` text,
  	\`decided_at\` text,
  	\`decided_by_id\` integer,
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
  	FOREIGN KEY (\`replied_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`referred_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`referred_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`incident_id\`) REFERENCES \`incidents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_complaints\`("id", "number", "status", "severity", "registered_at", "kind", "channel", "category", "unit_id", "resident_id", "visitor_name", "visitor_phone", "description", "reply_promised_at", "department", "handler_id", "handling_deadline", "dispatched_at", "dispatched_by_id", "verified_at", "verified_by_id", "handling_notes", "result", "written_reply", "verdict", "verdict_note", "resolved_at", "resolved_by_id", "closed_at", "closed_by_id", "replied_at", "replied_by_id", "reply_method", "next_reply_at", "reply_summary", "confirmed_at", "confirmed_by_id", "confirmation_method", "confirmation_note", "referred_at", "referred_by_id", "referred_to_id", "referral_reason", "office_head_decision", "decided_at", "decided_by_id", "verify_due_at", "verified_on_time", "resolve_due_at", "resolved_on_time", "resolved_within24h", "minutes_to_resolve", "severity_source", "severity_override", "severity_reason", "incident_id", "return_visit_required", "reopen_count", "registered_by_id", "building", "description_text", "updated_at", "created_at") SELECT "id", "number", "status", "severity", "registered_at", "kind", "channel", "category", "unit_id", "resident_id", "visitor_name", "visitor_phone", "description", "reply_promised_at", "department", "handler_id", "handling_deadline", "dispatched_at", "dispatched_by_id", "verified_at", "verified_by_id", "handling_notes", "result", "written_reply", "verdict", "verdict_note", "resolved_at", "resolved_by_id", "closed_at", "closed_by_id", "replied_at", "replied_by_id", "reply_method", "next_reply_at", "reply_summary", "confirmed_at", "confirmed_by_id", "confirmation_method", "confirmation_note", "referred_at", "referred_by_id", "referred_to_id", "referral_reason", "office_head_decision", "decided_at", "decided_by_id", "verify_due_at", "verified_on_time", "resolve_due_at", "resolved_on_time", "resolved_within24h", "minutes_to_resolve", "severity_source", "severity_override", "severity_reason", "incident_id", "return_visit_required", "reopen_count", "registered_by_id", "building", "description_text", "updated_at", "created_at" FROM \`complaints\`;`)
  await db.run(sql`DROP TABLE \`complaints\`;`)
  await db.run(sql`ALTER TABLE \`__new_complaints\` RENAME TO \`complaints\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`complaints_replied_by_idx\` ON \`complaints\` (\`replied_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_confirmed_by_idx\` ON \`complaints\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_referred_by_idx\` ON \`complaints\` (\`referred_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_referred_to_idx\` ON \`complaints\` (\`referred_to_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_decided_by_idx\` ON \`complaints\` (\`decided_by_id\`);`)
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
  await db.run(sql`CREATE INDEX \`kind_registeredAt_verdict_idx\` ON \`complaints\` (\`kind\`,\`registered_at\`,\`verdict\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`complaints\` (\`registered_at\`,\`kind\`,\`category\`,\`severity\`,\`channel\`,\`building\`,\`verified_on_time\`,\`resolved_within24h\`,\`resolved_at\`,\`resolved_on_time\`,\`verdict\`);`)
  await db.run(sql`CREATE INDEX \`status_kind_severity_resolveDueAt_idx\` ON \`complaints\` (\`status\`,\`kind\`,\`severity\`,\`resolve_due_at\`);`)
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
  	\`meetings_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_orders_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`violations_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`return_visits_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archived_documents_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_reports_id\`) REFERENCES \`complaint_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`shift_logs_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_follow_ups_rels\`("id", "order", "parent_id", "path", "complaints_id", "work_orders_id", "violations_id", "return_visits_id", "archived_documents_id", "complaint_reports_id", "shift_logs_id", "meetings_id") SELECT "id", "order", "parent_id", "path", "complaints_id", "work_orders_id", "violations_id", "return_visits_id", "archived_documents_id", "complaint_reports_id", "shift_logs_id", "meetings_id" FROM \`follow_ups_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`follow_ups_rels_meetings_id_idx\` ON \`follow_ups_rels\` (\`meetings_id\`);`)
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
  	\`shift_posts_id\` integer,
  	\`complaint_categories_id\` integer,
  	\`meetings_id\` integer,
  	\`worker_passes_id\` integer,
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
  	FOREIGN KEY (\`throttles_id\`) REFERENCES \`throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`shift_posts_id\`) REFERENCES \`shift_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_categories_id\`) REFERENCES \`complaint_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_passes_id\`) REFERENCES \`worker_passes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "shift_logs_id", "follow_ups_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id", "shift_posts_id", "complaint_categories_id", "meetings_id", "worker_passes_id") SELECT "id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "shift_logs_id", "follow_ups_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id", "shift_posts_id", "complaint_categories_id", "meetings_id", "worker_passes_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shift_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`shift_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaint_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`complaint_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_worker_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`worker_passes_id\`);`)
  await db.run(sql`DROP INDEX \`complaint_reports_approval_approval_chain_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` DROP COLUMN \`approval_chain_id\`;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` DROP COLUMN \`approval_chain_version\`;`)
  await db.run(sql`DROP INDEX \`violations_approval_approval_chain_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`violations\` DROP COLUMN \`approval_chain_id\`;`)
  await db.run(sql`ALTER TABLE \`violations\` DROP COLUMN \`approval_chain_version\`;`)
  await db.run(sql`DROP INDEX \`archived_documents_approval_approval_chain_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`archived_documents\` DROP COLUMN \`approval_chain_id\`;`)
  await db.run(sql`ALTER TABLE \`archived_documents\` DROP COLUMN \`approval_chain_version\`;`)
  await db.run(sql`DROP INDEX \`_archived_documents_v_version_approval_version_approva_4_idx\`;`)
  await db.run(sql`DROP INDEX \`_archived_documents_v_version_approval_version_approva_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_archived_documents_v_version_approval_version_approva_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_archived_documents_v_version_approval_version_approva_3_idx\`;`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_1_idx\` ON \`_archived_documents_v\` (\`version_approval_awaiting_roles\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_2_idx\` ON \`_archived_documents_v\` (\`version_approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_3_idx\` ON \`_archived_documents_v\` (\`version_approval_last_action_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_archived_documents_v\` DROP COLUMN \`version_approval_chain_id\`;`)
  await db.run(sql`ALTER TABLE \`_archived_documents_v\` DROP COLUMN \`version_approval_chain_version\`;`)
  await db.run(sql`DROP INDEX \`document_loans_approval_approval_chain_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`document_loans\` DROP COLUMN \`approval_chain_id\`;`)
  await db.run(sql`ALTER TABLE \`document_loans\` DROP COLUMN \`approval_chain_version\`;`)
  await db.run(sql`DROP INDEX \`document_destructions_approval_approval_chain_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`document_destructions\` DROP COLUMN \`approval_chain_id\`;`)
  await db.run(sql`ALTER TABLE \`document_destructions\` DROP COLUMN \`approval_chain_version\`;`)
}
