import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { startComposer } from "./start.js";
import { profileComposer } from "./profile.js";
import { choiceComposer } from "./choice-buttons.js";
import { indicatorsComposer } from "./indicators.js";
import { reviewComposer } from "./review.js";
import { verifyComposer } from "./verify.js";
import { unitComposer } from "./unit.js";
import { attachmentsComposer } from "./attachments.js";
import { askAgain } from "./ask.js";
import { refuseButton } from "./common.js";

/** /inovasi_baru, /lanjut, /inovasi (operators) and /verifikasi (admins); buttons "inn:" and "ver:". */
export const innovationFeature = new Composer<BotContext>();

innovationFeature.use(startComposer, profileComposer, choiceComposer, indicatorsComposer, reviewComposer, verifyComposer, unitComposer, attachmentsComposer);

// An "inn:" button no handler recognises (old layout, forged data): refuse and repeat the open question.
innovationFeature.callbackQuery(/^inn:/, async (ctx) => {
  await refuseButton(ctx, "inn-stale-button");
  await askAgain(ctx, ctx.t("inn-stale-button"));
});
