import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { createDeadlineFeature } from "./create.js";
import { editDeadlineFeature } from "./edit.js";
import { broadcastFeature } from "./broadcast.js";
import { showDeadlines } from "./view.js";
import { onCommand } from "../../commands/register.js";

/** /tenggat, /tenggat_baru, /umumkan (issue 6). Reminders are sent by src/scheduler. */
export const deadlinesFeature = new Composer<BotContext>();

onCommand(deadlinesFeature, "tenggat", showDeadlines);
deadlinesFeature.use(createDeadlineFeature, editDeadlineFeature, broadcastFeature);
