import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { exportComposer } from "./export.js";
import { importComposer } from "./import.js";
import { grafikComposer } from "./grafik.js";

export { grafikButton, grafikKeyboard } from "./grafik.js";

/** /ekspor, /impor and the "Grafik" picture (issue 7). */
export const transferFeature = new Composer<BotContext>();
transferFeature.use(exportComposer, importComposer, grafikComposer);
