import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`department\` text,
  	\`manager_id\` integer,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_manager_idx\` ON \`users\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text,
  	\`estate\` text DEFAULT '翠湖花园' NOT NULL,
  	\`building\` text NOT NULL,
  	\`floor\` numeric NOT NULL,
  	\`number\` text NOT NULL,
  	\`area\` numeric NOT NULL,
  	\`use\` text DEFAULT 'residential' NOT NULL,
  	\`status\` text DEFAULT 'vacant' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`units_code_idx\` ON \`units\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`units_building_idx\` ON \`units\` (\`building\`);`)
  await db.run(sql`CREATE INDEX \`units_use_idx\` ON \`units\` (\`use\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`building_number_idx\` ON \`units\` (\`building\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`residents_emergency_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`relation\` text,
  	\`phone\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_emergency_contacts_order_idx\` ON \`residents_emergency_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_emergency_contacts_parent_id_idx\` ON \`residents_emergency_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`residents_deposits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`receipt_no\` text,
  	\`date\` text,
  	\`refunded\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_deposits_order_idx\` ON \`residents_deposits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_deposits_parent_id_idx\` ON \`residents_deposits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`residents_fee_records\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`period\` text,
  	\`amount\` numeric NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_fee_records_order_idx\` ON \`residents_fee_records\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_fee_records_parent_id_idx\` ON \`residents_fee_records\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`residents_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`file_id\` integer NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_files_order_idx\` ON \`residents_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_files_parent_id_idx\` ON \`residents_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_files_file_idx\` ON \`residents_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`residents\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`residents_archive_no_idx\` ON \`residents\` (\`archive_no\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_registration_form_move_in_registration_idx\` ON \`residents\` (\`move_in_registration_form_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_service_agreement_move_in_service_agre_idx\` ON \`residents\` (\`move_in_service_agreement_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_handbook_move_in_handbook_staff_idx\` ON \`residents\` (\`move_in_handbook_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_fees_move_in_fees_staff_idx\` ON \`residents\` (\`move_in_fees_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_joint_inspection_move_in_joint_inspect_idx\` ON \`residents\` (\`move_in_joint_inspection_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_move_in_keys_move_in_keys_staff_idx\` ON \`residents\` (\`move_in_keys_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_updated_at_idx\` ON \`residents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`residents_created_at_idx\` ON \`residents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`residents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_rels_order_idx\` ON \`residents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`residents_rels_parent_idx\` ON \`residents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_rels_path_idx\` ON \`residents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`residents_rels_units_id_idx\` ON \`residents_rels\` (\`units_id\`);`)
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
  await db.run(sql`CREATE INDEX \`return_visits_complaint_idx\` ON \`return_visits\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`return_visits_work_order_idx\` ON \`return_visits\` (\`work_order_id\`);`)
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
  await db.run(sql`CREATE TABLE \`attachments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`description\` text,
  	\`uploaded_by_id\` integer,
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
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`attachments_uploaded_by_idx\` ON \`attachments\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`attachments_updated_at_idx\` ON \`attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attachments_created_at_idx\` ON \`attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`attachments_filename_idx\` ON \`attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`doc_id\` text,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`changed_fields\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`collectionSlug_docId_idx\` ON \`audit_log\` (\`collection_slug\`,\`doc_id\`);`)
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
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
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
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`office_settings\` (
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`residents_emergency_contacts\`;`)
  await db.run(sql`DROP TABLE \`residents_deposits\`;`)
  await db.run(sql`DROP TABLE \`residents_fee_records\`;`)
  await db.run(sql`DROP TABLE \`residents_files\`;`)
  await db.run(sql`DROP TABLE \`residents\`;`)
  await db.run(sql`DROP TABLE \`residents_rels\`;`)
  await db.run(sql`DROP TABLE \`complaints_breaches_notified\`;`)
  await db.run(sql`DROP TABLE \`complaints\`;`)
  await db.run(sql`DROP TABLE \`complaints_rels\`;`)
  await db.run(sql`DROP TABLE \`return_visits_attempts\`;`)
  await db.run(sql`DROP TABLE \`return_visits\`;`)
  await db.run(sql`DROP TABLE \`incidents\`;`)
  await db.run(sql`DROP TABLE \`complaint_reports_corrective_actions\`;`)
  await db.run(sql`DROP TABLE \`complaint_reports_preventive_actions\`;`)
  await db.run(sql`DROP TABLE \`complaint_reports\`;`)
  await db.run(sql`DROP TABLE \`work_orders_lines\`;`)
  await db.run(sql`DROP TABLE \`work_orders_materials\`;`)
  await db.run(sql`DROP TABLE \`work_orders_breaches_notified\`;`)
  await db.run(sql`DROP TABLE \`work_orders\`;`)
  await db.run(sql`DROP TABLE \`price_list\`;`)
  await db.run(sql`DROP TABLE \`attachments\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`counters\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`office_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
