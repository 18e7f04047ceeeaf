ALTER TABLE `innovations` ADD `kematangan_klaim` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `innovations` ADD `kematangan_terverifikasi` real DEFAULT 0 NOT NULL;