import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { skorComposer } from "./skor.js";
import { kategoriComposer } from "./kategori.js";
import { rekapComposer } from "./rekap.js";
import { periodeComposer } from "./periode.js";
import { spdComposer } from "./spd.js";
import { nasionalComposer } from "./nasional.js";

/** /skor, /kategori, /rekap, /periode, /spd, /hasil_resmi (issue 5). */
export const scoreFeature = new Composer<BotContext>();
scoreFeature.use(skorComposer, kategoriComposer, rekapComposer, periodeComposer, spdComposer, nasionalComposer);
