CREATE TABLE `announcement_deliveries` (
	`announcement_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`chat_id` integer NOT NULL,
	`state` text NOT NULL,
	`attempted_at` integer,
	PRIMARY KEY(`announcement_id`, `chat_id`),
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `announcement_deliveries_state_idx` ON `announcement_deliveries` (`state`);--> statement-breakpoint
CREATE TABLE `announcements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`author_id` integer NOT NULL,
	`text` text NOT NULL,
	`audience` text NOT NULL,
	`opd_id` integer,
	`admin_chat_id` integer NOT NULL,
	`progress_message_id` integer,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opd_id`) REFERENCES `opds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `announcements_unfinished_idx` ON `announcements` (`finished_at`);--> statement-breakpoint
ALTER TABLE `reminder_log` ADD `state` text DEFAULT 'sent' NOT NULL;