CREATE TABLE `app_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`due_at` integer NOT NULL,
	`audience` text NOT NULL,
	`note` text,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deadlines_due_idx` ON `deadlines` (`due_at`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope` text NOT NULL,
	`innovation_id` integer,
	`period_year` integer NOT NULL,
	`indicator_code` text NOT NULL,
	`kind` text NOT NULL,
	`url` text,
	`telegram_file_id` text,
	`telegram_file_unique_id` text,
	`file_name` text,
	`mime_type` text,
	`size_bytes` integer,
	`local_path` text,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`innovation_id`) REFERENCES `innovations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_year`) REFERENCES `periods`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_innovation_idx` ON `evidence` (`innovation_id`,`indicator_code`);--> statement-breakpoint
CREATE INDEX `evidence_period_scope_idx` ON `evidence` (`period_year`,`scope`,`indicator_code`);--> statement-breakpoint
CREATE TABLE `innovations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`opd_id` integer NOT NULL,
	`period_year` integer NOT NULL,
	`created_by` integer NOT NULL,
	`status` text DEFAULT 'draf' NOT NULL,
	`nama` text NOT NULL,
	`nama_key` text NOT NULL,
	`tahapan` text,
	`inisiator` text,
	`nama_inisiator` text,
	`jenis` text,
	`bentuk` text,
	`tematik` text,
	`urusan_utama` text,
	`urusan_lain` text,
	`waktu_uji_coba` text,
	`waktu_penerapan` text,
	`rancang_bangun` text,
	`tujuan` text,
	`manfaat` text,
	`hasil` text,
	`claimed_levels` text DEFAULT '{}' NOT NULL,
	`verified_levels` text DEFAULT '{}' NOT NULL,
	`return_note` text,
	`submitted_at` integer,
	`verified_at` integer,
	`verified_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`opd_id`) REFERENCES `opds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_year`) REFERENCES `periods`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`verified_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `innovations_opd_period_name_unique` ON `innovations` (`opd_id`,`period_year`,`nama_key`);--> statement-breakpoint
CREATE INDEX `innovations_period_status_idx` ON `innovations` (`period_year`,`status`);--> statement-breakpoint
CREATE INDEX `innovations_opd_idx` ON `innovations` (`opd_id`,`period_year`);--> statement-breakpoint
CREATE TABLE `official_results` (
	`year` integer PRIMARY KEY NOT NULL,
	`score_hundredths` integer NOT NULL,
	`category` text NOT NULL,
	`recorded_by` integer,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`recorded_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `periods` (
	`year` integer PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`active` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `periods_one_active` ON `periods` (`active`) WHERE "periods"."active" = 1;--> statement-breakpoint
CREATE TABLE `reminder_log` (
	`deadline_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`day` integer NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`deadline_id`, `person_id`, `day`),
	FOREIGN KEY (`deadline_id`) REFERENCES `deadlines`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `spd_levels` (
	`period_year` integer NOT NULL,
	`code` text NOT NULL,
	`level` integer NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`period_year`, `code`),
	FOREIGN KEY (`period_year`) REFERENCES `periods`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `people` ADD `unreachable_at` integer;