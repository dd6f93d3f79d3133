import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`complaint_categories\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`name_zh\` text NOT NULL,
  	\`name_en\` text,
  	\`emergency\` integer DEFAULT false,
  	\`retired\` integer DEFAULT false,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`complaint_categories_code_idx\` ON \`complaint_categories\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`complaint_categories_retired_idx\` ON \`complaint_categories\` (\`retired\`);`)
  await db.run(sql`CREATE INDEX \`complaint_categories_updated_at_idx\` ON \`complaint_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaint_categories_created_at_idx\` ON \`complaint_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`office_settings_department_heads\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`department\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`office_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`office_settings_department_heads_order_idx\` ON \`office_settings_department_heads\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_department_heads_parent_id_idx\` ON \`office_settings_department_heads\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_department_heads_user_idx\` ON \`office_settings_department_heads\` (\`user_id\`);`)
  await db.run(sql`DROP INDEX \`kind_registeredAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`verdict\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`verdict_note\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`replied_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`replied_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`reply_method\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`next_reply_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`reply_summary\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`confirmed_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`confirmed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`confirmation_method\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`confirmation_note\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`referred_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`referred_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`referred_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`referral_reason\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`office_head_decision\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`complaints_replied_by_idx\` ON \`complaints\` (\`replied_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_confirmed_by_idx\` ON \`complaints\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_referred_by_idx\` ON \`complaints\` (\`referred_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_referred_to_idx\` ON \`complaints\` (\`referred_to_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_decided_by_idx\` ON \`complaints\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kind_registeredAt_verdict_idx\` ON \`complaints\` (\`kind\`,\`registered_at\`,\`verdict\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`complaints\` (\`registered_at\`,\`kind\`,\`category\`,\`severity\`,\`channel\`,\`building\`,\`verified_on_time\`,\`resolved_within24h\`,\`resolved_at\`,\`resolved_on_time\`,\`verdict\`);`)
  // The table is rebuilt (a changed default); drizzle-kit's generated copy also named the new
  // columns in its SELECT from the old table, which has none of them: they start at their defaults.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_office_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`timezone\` text DEFAULT 'Asia/Shanghai',
  	\`company_name\` text,
  	\`company_logo_id\` integer,
  	\`resolution_target_hours\` numeric DEFAULT 24,
  	\`collective_window_hours\` numeric DEFAULT 24,
  	\`collective_threshold\` numeric DEFAULT 3,
  	\`complaint_visit_rate\` numeric DEFAULT 100,
  	\`complaint_visit_method\` text DEFAULT 'face-to-face',
  	\`commercial_dispatch_minutes\` numeric DEFAULT 20,
  	\`dispatch_minutes\` numeric DEFAULT 5,
  	\`arrival_minutes\` numeric DEFAULT 30,
  	\`payment_before_dispatch\` integer DEFAULT true,
  	\`repair_visit_rate\` numeric DEFAULT 20,
  	\`targets_resolved_within24h\` numeric DEFAULT 80,
  	\`targets_complaint_satisfaction\` numeric DEFAULT 95,
  	\`targets_department_satisfaction\` numeric DEFAULT 95,
  	\`targets_valid_complaints\` numeric DEFAULT 1,
  	\`allow_same_signer\` integer DEFAULT false,
  	\`late_fee_rate_per_day\` numeric DEFAULT 0.0003,
  	\`late_fee_cap_ratio\` numeric DEFAULT 1,
  	\`compensation_cap\` numeric DEFAULT 50000,
  	\`office_head_id\` integer,
  	\`document_number_pattern\` text DEFAULT 'WY-{dept}-{kind}-{seq:3}',
  	\`version_scheme\` text DEFAULT 'letter',
  	\`weekly_meeting_weekday\` text DEFAULT 'fri',
  	\`weekly_meeting_time\` text DEFAULT '09:00',
  	\`backup_time\` text DEFAULT '02:30',
  	\`backup_keep\` numeric DEFAULT 14,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`company_logo_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_head_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_office_settings\`("id", "timezone", "company_name", "company_logo_id", "resolution_target_hours", "collective_window_hours", "collective_threshold", "complaint_visit_rate", "complaint_visit_method", "commercial_dispatch_minutes", "dispatch_minutes", "arrival_minutes", "payment_before_dispatch", "repair_visit_rate", "allow_same_signer", "late_fee_rate_per_day", "late_fee_cap_ratio", "compensation_cap", "document_number_pattern", "version_scheme", "weekly_meeting_weekday", "weekly_meeting_time", "backup_time", "backup_keep", "updated_at", "created_at") SELECT "id", "timezone", "company_name", "company_logo_id", "resolution_target_hours", "collective_window_hours", "collective_threshold", "complaint_visit_rate", "complaint_visit_method", "commercial_dispatch_minutes", "dispatch_minutes", "arrival_minutes", "payment_before_dispatch", "repair_visit_rate", "allow_same_signer", "late_fee_rate_per_day", "late_fee_cap_ratio", "compensation_cap", "document_number_pattern", "version_scheme", "weekly_meeting_weekday", "weekly_meeting_time", "backup_time", "backup_keep", "updated_at", "created_at" FROM \`office_settings\`;`)
  await db.run(sql`DROP TABLE \`office_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_office_settings\` RENAME TO \`office_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`office_settings_company_logo_idx\` ON \`office_settings\` (\`company_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`office_settings_office_head_idx\` ON \`office_settings\` (\`office_head_id\`);`)
  await db.run(sql`ALTER TABLE \`return_visits\` ADD \`household\` text;`)
  await db.run(sql`CREATE INDEX \`recordedAt_status_overall_household_complaint_workOrder_idx\` ON \`return_visits\` (\`recorded_at\`,\`status\`,\`overall\`,\`household\`,\`complaint_id\`,\`work_order_id\`);`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`head_comments_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`complaint_reports\` ADD \`head_comments_at\` text;`)
  await db.run(sql`CREATE INDEX \`complaint_reports_head_comments_by_idx\` ON \`complaint_reports\` (\`head_comments_by_id\`);`)
  await db.run(sql`ALTER TABLE \`work_orders_lines\` ADD \`agreed_by\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`appointment_date\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`appointment_from\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`appointment_to\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`quote_accepted_by\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`quote_accepted_at\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`quote_total\` numeric;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`received_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`received_at\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`unfinished_at\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`unfinished_signoff_name\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`unfinished_no_signoff_reason\` text;`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`returned_to_service_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`work_orders\` ADD \`receipt_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`work_orders_received_by_idx\` ON \`work_orders\` (\`received_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_orders_returned_to_service_by_idx\` ON \`work_orders\` (\`returned_to_service_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`complaint_categories_id\` integer REFERENCES complaint_categories(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaint_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`complaint_categories_id\`);`)

  // Backfills of this round: the data the new rules read, not only their columns.
  // Complaint categories become office data: today's list, so the office can edit it at once
  // (src/domain/complaints/categories.ts, DEFAULT_COMPLAINT_CATEGORIES).
  await db.run(sql`INSERT INTO \`complaint_categories\` (\`code\`, \`name_zh\`, \`name_en\`, \`emergency\`, \`order\`) VALUES
    ('renovation-noise', '装修噪音', 'Renovation noise', false, 10),
    ('public-facilities', '公共设施损坏', 'Broken public facilities', false, 20),
    ('in-unit-repair', '户内维修', 'In-unit repair', false, 30),
    ('lost-mail', '邮件报刊丢失', 'Lost mail or papers', false, 40),
    ('cleaning-greenery', '清洁绿化', 'Cleaning and greenery', false, 50),
    ('pests', '虫鼠害', 'Pests', false, 60),
    ('office-service', '服务态度与质量', 'Service of the office', false, 70),
    ('parking', '停车管理', 'Parking', false, 80),
    ('security', '秩序维护', 'Security and order', false, 90),
    ('fees', '收费问题', 'Fees', false, 100),
    ('other', '其他', 'Other', false, 110),
    ('fire', '火灾', 'Fire', true, 120),
    ('lift-entrapment', '电梯困人', 'People trapped in a lift', true, 130),
    ('explosion', '爆炸', 'Explosion', true, 140),
    ('power-cut', '突然停电', 'Sudden power cut', true, 150),
    ('flooding', '水浸', 'Flooding', true, 160),
    ('theft-crime', '盗窃及刑事案件', 'Theft or crime', true, 170),
    ('main-plant-failure', '主要设备故障（中央空调、发电机、高低压配电、通讯）', 'Main plant failure', true, 180),
    ('structural-damage', '建筑结构损坏', 'Structural damage', true, 190)`)
  // Each return visit names its household (src/lib/households.ts: the resident on file, else
  // the unit), from its complaint or its work order: satisfaction is counted by household.
  await db.run(sql`UPDATE \`return_visits\` SET \`household\` = (SELECT CASE WHEN c.\`resident_id\` IS NOT NULL THEN 'resident:' || c.\`resident_id\` ELSE 'unit:' || c.\`unit_id\` END FROM \`complaints\` c WHERE c.\`id\` = \`return_visits\`.\`complaint_id\`) WHERE \`household\` IS NULL AND \`complaint_id\` IS NOT NULL`)
  await db.run(sql`UPDATE \`return_visits\` SET \`household\` = (SELECT CASE WHEN w.\`resident_id\` IS NOT NULL THEN 'resident:' || w.\`resident_id\` ELSE 'unit:' || w.\`unit_id\` END FROM \`work_orders\` w WHERE w.\`id\` = \`return_visits\`.\`work_order_id\`) WHERE \`household\` IS NULL AND \`work_order_id\` IS NOT NULL`)
  // The slip's deadline is the deadline: an open general complaint with one is due then (a major
  // keeps its earlier promised reply until its next change recomputes it).
  await db.run(sql`UPDATE \`complaints\` SET \`resolve_due_at\` = \`handling_deadline\` WHERE \`status\` IN ('dispatched', 'in-progress') AND \`handling_deadline\` IS NOT NULL AND \`severity\` <> 'major'`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`complaint_categories\`;`)
  await db.run(sql`DROP TABLE \`office_settings_department_heads\`;`)
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
  await db.run(sql`INSERT INTO \`__new_complaints\`("id", "number", "status", "severity", "registered_at", "kind", "channel", "category", "unit_id", "resident_id", "visitor_name", "visitor_phone", "description", "reply_promised_at", "department", "handler_id", "handling_deadline", "dispatched_at", "dispatched_by_id", "verified_at", "verified_by_id", "handling_notes", "result", "written_reply", "resolved_at", "resolved_by_id", "closed_at", "closed_by_id", "verify_due_at", "verified_on_time", "resolve_due_at", "resolved_on_time", "resolved_within24h", "minutes_to_resolve", "severity_source", "severity_override", "severity_reason", "incident_id", "return_visit_required", "reopen_count", "registered_by_id", "building", "description_text", "updated_at", "created_at") SELECT "id", "number", "status", "severity", "registered_at", "kind", "channel", "category", "unit_id", "resident_id", "visitor_name", "visitor_phone", "description", "reply_promised_at", "department", "handler_id", "handling_deadline", "dispatched_at", "dispatched_by_id", "verified_at", "verified_by_id", "handling_notes", "result", "written_reply", "resolved_at", "resolved_by_id", "closed_at", "closed_by_id", "verify_due_at", "verified_on_time", "resolve_due_at", "resolved_on_time", "resolved_within24h", "minutes_to_resolve", "severity_source", "severity_override", "severity_reason", "incident_id", "return_visit_required", "reopen_count", "registered_by_id", "building", "description_text", "updated_at", "created_at" FROM \`complaints\`;`)
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
  await db.run(sql`CREATE INDEX \`kind_registeredAt_idx\` ON \`complaints\` (\`kind\`,\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`status_kind_severity_resolveDueAt_idx\` ON \`complaints\` (\`status\`,\`kind\`,\`severity\`,\`resolve_due_at\`);`)
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
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_last_action_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_complaint_reports\`("id", "kind", "period", "status", "title", "figures", "head_comments", "analysis", "approved_by_id", "approved_at", "approval_status", "approval_chain", "approval_step", "approval_round", "approval_awaiting_roles", "approval_content_hash", "approval_proposed_by_id", "approval_last_action_by_id", "approval_last_action_at", "approval_last_comment", "updated_at", "created_at") SELECT "id", "kind", "period", "status", "title", "figures", "head_comments", "analysis", "approved_by_id", "approved_at", "approval_status", "approval_chain", "approval_step", "approval_round", "approval_awaiting_roles", "approval_content_hash", "approval_proposed_by_id", "approval_last_action_by_id", "approval_last_action_at", "approval_last_comment", "updated_at", "created_at" FROM \`complaint_reports\`;`)
  await db.run(sql`DROP TABLE \`complaint_reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_complaint_reports\` RENAME TO \`complaint_reports\`;`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approved_by_idx\` ON \`complaint_reports\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_status_idx\` ON \`complaint_reports\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_awaiting_roles_idx\` ON \`complaint_reports\` (\`approval_awaiting_roles\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_proposed_by_idx\` ON \`complaint_reports\` (\`approval_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_approval_approval_last_action_by_idx\` ON \`complaint_reports\` (\`approval_last_action_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_updated_at_idx\` ON \`complaint_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaint_reports_created_at_idx\` ON \`complaint_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`kind_period_idx\` ON \`complaint_reports\` (\`kind\`,\`period\`);`)
  await db.run(sql`CREATE TABLE \`__new_work_orders\` (
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
  await db.run(sql`INSERT INTO \`__new_work_orders\`("id", "number", "status", "registered_at", "commercial", "source", "complaint_id", "category", "unit_id", "resident_id", "contact_name", "contact_phone", "fault", "location", "at_home", "details", "paid", "total", "payment_received", "receipt_no", "paid_at", "engineer_id", "dispatched_at", "arrived_at", "finished_at", "materials_cost", "engineer_notes", "result", "resident_signoff_name", "resident_signoff_at", "no_signoff_reason", "signature_id", "unfinished_reason", "made_safe", "next_appointment", "informed_customer_service_at", "dispatch_due_at", "dispatch_met", "minutes_to_dispatch", "arrival_due_at", "arrival_met", "minutes_to_arrive", "return_visit_required", "registered_by_id", "dispatched_by_id", "updated_at", "created_at") SELECT "id", "number", "status", "registered_at", "commercial", "source", "complaint_id", "category", "unit_id", "resident_id", "contact_name", "contact_phone", "fault", "location", "at_home", "details", "paid", "total", "payment_received", "receipt_no", "paid_at", "engineer_id", "dispatched_at", "arrived_at", "finished_at", "materials_cost", "engineer_notes", "result", "resident_signoff_name", "resident_signoff_at", "no_signoff_reason", "signature_id", "unfinished_reason", "made_safe", "next_appointment", "informed_customer_service_at", "dispatch_due_at", "dispatch_met", "minutes_to_dispatch", "arrival_due_at", "arrival_met", "minutes_to_arrive", "return_visit_required", "registered_by_id", "dispatched_by_id", "updated_at", "created_at" FROM \`work_orders\`;`)
  await db.run(sql`DROP TABLE \`work_orders\`;`)
  await db.run(sql`ALTER TABLE \`__new_work_orders\` RENAME TO \`work_orders\`;`)
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
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_passes_id\`) REFERENCES \`worker_passes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "shift_logs_id", "follow_ups_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id", "shift_posts_id", "meetings_id", "worker_passes_id") SELECT "id", "order", "parent_id", "path", "users_id", "units_id", "residents_id", "complaints_id", "return_visits_id", "incidents_id", "complaint_reports_id", "work_orders_id", "price_list_id", "violations_id", "issued_notices_id", "archived_documents_id", "document_loans_id", "document_destructions_id", "document_acknowledgements_id", "archive_inspections_id", "approval_log_id", "shift_logs_id", "follow_ups_id", "attachments_id", "audit_log_id", "counters_id", "throttles_id", "shift_posts_id", "meetings_id", "worker_passes_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_worker_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`worker_passes_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_office_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`timezone\` text DEFAULT 'Asia/Shanghai',
  	\`company_name\` text,
  	\`company_logo_id\` integer,
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
  	\`weekly_meeting_weekday\` text DEFAULT 'fri',
  	\`weekly_meeting_time\` text DEFAULT '09:00',
  	\`backup_time\` text DEFAULT '02:30',
  	\`backup_keep\` numeric DEFAULT 14,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`company_logo_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_office_settings\`("id", "timezone", "company_name", "company_logo_id", "resolution_target_hours", "collective_window_hours", "collective_threshold", "complaint_visit_rate", "complaint_visit_method", "commercial_dispatch_minutes", "dispatch_minutes", "arrival_minutes", "payment_before_dispatch", "repair_visit_rate", "allow_same_signer", "late_fee_rate_per_day", "late_fee_cap_ratio", "compensation_cap", "document_number_pattern", "version_scheme", "weekly_meeting_weekday", "weekly_meeting_time", "backup_time", "backup_keep", "updated_at", "created_at") SELECT "id", "timezone", "company_name", "company_logo_id", "resolution_target_hours", "collective_window_hours", "collective_threshold", "complaint_visit_rate", "complaint_visit_method", "commercial_dispatch_minutes", "dispatch_minutes", "arrival_minutes", "payment_before_dispatch", "repair_visit_rate", "allow_same_signer", "late_fee_rate_per_day", "late_fee_cap_ratio", "compensation_cap", "document_number_pattern", "version_scheme", "weekly_meeting_weekday", "weekly_meeting_time", "backup_time", "backup_keep", "updated_at", "created_at" FROM \`office_settings\`;`)
  await db.run(sql`DROP TABLE \`office_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_office_settings\` RENAME TO \`office_settings\`;`)
  await db.run(sql`CREATE INDEX \`office_settings_company_logo_idx\` ON \`office_settings\` (\`company_logo_id\`);`)
  await db.run(sql`DROP INDEX \`recordedAt_status_overall_household_complaint_workOrder_idx\`;`)
  await db.run(sql`ALTER TABLE \`return_visits\` DROP COLUMN \`household\`;`)
  await db.run(sql`ALTER TABLE \`work_orders_lines\` DROP COLUMN \`agreed_by\`;`)
}
