import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`CREATE TABLE \`archived_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`version_label\` text,
  	\`effective_version\` text,
  	\`status\` text DEFAULT 'draft',
  	\`title\` text,
  	\`kind\` text,
  	\`department\` text,
  	\`confidentiality\` text DEFAULT 'internal',
  	\`owner_id\` integer,
  	\`resident_id\` integer,
  	\`unit_id\` integer,
  	\`change_note\` text,
  	\`major_revision\` integer DEFAULT false,
  	\`file_id\` integer,
  	\`content\` text,
  	\`effective_from\` text,
  	\`retention_years\` numeric,
  	\`retention_until\` text,
  	\`requires_acknowledgement\` integer DEFAULT false,
  	\`paper_original\` integer DEFAULT false,
  	\`shelf\` text,
  	\`obsolete_reason\` text,
  	\`destroyed_at\` text,
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
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_last_action_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`archived_documents_number_idx\` ON \`archived_documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_status_idx\` ON \`archived_documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_owner_idx\` ON \`archived_documents\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_resident_idx\` ON \`archived_documents\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_unit_idx\` ON \`archived_documents\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_file_idx\` ON \`archived_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_approval_approval_status_idx\` ON \`archived_documents\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_approval_approval_awaiting_roles_idx\` ON \`archived_documents\` (\`approval_awaiting_roles\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_approval_approval_proposed_by_idx\` ON \`archived_documents\` (\`approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_approval_approval_last_action_by_idx\` ON \`archived_documents\` (\`approval_last_action_by_id\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_updated_at_idx\` ON \`archived_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_created_at_idx\` ON \`archived_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents_deleted_at_idx\` ON \`archived_documents\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`archived_documents__status_idx\` ON \`archived_documents\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`status_retentionUntil_idx\` ON \`archived_documents\` (\`status\`,\`retention_until\`);`)
  await db.run(sql`CREATE TABLE \`_archived_documents_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` text,
  	\`version_version_label\` text,
  	\`version_effective_version\` text,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_department\` text,
  	\`version_confidentiality\` text DEFAULT 'internal',
  	\`version_owner_id\` integer,
  	\`version_resident_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_change_note\` text,
  	\`version_major_revision\` integer DEFAULT false,
  	\`version_file_id\` integer,
  	\`version_content\` text,
  	\`version_effective_from\` text,
  	\`version_retention_years\` numeric,
  	\`version_retention_until\` text,
  	\`version_requires_acknowledgement\` integer DEFAULT false,
  	\`version_paper_original\` integer DEFAULT false,
  	\`version_shelf\` text,
  	\`version_obsolete_reason\` text,
  	\`version_destroyed_at\` text,
  	\`version_approval_status\` text DEFAULT 'none',
  	\`version_approval_chain\` text,
  	\`version_approval_step\` numeric DEFAULT 0,
  	\`version_approval_round\` numeric DEFAULT 1,
  	\`version_approval_awaiting_roles\` text,
  	\`version_approval_content_hash\` text,
  	\`version_approval_proposed_by_id\` integer,
  	\`version_approval_last_action_by_id\` integer,
  	\`version_approval_last_action_at\` text,
  	\`version_approval_last_comment\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_last_action_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_parent_idx\` ON \`_archived_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_number_idx\` ON \`_archived_documents_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_status_idx\` ON \`_archived_documents_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_owner_idx\` ON \`_archived_documents_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_resident_idx\` ON \`_archived_documents_v\` (\`version_resident_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_unit_idx\` ON \`_archived_documents_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_file_idx\` ON \`_archived_documents_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approval__idx\` ON \`_archived_documents_v\` (\`version_approval_status\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_1_idx\` ON \`_archived_documents_v\` (\`version_approval_awaiting_roles\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_2_idx\` ON \`_archived_documents_v\` (\`version_approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_approval_version_approva_3_idx\` ON \`_archived_documents_v\` (\`version_approval_last_action_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_updated_at_idx\` ON \`_archived_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_created_at_idx\` ON \`_archived_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version_deleted_at_idx\` ON \`_archived_documents_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_version_version__status_idx\` ON \`_archived_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_created_at_idx\` ON \`_archived_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_updated_at_idx\` ON \`_archived_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_archived_documents_v_latest_idx\` ON \`_archived_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_status_version_retentionUntil_idx\` ON \`_archived_documents_v\` (\`version_status\`,\`version_retention_until\`);`)
  await db.run(sql`CREATE TABLE \`document_loans\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`requester_id\` integer,
  	\`status\` text DEFAULT 'requested',
  	\`needs_approval\` integer DEFAULT false,
  	\`purpose\` text NOT NULL,
  	\`start_at\` text,
  	\`due_at\` text NOT NULL,
  	\`lent_at\` text,
  	\`lent_by_id\` integer,
  	\`returned_at\` text,
  	\`returned_to_id\` integer,
  	\`overdue\` integer DEFAULT false,
  	\`overdue_notified\` integer DEFAULT false,
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
  	FOREIGN KEY (\`requester_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lent_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`returned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_last_action_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`document_loans_number_idx\` ON \`document_loans\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_requester_idx\` ON \`document_loans\` (\`requester_id\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_status_idx\` ON \`document_loans\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_due_at_idx\` ON \`document_loans\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_lent_by_idx\` ON \`document_loans\` (\`lent_by_id\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_returned_to_idx\` ON \`document_loans\` (\`returned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_approval_approval_status_idx\` ON \`document_loans\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_approval_approval_awaiting_roles_idx\` ON \`document_loans\` (\`approval_awaiting_roles\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_approval_approval_proposed_by_idx\` ON \`document_loans\` (\`approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_approval_approval_last_action_by_idx\` ON \`document_loans\` (\`approval_last_action_by_id\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_updated_at_idx\` ON \`document_loans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_created_at_idx\` ON \`document_loans\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`document_loans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`archived_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`document_loans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archived_documents_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`document_loans_rels_order_idx\` ON \`document_loans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_rels_parent_idx\` ON \`document_loans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_rels_path_idx\` ON \`document_loans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`document_loans_rels_archived_documents_id_idx\` ON \`document_loans_rels\` (\`archived_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`document_destructions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`document_number\` text,
  	\`title\` text,
  	\`version_label\` text,
  	\`method\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`status\` text DEFAULT 'pending',
  	\`approved_by_id\` integer,
  	\`destroyed_at\` text,
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
  	FOREIGN KEY (\`document_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_last_action_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`document_destructions_document_idx\` ON \`document_destructions\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`document_destructions_approved_by_idx\` ON \`document_destructions\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`document_destructions_approval_approval_status_idx\` ON \`document_destructions\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`document_destructions_approval_approval_awaiting_roles_idx\` ON \`document_destructions\` (\`approval_awaiting_roles\`);`)
  await db.run(sql`CREATE INDEX \`document_destructions_approval_approval_proposed_by_idx\` ON \`document_destructions\` (\`approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`document_destructions_approval_approval_last_action_by_idx\` ON \`document_destructions\` (\`approval_last_action_by_id\`);`)
  await db.run(sql`CREATE INDEX \`document_destructions_updated_at_idx\` ON \`document_destructions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_destructions_created_at_idx\` ON \`document_destructions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`document_acknowledgements\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`version_label\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`document_acknowledgements_document_idx\` ON \`document_acknowledgements\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`document_acknowledgements_user_idx\` ON \`document_acknowledgements\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`document_acknowledgements_updated_at_idx\` ON \`document_acknowledgements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_acknowledgements_created_at_idx\` ON \`document_acknowledgements\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`document_versionLabel_user_idx\` ON \`document_acknowledgements\` (\`document_id\`,\`version_label\`,\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`archive_inspections_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document_id\` integer,
  	\`condition\` text,
  	\`restored_at\` text,
  	\`damage\` text,
  	\`restoration\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`archived_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`archive_inspections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archive_inspections_items_order_idx\` ON \`archive_inspections_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`archive_inspections_items_parent_id_idx\` ON \`archive_inspections_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_inspections_items_document_idx\` ON \`archive_inspections_items\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`archive_inspections\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`quarter\` text NOT NULL,
  	\`inspected_at\` text NOT NULL,
  	\`inspector_id\` integer NOT NULL,
  	\`condition\` text NOT NULL,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inspector_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`archive_inspections_quarter_idx\` ON \`archive_inspections\` (\`quarter\`);`)
  await db.run(sql`CREATE INDEX \`archive_inspections_inspector_idx\` ON \`archive_inspections\` (\`inspector_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_inspections_updated_at_idx\` ON \`archive_inspections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`archive_inspections_created_at_idx\` ON \`archive_inspections\` (\`created_at\`);`)
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
  await db.run(sql`CREATE TABLE \`office_settings_director_approves_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`office_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_settings_director_approves_kinds_order_idx\` ON \`office_settings_director_approves_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_director_approves_kinds_parent_idx\` ON \`office_settings_director_approves_kinds\` (\`parent_id\`);`)
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
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_chain\` text;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_step\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_round\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_awaiting_roles\` text;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_proposed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_last_action_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_last_action_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`approval_last_comment\` text;`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_status_idx\` ON \`complaint_reports\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_awaiting_roles_idx\` ON \`complaint_reports\` (\`approval_awaiting_roles\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_proposed_by_idx\` ON \`complaint_reports\` (\`approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_last_action_by_idx\` ON \`complaint_reports\` (\`approval_last_action_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`violations_id\` integer REFERENCES violations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`issued_notices_id\` integer REFERENCES issued_notices(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`archived_documents_id\` integer REFERENCES archived_documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`document_loans_id\` integer REFERENCES document_loans(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`document_destructions_id\` integer REFERENCES document_destructions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`document_acknowledgements_id\` integer REFERENCES document_acknowledgements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`archive_inspections_id\` integer REFERENCES archive_inspections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`approval_log_id\` integer REFERENCES approval_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`shift_logs_id\` integer REFERENCES shift_logs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_violations_id_idx\` ON \`payload_locked_documents_rels\` (\`violations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issued_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`issued_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archived_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`archived_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_loans_id_idx\` ON \`payload_locked_documents_rels\` (\`document_loans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_destructions_id_idx\` ON \`payload_locked_documents_rels\` (\`document_destructions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_acknowledgements__idx\` ON \`payload_locked_documents_rels\` (\`document_acknowledgements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archive_inspections_id_idx\` ON \`payload_locked_documents_rels\` (\`archive_inspections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_log_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shift_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`shift_logs_id\`);`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`allow_same_signer\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`late_fee_rate_per_day\` numeric DEFAULT 0.0003;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`late_fee_cap_ratio\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`compensation_cap\` numeric DEFAULT 50000;`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`document_number_pattern\` text DEFAULT 'WY-{dept}-{kind}-{seq:3}';`)
  await db.run(sql`ALTER TABLE \`office_settings\` ADD \`version_scheme\` text DEFAULT 'letter';`)
  await db.run(sql`CREATE INDEX \`kind_registeredAt_idx\` ON \`complaints\` (\`kind\`,\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`status_kind_severity_resolveDueAt_idx\` ON \`complaints\` (\`status\`,\`kind\`,\`severity\`,\`resolve_due_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`violations_measures\`;`)
  await db.run(sql`DROP TABLE \`violations_payments\`;`)
  await db.run(sql`DROP TABLE \`violations\`;`)
  await db.run(sql`DROP TABLE \`violations_rels\`;`)
  await db.run(sql`DROP TABLE \`issued_notices\`;`)
  await db.run(sql`DROP TABLE \`archived_documents\`;`)
  await db.run(sql`DROP TABLE \`_archived_documents_v\`;`)
  await db.run(sql`DROP TABLE \`document_loans\`;`)
  await db.run(sql`DROP TABLE \`document_loans_rels\`;`)
  await db.run(sql`DROP TABLE \`document_destructions\`;`)
  await db.run(sql`DROP TABLE \`document_acknowledgements\`;`)
  await db.run(sql`DROP TABLE \`archive_inspections_items\`;`)
  await db.run(sql`DROP TABLE \`archive_inspections\`;`)
  await db.run(sql`DROP TABLE \`approval_log\`;`)
  await db.run(sql`DROP TABLE \`shift_logs_entries\`;`)
  await db.run(sql`DROP TABLE \`shift_logs_open_items\`;`)
  await db.run(sql`DROP TABLE \`shift_logs_equipment\`;`)
  await db.run(sql`DROP TABLE \`shift_logs\`;`)
  await db.run(sql`DROP TABLE \`office_settings_director_approves_kinds\`;`)
  await db.run(sql`DROP TABLE \`office_settings_front_desk_shifts\`;`)
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
  await db.run(sql`DROP INDEX \`kind_registeredAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_kind_severity_resolveDueAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`duty_post\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`allow_same_signer\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`late_fee_rate_per_day\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`late_fee_cap_ratio\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`compensation_cap\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`document_number_pattern\`;`)
  await db.run(sql`ALTER TABLE \`office_settings\` DROP COLUMN \`version_scheme\`;`)
}
