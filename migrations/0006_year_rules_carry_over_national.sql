PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_official_results` (
	`year` integer PRIMARY KEY NOT NULL,
	`score_hundredths` integer,
	`category` text NOT NULL,
	`recorded_by` integer,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`recorded_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_official_results`("year", "score_hundredths", "category", "recorded_by", "recorded_at") SELECT "year", "score_hundredths", "category", "recorded_by", "recorded_at" FROM `official_results`;--> statement-breakpoint
DROP TABLE `official_results`;--> statement-breakpoint
ALTER TABLE `__new_official_results` RENAME TO `official_results`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `evidence` ADD `needs_update` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `innovations` ADD `pengembangan_terbaru` text;--> statement-breakpoint
ALTER TABLE `innovations` ADD `participation` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `innovations` ADD `carried_from_id` integer REFERENCES innovations(id);--> statement-breakpoint
ALTER TABLE `innovations` ADD `national_result` text;--> statement-breakpoint
ALTER TABLE `innovations` ADD `national_levels` text;