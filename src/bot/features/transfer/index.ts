import { Composer } from "grammy";
import type { BotContext } from "../../context.js";

/** /ekspor, /impor and the "Grafik" picture (issue 7). */
export const transferFeature = new Composer<BotContext>();
