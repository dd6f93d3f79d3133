import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_texts_order_parent\` ON \`users_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`residents_move_in_joint_inspection_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	\`passed\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_move_in_joint_inspection_items_order_idx\` ON \`residents_move_in_joint_inspection_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_joint_inspection_items_parent_id_idx\` ON \`residents_move_in_joint_inspection_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`residents_move_in_joint_inspection_defects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`description\` text NOT NULL,
  	\`location\` text,
  	\`deadline\` text,
  	\`follow_up_id\` integer,
  	FOREIGN KEY (\`follow_up_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_move_in_joint_inspection_defects_order_idx\` ON \`residents_move_in_joint_inspection_defects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_joint_inspection_defects_parent_id_idx\` ON \`residents_move_in_joint_inspection_defects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_joint_inspection_defects_follow_up_idx\` ON \`residents_move_in_joint_inspection_defects\` (\`follow_up_id\`);`)
  await db.run(sql`CREATE TABLE \`residents_move_in_keys_handed_over_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_move_in_keys_handed_over_keys_order_idx\` ON \`residents_move_in_keys_handed_over_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_keys_handed_over_keys_parent_id_idx\` ON \`residents_move_in_keys_handed_over_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`residents_move_in_keys_custody_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_move_in_keys_custody_keys_order_idx\` ON \`residents_move_in_keys_custody_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_keys_custody_keys_parent_id_idx\` ON \`residents_move_in_keys_custody_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`return_visits_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`promised_by\` text,
  	\`answered_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`return_visits_points_order_idx\` ON \`return_visits_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_points_parent_id_idx\` ON \`return_visits_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`return_visits_follow_ups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`owner_id\` integer,
  	\`deadline\` text,
  	\`follow_up_id\` integer,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`follow_up_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`return_visits_follow_ups_order_idx\` ON \`return_visits_follow_ups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_follow_ups_parent_id_idx\` ON \`return_visits_follow_ups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_follow_ups_owner_idx\` ON \`return_visits_follow_ups\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_follow_ups_follow_up_idx\` ON \`return_visits_follow_ups\` (\`follow_up_id\`);`)
  await db.run(sql`CREATE TABLE \`keys\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`label\` text NOT NULL,
  	\`unit_id\` integer,
  	\`resident_id\` integer,
  	\`kind\` text NOT NULL,
  	\`count\` numeric DEFAULT 1 NOT NULL,
  	\`location\` text NOT NULL,
  	\`origin\` text DEFAULT 'spare',
  	\`status\` text DEFAULT 'in-office',
  	\`holder\` text,
  	\`lent_at\` text,
  	\`due_back\` text,
  	\`lent_in_log_id\` integer,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lent_in_log_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`keys_unit_idx\` ON \`keys\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`keys_resident_idx\` ON \`keys\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`keys_status_idx\` ON \`keys\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`keys_due_back_idx\` ON \`keys\` (\`due_back\`);`)
  await db.run(sql`CREATE INDEX \`keys_lent_in_log_idx\` ON \`keys\` (\`lent_in_log_id\`);`)
  await db.run(sql`CREATE INDEX \`keys_updated_at_idx\` ON \`keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`keys_created_at_idx\` ON \`keys\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_dueBack_idx\` ON \`keys\` (\`status\`,\`due_back\`);`)
  await db.run(sql`CREATE TABLE \`renovations_requested_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`noisy\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`renovations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`renovations_requested_hours_order_idx\` ON \`renovations_requested_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`renovations_requested_hours_parent_id_idx\` ON \`renovations_requested_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`renovations_workers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`id_number\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`renovations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`renovations_workers_order_idx\` ON \`renovations_workers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`renovations_workers_parent_id_idx\` ON \`renovations_workers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`renovations_inspections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`stage\` text NOT NULL,
  	\`result\` text NOT NULL,
  	\`work_observed\` text,
  	\`inspector_id\` integer,
  	\`note\` text,
  	\`breach\` text,
  	FOREIGN KEY (\`inspector_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`renovations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`renovations_inspections_order_idx\` ON \`renovations_inspections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`renovations_inspections_parent_id_idx\` ON \`renovations_inspections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`renovations_inspections_inspector_idx\` ON \`renovations_inspections\` (\`inspector_id\`);`)
  await db.run(sql`CREATE TABLE \`renovations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`status\` text DEFAULT 'applied',
  	\`unit_id\` integer NOT NULL,
  	\`resident_id\` integer,
  	\`contractor_name\` text NOT NULL,
  	\`contractor_licence\` text,
  	\`contractor_contact\` text,
  	\`scope\` text NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text NOT NULL,
  	\`agreement_number\` text,
  	\`agreement_signed_at\` text,
  	\`agreement_file_id\` integer,
  	\`deposit_status\` text DEFAULT 'none',
  	\`deposit_amount\` numeric,
  	\`deposit_received_at\` text,
  	\`deposit_received_by_id\` integer,
  	\`deposit_settled_at\` text,
  	\`deposit_settled_by_id\` integer,
  	\`deposit_withheld_amount\` numeric,
  	\`deposit_reason\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`decision_note\` text,
  	\`completed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agreement_file_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`deposit_received_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`deposit_settled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`renovations_number_idx\` ON \`renovations\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`renovations_status_idx\` ON \`renovations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`renovations_unit_idx\` ON \`renovations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`renovations_resident_idx\` ON \`renovations\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`renovations_start_date_idx\` ON \`renovations\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`renovations_end_date_idx\` ON \`renovations\` (\`end_date\`);`)
  await db.run(sql`CREATE INDEX \`renovations_agreement_agreement_file_idx\` ON \`renovations\` (\`agreement_file_id\`);`)
  await db.run(sql`CREATE INDEX \`renovations_deposit_deposit_received_by_idx\` ON \`renovations\` (\`deposit_received_by_id\`);`)
  await db.run(sql`CREATE INDEX \`renovations_deposit_deposit_settled_by_idx\` ON \`renovations\` (\`deposit_settled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`renovations_decided_by_idx\` ON \`renovations\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`renovations_updated_at_idx\` ON \`renovations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`renovations_created_at_idx\` ON \`renovations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_status_idx\` ON \`renovations\` (\`unit_id\`,\`status\`);`)
  await db.run(sql`CREATE TABLE \`month_figures\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`month\` text NOT NULL,
  	\`complaints\` numeric NOT NULL,
  	\`valid\` numeric NOT NULL,
  	\`rated\` numeric NOT NULL,
  	\`satisfied\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`month_figures_key_idx\` ON \`month_figures\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`month_figures_updated_at_idx\` ON \`month_figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`month_figures_created_at_idx\` ON \`month_figures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`survey_tokens\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`visit_id\` integer,
  	\`token_hash\` text NOT NULL,
  	\`sent_at\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`used_at\` text,
  	\`sent_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`visit_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sent_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_tokens_visit_idx\` ON \`survey_tokens\` (\`visit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_tokens_token_hash_idx\` ON \`survey_tokens\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`survey_tokens_sent_by_idx\` ON \`survey_tokens\` (\`sent_by_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_tokens_updated_at_idx\` ON \`survey_tokens\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_tokens_created_at_idx\` ON \`survey_tokens\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`visit_plans_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`resident_id\` integer,
  	\`assignee_id\` integer NOT NULL,
  	\`scheduled_for\` text,
  	\`method\` text DEFAULT 'face-to-face' NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`visit_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`visit_plans_rows_order_idx\` ON \`visit_plans_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`visit_plans_rows_parent_id_idx\` ON \`visit_plans_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_plans_rows_unit_idx\` ON \`visit_plans_rows\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_plans_rows_resident_idx\` ON \`visit_plans_rows\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_plans_rows_assignee_idx\` ON \`visit_plans_rows\` (\`assignee_id\`);`)
  await db.run(sql`CREATE TABLE \`visit_plans\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`period\` text NOT NULL,
  	\`kind\` text DEFAULT 'periodic' NOT NULL,
  	\`department\` text,
  	\`made_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`made_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`visit_plans_period_idx\` ON \`visit_plans\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`visit_plans_made_by_idx\` ON \`visit_plans\` (\`made_by_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_plans_updated_at_idx\` ON \`visit_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visit_plans_created_at_idx\` ON \`visit_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_records\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`resident_id\` integer,
  	\`description\` text NOT NULL,
  	\`paid\` integer DEFAULT false,
  	\`price_item_id\` integer,
  	\`provided_by_id\` integer,
  	\`completed_at\` text,
  	\`sample_rate\` numeric,
  	\`return_visit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`price_item_id\`) REFERENCES \`price_list\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`return_visit_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_records_unit_idx\` ON \`service_records\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`service_records_resident_idx\` ON \`service_records\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`service_records_price_item_idx\` ON \`service_records\` (\`price_item_id\`);`)
  await db.run(sql`CREATE INDEX \`service_records_provided_by_idx\` ON \`service_records\` (\`provided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_records_completed_at_idx\` ON \`service_records\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`service_records_return_visit_idx\` ON \`service_records\` (\`return_visit_id\`);`)
  await db.run(sql`CREATE INDEX \`service_records_updated_at_idx\` ON \`service_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_records_created_at_idx\` ON \`service_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`event_reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`event\` text NOT NULL,
  	\`event_date\` text,
  	\`findings\` text NOT NULL,
  	\`measures\` text,
  	\`written_by_id\` integer,
  	\`written_at\` text,
  	\`sent_to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`written_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`event_reports_written_by_idx\` ON \`event_reports\` (\`written_by_id\`);`)
  await db.run(sql`CREATE INDEX \`event_reports_updated_at_idx\` ON \`event_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`event_reports_created_at_idx\` ON \`event_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`event_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`return_visits_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`event_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`return_visits_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`event_reports_rels_order_idx\` ON \`event_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`event_reports_rels_parent_idx\` ON \`event_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`event_reports_rels_path_idx\` ON \`event_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`event_reports_rels_return_visits_id_idx\` ON \`event_reports_rels\` (\`return_visits_id\`);`)
  await db.run(sql`CREATE TABLE \`office_settings_renovation_rules_work_periods\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`office_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_settings_renovation_rules_work_periods_order_idx\` ON \`office_settings_renovation_rules_work_periods\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_renovation_rules_work_periods_parent_id_idx\` ON \`office_settings_renovation_rules_work_periods\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`office_settings_renovation_rules_noisy_periods\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`office_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_settings_renovation_rules_noisy_periods_order_idx\` ON \`office_settings_renovation_rules_noisy_periods\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_renovation_rules_noisy_periods_parent_id_idx\` ON \`office_settings_renovation_rules_noisy_periods\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`office_settings_renovation_rules_rest_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`office_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_settings_renovation_rules_rest_days_order_idx\` ON \`office_settings_renovation_rules_rest_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_renovation_rules_rest_days_parent_idx\` ON \`office_settings_renovation_rules_rest_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_visit_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`rate\` numeric DEFAULT 100 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`DROP INDEX \`recordedAt_status_overall_household_complaint_workOrder_idx\`;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`kind\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`resident_id\` integer REFERENCES residents(id);`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`department\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`occurred_at\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`appointment_at\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`appointment_note\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`plan_id\` integer REFERENCES visit_plans(id);`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`escalated_at\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`unreachable_reason\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_service\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_equipment\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_repairs\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_security\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_fire\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_cleaning\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_greenery\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_parking\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_clubhouse\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_efficiency\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_attitude\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_courtesy\` text;`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`aspects_overall\` text;`)
  await db.run(sql`CREATE INDEX \`return_visits_kind_idx\` ON \`return_visits\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_unit_idx\` ON \`return_visits\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_resident_idx\` ON \`return_visits\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_plan_idx\` ON \`return_visits\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`recordedAt_status_overall_household_complaint_workOrder__idx\` ON \`return_visits\` (\`recorded_at\`,\`status\`,\`overall\`,\`household\`,\`complaint_id\`,\`work_order_id\`,\`kind\`);`)
  await db.run(sql`CREATE INDEX \`kind_createdAt_idx\` ON \`return_visits\` (\`kind\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_assignee_dueBy_dueFrom_unreachable_idx\` ON \`return_visits\` (\`status\`,\`assignee_id\`,\`due_by\`,\`due_from\`,\`unreachable\`);`)
  await db.run(sql`CREATE INDEX \`complaint_status_idx\` ON \`return_visits\` (\`complaint_id\`,\`status\`);`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_registration_form_note\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_service_agreement_agreement_no\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_service_agreement_note\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_handbook_note\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_fees_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_fees_receipt_no\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_fees_note\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_joint_inspection_developer_rep\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_joint_inspection_note\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_keys_recipient\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_keys_from_custody\` integer;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_keys_location\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_keys_reason\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_keys_custody_at\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_keys_custody_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_keys_note\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_cards_done\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_cards_date\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_cards_staff_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_cards_water\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_cards_power\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_cards_gas\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_cards_note\` text;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`move_in_status\` text DEFAULT 'not-started';`)
  await db.run(sql`CREATE INDEX \`residents_move_in_keys_move_in_keys_custody_by_idx\` ON \`residents\` (\`move_in_keys_custody_by_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_cards_move_in_cards_staff_idx\` ON \`residents\` (\`move_in_cards_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_move_in_status_idx\` ON \`residents\` (\`move_in_status\`);`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`closed_without_visit\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`renovation_id\` integer REFERENCES renovations(id);`)
  await db.run(sql`CREATE INDEX \`complaints_renovation_idx\` ON \`complaints\` (\`renovation_id\`);`)
  await db.run(sql`CREATE INDEX \`resolvedAt_returnVisitRequired_idx\` ON \`complaints\` (\`resolved_at\`,\`return_visit_required\`);`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`receipt_met\` integer;`)
  await db.run(sql`ALTER TABLE \`violations\` ADD \`renovation_id\` integer REFERENCES renovations(id);`)
  await db.run(sql`CREATE INDEX \`violations_renovation_idx\` ON \`violations\` (\`renovation_id\`);`)
  await db.run(sql`ALTER TABLE \`shift_logs_entries\` ADD \`register_key_id\` integer REFERENCES keys(id);`)
  await db.run(sql`ALTER TABLE \`shift_logs_entries\` ADD \`key_move\` text;`)
  await db.run(sql`ALTER TABLE \`shift_logs_entries\` ADD \`due_back\` text;`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_register_key_idx\` ON \`shift_logs_entries\` (\`register_key_id\`);`)
  await db.run(sql`ALTER TABLE \`follow_ups_rels\` ADD \`residents_id\` integer REFERENCES residents(id);`)
  await db.run(sql`CREATE INDEX \`follow_ups_rels_residents_id_idx\` ON \`follow_ups_rels\` (\`residents_id\`);`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`source\` text;`)
  await db.run(sql`CREATE INDEX \`audit_log_source_idx\` ON \`audit_log\` (\`source\`);`)
  await db.run(sql`ALTER TABLE \`worker_passes\` ADD \`renovation_id\` integer REFERENCES renovations(id);`)
  await db.run(sql`CREATE INDEX \`worker_passes_renovation_idx\` ON \`worker_passes\` (\`renovation_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`keys_id\` integer REFERENCES keys(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`renovations_id\` integer REFERENCES renovations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`month_figures_id\` integer REFERENCES month_figures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_tokens_id\` integer REFERENCES survey_tokens(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`visit_plans_id\` integer REFERENCES visit_plans(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_records_id\` integer REFERENCES service_records(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`event_reports_id\` integer REFERENCES event_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_renovations_id_idx\` ON \`payload_locked_documents_rels\` (\`renovations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_month_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`month_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_tokens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visit_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`visit_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_records_id_idx\` ON \`payload_locked_documents_rels\` (\`service_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`event_reports_id\`);`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`company_report_email\` text;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`survey_link_days\` numeric DEFAULT 14;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`targets_survey_satisfaction\` numeric DEFAULT 95;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`renovation_rules_noisy_on_weekends\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`renovation_rules_max_duration_days\` numeric DEFAULT 90;`)

  // Backfills. 签收及时 of orders already signed for; the kind of existing visits from their case;
  // move-in status from the steps signed before the cards step existed.
  await db.run(sql`UPDATE \`work_orders\` SET \`receipt_met\` = CASE WHEN \`received_at\` <= \`receipt_due_at\` THEN 1 ELSE 0 END WHERE \`received_at\` IS NOT NULL AND \`receipt_due_at\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`return_visits\` SET \`kind\` = 'complaint' WHERE \`kind\` IS NULL AND \`complaint_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`return_visits\` SET \`kind\` = 'repair' WHERE \`kind\` IS NULL AND \`work_order_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`residents\` SET \`move_in_status\` = 'in-progress' WHERE \`move_in_registration_form_done\` = 1 OR \`move_in_service_agreement_done\` = 1 OR \`move_in_handbook_done\` = 1 OR \`move_in_fees_done\` = 1 OR \`move_in_joint_inspection_done\` = 1 OR \`move_in_keys_done\` = 1;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_texts\`;`)
  await db.run(sql`DROP TABLE \`residents_move_in_joint_inspection_items\`;`)
  await db.run(sql`DROP TABLE \`residents_move_in_joint_inspection_defects\`;`)
  await db.run(sql`DROP TABLE \`residents_move_in_keys_handed_over_keys\`;`)
  await db.run(sql`DROP TABLE \`residents_move_in_keys_custody_keys\`;`)
  await db.run(sql`DROP TABLE \`return_visits_points\`;`)
  await db.run(sql`DROP TABLE \`return_visits_follow_ups\`;`)
  await db.run(sql`DROP TABLE \`keys\`;`)
  await db.run(sql`DROP TABLE \`renovations_requested_hours\`;`)
  await db.run(sql`DROP TABLE \`renovations_workers\`;`)
  await db.run(sql`DROP TABLE \`renovations_inspections\`;`)
  await db.run(sql`DROP TABLE \`renovations\`;`)
  await db.run(sql`DROP TABLE \`month_figures\`;`)
  await db.run(sql`DROP TABLE \`survey_tokens\`;`)
  await db.run(sql`DROP TABLE \`visit_plans_rows\`;`)
  await db.run(sql`DROP TABLE \`visit_plans\`;`)
  await db.run(sql`DROP TABLE \`service_records\`;`)
  await db.run(sql`DROP TABLE \`event_reports\`;`)
  await db.run(sql`DROP TABLE \`event_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`office_settings_renovation_rules_work_periods\`;`)
  await db.run(sql`DROP TABLE \`office_settings_renovation_rules_noisy_periods\`;`)
  await db.run(sql`DROP TABLE \`office_settings_renovation_rules_rest_days\`;`)
  await db.run(sql`DROP TABLE \`service_visit_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_residents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text DEFAULT 'owner' NOT NULL,
  	\`name\` text NOT NULL,
  	\`archive_no\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`company_name\` text,
  	\`company_type\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`id_type\` text DEFAULT 'mainland-id',
  	\`id_number\` text,
  	\`notes\` text,
  	\`move_in_registration_form_done\` integer DEFAULT false,
  	\`move_in_registration_form_date\` text,
  	\`move_in_registration_form_staff_id\` integer,
  	\`move_in_service_agreement_done\` integer DEFAULT false,
  	\`move_in_service_agreement_date\` text,
  	\`move_in_service_agreement_staff_id\` integer,
  	\`move_in_handbook_done\` integer DEFAULT false,
  	\`move_in_handbook_date\` text,
  	\`move_in_handbook_staff_id\` integer,
  	\`move_in_fees_done\` integer DEFAULT false,
  	\`move_in_fees_date\` text,
  	\`move_in_fees_staff_id\` integer,
  	\`move_in_joint_inspection_done\` integer DEFAULT false,
  	\`move_in_joint_inspection_date\` text,
  	\`move_in_joint_inspection_staff_id\` integer,
  	\`move_in_keys_done\` integer DEFAULT false,
  	\`move_in_keys_date\` text,
  	\`move_in_keys_staff_id\` integer,
  	\`move_in_keys_arrangement\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`move_in_registration_form_staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`move_in_service_agreement_staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`move_in_handbook_staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`move_in_fees_staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`move_in_joint_inspection_staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`move_in_keys_staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_residents\`("id", "kind", "name", "archive_no", "status", "company_name", "company_type", "phone", "email", "id_type", "id_number", "notes", "move_in_registration_form_done", "move_in_registration_form_date", "move_in_registration_form_staff_id", "move_in_service_agreement_done", "move_in_service_agreement_date", "move_in_service_agreement_staff_id", "move_in_handbook_done", "move_in_handbook_date", "move_in_handbook_staff_id", "move_in_fees_done", "move_in_fees_date", "move_in_fees_staff_id", "move_in_joint_inspection_done", "move_in_joint_inspection_date", "move_in_joint_inspection_staff_id", "move_in_keys_done", "move_in_keys_date", "move_in_keys_staff_id", "move_in_keys_arrangement", "updated_at", "created_at") SELECT "id", "kind", "name", "archive_no", "status", "company_name", "company_type", "phone", "email", "id_type", "id_number", "notes", "move_in_registration_form_done", "move_in_registration_form_date", "move_in_registration_form_staff_id", "move_in_service_agreement_done", "move_in_service_agreement_date", "move_in_service_agreement_staff_id", "move_in_handbook_done", "move_in_handbook_date", "move_in_handbook_staff_id", "move_in_fees_done", "move_in_fees_date", "move_in_fees_staff_id", "move_in_joint_inspection_done", "move_in_joint_inspection_date", "move_in_joint_inspection_staff_id", "move_in_keys_done", "move_in_keys_date", "move_in_keys_staff_id", "move_in_keys_arrangement", "updated_at", "created_at" FROM \`residents\`;`)
  await db.run(sql`DROP TABLE \`residents\`;`)
  await db.run(sql`ALTER TABLE \`__new_residents\` RENAME TO \`residents\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`residents_archive_no_idx\` ON \`residents\` (\`archive_no\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_registration_form_move_in_registration_idx\` ON \`residents\` (\`move_in_registration_form_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_service_agreement_move_in_service_agre_idx\` ON \`residents\` (\`move_in_service_agreement_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_handbook_move_in_handbook_staff_idx\` ON \`residents\` (\`move_in_handbook_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_fees_move_in_fees_staff_idx\` ON \`residents\` (\`move_in_fees_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_joint_inspection_move_in_joint_inspect_idx\` ON \`residents\` (\`move_in_joint_inspection_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_keys_move_in_keys_staff_idx\` ON \`residents\` (\`move_in_keys_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_updated_at_idx\` ON \`residents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`residents_created_at_idx\` ON \`residents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_complaints\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`review_status\` text DEFAULT 'none',
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
  	\`handling_deadline_hours\` numeric,
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
  	\`reviewed_at\` text,
  	\`reviewed_by_id\` integer,
  	\`review_responsible_id\` integer,
  	\`review_deadline\` text,
  	\`review_cause\` text,
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
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_responsible_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`incident_id\`) REFERENCES \`incidents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_complaints\`("id", "review_status", "number", "status", "severity", "registered_at", "kind", "channel", "category", "unit_id", "resident_id", "visitor_name", "visitor_phone", "description", "reply_promised_at", "department", "handler_id", "handling_deadline", "handling_deadline_hours", "dispatched_at", "dispatched_by_id", "verified_at", "verified_by_id", "handling_notes", "result", "written_reply", "verdict", "verdict_note", "resolved_at", "resolved_by_id", "closed_at", "closed_by_id", "replied_at", "replied_by_id", "reply_method", "next_reply_at", "reply_summary", "confirmed_at", "confirmed_by_id", "confirmation_method", "confirmation_note", "referred_at", "referred_by_id", "referred_to_id", "referral_reason", "office_head_decision", "decided_at", "decided_by_id", "reviewed_at", "reviewed_by_id", "review_responsible_id", "review_deadline", "review_cause", "verify_due_at", "verified_on_time", "resolve_due_at", "resolved_on_time", "resolved_within24h", "minutes_to_resolve", "severity_source", "severity_override", "severity_reason", "incident_id", "return_visit_required", "reopen_count", "registered_by_id", "building", "description_text", "updated_at", "created_at") SELECT "id", "review_status", "number", "status", "severity", "registered_at", "kind", "channel", "category", "unit_id", "resident_id", "visitor_name", "visitor_phone", "description", "reply_promised_at", "department", "handler_id", "handling_deadline", "handling_deadline_hours", "dispatched_at", "dispatched_by_id", "verified_at", "verified_by_id", "handling_notes", "result", "written_reply", "verdict", "verdict_note", "resolved_at", "resolved_by_id", "closed_at", "closed_by_id", "replied_at", "replied_by_id", "reply_method", "next_reply_at", "reply_summary", "confirmed_at", "confirmed_by_id", "confirmation_method", "confirmation_note", "referred_at", "referred_by_id", "referred_to_id", "referral_reason", "office_head_decision", "decided_at", "decided_by_id", "reviewed_at", "reviewed_by_id", "review_responsible_id", "review_deadline", "review_cause", "verify_due_at", "verified_on_time", "resolve_due_at", "resolved_on_time", "resolved_within24h", "minutes_to_resolve", "severity_source", "severity_override", "severity_reason", "incident_id", "return_visit_required", "reopen_count", "registered_by_id", "building", "description_text", "updated_at", "created_at" FROM \`complaints\`;`)
  await db.run(sql`DROP TABLE \`complaints\`;`)
  await db.run(sql`ALTER TABLE \`__new_complaints\` RENAME TO \`complaints\`;`)
  await db.run(sql`CREATE INDEX \`complaints_review_status_idx\` ON \`complaints\` (\`review_status\`);`)
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
  await db.run(sql`CREATE INDEX \`complaints_reviewed_by_idx\` ON \`complaints\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_review_responsible_idx\` ON \`complaints\` (\`review_responsible_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_return_visits\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`complaint_id\` integer,
  	\`work_order_id\` integer,
  	\`status\` text DEFAULT 'scheduled',
  	\`assignee_id\` integer,
  	\`due_from\` text,
  	\`due_by\` text,
  	\`method\` text,
  	\`household\` text,
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
  await db.run(sql`INSERT INTO \`__new_return_visits\`("id", "complaint_id", "work_order_id", "status", "assignee_id", "due_from", "due_by", "method", "household", "unreachable", "answered_by", "quality", "effect", "overall", "solved", "shortcomings", "suggestions", "resident_words", "recorded_at", "recorded_by_id", "updated_at", "created_at") SELECT "id", "complaint_id", "work_order_id", "status", "assignee_id", "due_from", "due_by", "method", "household", "unreachable", "answered_by", "quality", "effect", "overall", "solved", "shortcomings", "suggestions", "resident_words", "recorded_at", "recorded_by_id", "updated_at", "created_at" FROM \`return_visits\`;`)
  await db.run(sql`DROP TABLE \`return_visits\`;`)
  await db.run(sql`ALTER TABLE \`__new_return_visits\` RENAME TO \`return_visits\`;`)
  await db.run(sql`CREATE INDEX \`return_visits_complaint_idx\` ON \`return_visits\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_work_order_idx\` ON \`return_visits\` (\`work_order_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_status_idx\` ON \`return_visits\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_assignee_idx\` ON \`return_visits\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_due_by_idx\` ON \`return_visits\` (\`due_by\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_recorded_by_idx\` ON \`return_visits\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_updated_at_idx\` ON \`return_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_created_at_idx\` ON \`return_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`recordedAt_status_overall_household_complaint_workOrder_idx\` ON \`return_visits\` (\`recorded_at\`,\`status\`,\`overall\`,\`household\`,\`complaint_id\`,\`work_order_id\`);`)
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
  	\`shift_log_id\` integer,
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
  	\`approval_chain_id\` numeric,
  	\`approval_chain_version\` numeric,
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
  	FOREIGN KEY (\`shift_log_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_last_action_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_violations\`("id", "number", "status", "effective", "kind", "sub_kind", "severity", "responsible_role", "unit_id", "resident_id", "location", "occurred_at", "found_by_id", "handler_id", "recorded_by_id", "description", "shift_log_id", "next_measure", "decision_measure", "decision_deadline", "decision_facts", "decision_skip_reason", "decision_arrears", "decision_overdue_since", "decision_damage", "decision_amount", "decision_days", "amount_due", "outstanding", "rectification_due_at", "rectification_overdue", "overdue_notified_for", "resolution", "resolved_at", "approval_status", "approval_chain", "approval_chain_id", "approval_chain_version", "approval_step", "approval_round", "approval_awaiting_roles", "approval_content_hash", "approval_proposed_by_id", "approval_last_action_by_id", "approval_last_action_at", "approval_last_comment", "updated_at", "created_at") SELECT "id", "number", "status", "effective", "kind", "sub_kind", "severity", "responsible_role", "unit_id", "resident_id", "location", "occurred_at", "found_by_id", "handler_id", "recorded_by_id", "description", "shift_log_id", "next_measure", "decision_measure", "decision_deadline", "decision_facts", "decision_skip_reason", "decision_arrears", "decision_overdue_since", "decision_damage", "decision_amount", "decision_days", "amount_due", "outstanding", "rectification_due_at", "rectification_overdue", "overdue_notified_for", "resolution", "resolved_at", "approval_status", "approval_chain", "approval_chain_id", "approval_chain_version", "approval_step", "approval_round", "approval_awaiting_roles", "approval_content_hash", "approval_proposed_by_id", "approval_last_action_by_id", "approval_last_action_at", "approval_last_comment", "updated_at", "created_at" FROM \`violations\`;`)
  await db.run(sql`DROP TABLE \`violations\`;`)
  await db.run(sql`ALTER TABLE \`__new_violations\` RENAME TO \`violations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`violations_number_idx\` ON \`violations\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`violations_status_idx\` ON \`violations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`violations_unit_idx\` ON \`violations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_resident_idx\` ON \`violations\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_found_by_idx\` ON \`violations\` (\`found_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_handler_idx\` ON \`violations\` (\`handler_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_recorded_by_idx\` ON \`violations\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_shift_log_idx\` ON \`violations\` (\`shift_log_id\`);`)
  await db.run(sql`CREATE INDEX \`violations_rectification_due_at_idx\` ON \`violations\` (\`rectification_due_at\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_status_idx\` ON \`violations\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`violations_approval_approval_chain_id_idx\` ON \`violations\` (\`approval_chain_id\`);`)
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
  	\`visitor_class\` text,
  	\`vehicle_class\` text,
  	\`violation_kind\` text,
  	\`violation_id\` integer,
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
  	FOREIGN KEY (\`violation_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`complaint_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`work_order_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_shift_logs_entries\`("_order", "_parent_id", "id", "at", "kind", "priority", "unit_id", "text", "name", "id_shown", "plate", "out_at", "visitor_class", "vehicle_class", "violation_kind", "violation_id", "items", "carrier", "owner_confirmed_by", "owner_confirm_method", "released", "notified_at", "collected_at", "collected_by", "company", "valid_until", "returned_at", "complaint_id", "work_order_id", "recorded_by_id") SELECT "_order", "_parent_id", "id", "at", "kind", "priority", "unit_id", "text", "name", "id_shown", "plate", "out_at", "visitor_class", "vehicle_class", "violation_kind", "violation_id", "items", "carrier", "owner_confirmed_by", "owner_confirm_method", "released", "notified_at", "collected_at", "collected_by", "company", "valid_until", "returned_at", "complaint_id", "work_order_id", "recorded_by_id" FROM \`shift_logs_entries\`;`)
  await db.run(sql`DROP TABLE \`shift_logs_entries\`;`)
  await db.run(sql`ALTER TABLE \`__new_shift_logs_entries\` RENAME TO \`shift_logs_entries\`;`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_order_idx\` ON \`shift_logs_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_parent_id_idx\` ON \`shift_logs_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_unit_idx\` ON \`shift_logs_entries\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_violation_idx\` ON \`shift_logs_entries\` (\`violation_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_complaint_idx\` ON \`shift_logs_entries\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_work_order_idx\` ON \`shift_logs_entries\` (\`work_order_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_logs_entries_recorded_by_idx\` ON \`shift_logs_entries\` (\`recorded_by_id\`);`)
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
  	\`suggestions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_orders_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`violations_id\`) REFERENCES \`violations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`return_visits_id\`) REFERENCES \`return_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archived_documents_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_reports_id\`) REFERENCES \`complaint_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`shift_logs_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suggestions_id\`) REFERENCES \`suggestions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_follow_ups_rels\`("id", "order", "parent_id", "path", "complaints_id", "work_orders_id", "violations_id", "return_visits_id", "archived_documents_id", "complaint_reports_id", "shift_logs_id", "meetings_id", "suggestions_id") SELECT "id", "order", "parent_id", "path", "complaints_id", "work_orders_id", "violations_id", "return_visits_id", "archived_documents_id", "complaint_reports_id", "shift_logs_id", "meetings_id", "suggestions_id" FROM \`follow_ups_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`follow_ups_rels_suggestions_id_idx\` ON \`follow_ups_rels\` (\`suggestions_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_worker_passes\` (
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
  await db.run(sql`INSERT INTO \`__new_worker_passes\`("id", "number", "status", "worker_name", "id_number", "company", "unit_id", "valid_from", "valid_until", "photo_id", "note", "issued_at", "issued_by_id", "returned_at", "returned_to_id", "updated_at", "created_at") SELECT "id", "number", "status", "worker_name", "id_number", "company", "unit_id", "valid_from", "valid_until", "photo_id", "note", "issued_at", "issued_by_id", "returned_at", "returned_to_id", "updated_at", "created_at" FROM \`worker_passes\`;`)
  await db.run(sql`DROP TABLE \`worker_passes\`;`)
  await db.run(sql`ALTER TABLE \`__new_worker_passes\` RENAME TO \`worker_passes\`;`)
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
  	\`approval_chains_id\` integer,
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
  	\`alert_channels_id\` integer,
  	\`suggestions_id\` integer,
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
  	FOREIGN KEY (\`approval_chains_id\`) REFERENCES \`approval_chains\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`shift_logs_id\`) REFERENCES \`shift_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`throttles_id\`) REFERENCES \`throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`shift_posts_id\`) REFERENCES \`shift_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_categories_id\`) REFERENCES \`complaint_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_passes_id\`) REFERENCES \`worker_passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alert_channels_id\`) REFERENCES \`alert_channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suggestions_id\`) REFERENCES \`suggestions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "approval_chains_id", "shift_logs_id", "follow_ups_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id", "shift_posts_id", "complaint_categories_id", "meetings_id", "worker_passes_id", "alert_channels_id", "suggestions_id") SELECT "id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "approval_chains_id", "shift_logs_id", "follow_ups_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id", "shift_posts_id", "complaint_categories_id", "meetings_id", "worker_passes_id", "alert_channels_id", "suggestions_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_chains_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_chains_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alert_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`alert_channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suggestions_id_idx\` ON \`payload_locked_documents_rels\` (\`suggestions_id\`);`)
  await db.run(sql`DROP INDEX \`audit_log_source_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`work_orders\` DROP COLUMN \`receipt_met\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`company_report_email\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`survey_link_days\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`targets_survey_satisfaction\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`renovation_rules_noisy_on_weekends\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`renovation_rules_max_duration_days\`;`)
}
