import { Composer } from "grammy";
import type { BotContext } from "../../context.js";

/** /skor, /kategori, /rekap, /periode, /spd, /hasil_resmi (issue 5). */
export const scoreFeature = new Composer<BotContext>();
