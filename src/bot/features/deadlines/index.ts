import { Composer } from "grammy";
import type { BotContext } from "../../context.js";

/** /tenggat, /tenggat_baru, /umumkan (issue 6). */
export const deadlinesFeature = new Composer<BotContext>();
