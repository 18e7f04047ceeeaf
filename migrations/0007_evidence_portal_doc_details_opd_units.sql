CREATE TABLE `opd_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`opd_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`kind` text DEFAULT 'lainnya' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`opd_id`) REFERENCES `opds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `opd_units_opd_name_unique` ON `opd_units` (`opd_id`,`name_key`);--> statement-breakpoint
ALTER TABLE `evidence` ADD `portal_copy_path` text;--> statement-breakpoint
ALTER TABLE `evidence` ADD `portal_copy_bytes` integer;--> statement-breakpoint
ALTER TABLE `evidence` ADD `doc_nomor` text;--> statement-breakpoint
ALTER TABLE `evidence` ADD `doc_tanggal` text;--> statement-breakpoint
ALTER TABLE `evidence` ADD `doc_judul` text;--> statement-breakpoint
ALTER TABLE `innovations` ADD `unit_pelaksana` text;--> statement-breakpoint
ALTER TABLE `innovations` ADD `claimed_bases` text DEFAULT '{}' NOT NULL;