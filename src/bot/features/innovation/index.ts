import { Composer } from "grammy";
import type { BotContext } from "../../context.js";

/** /inovasi_baru, /lanjut, /inovasi and /verifikasi (issue 4). */
export const innovationFeature = new Composer<BotContext>();
