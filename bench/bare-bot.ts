// The baseline the bench compares against: a bare grammY echo bot, nothing else. Run as a
// process (long polling against the loopback fake Bot API) for start-up and RSS, and built in
// process by bench/throughput.ts for updates/s through the in-process fake.
import { Bot } from "grammy";
import { run } from "@grammyjs/runner";

/** An echo bot: every text message is answered with its own text. */
export function createBareBot(token: string, options: { apiRoot?: string; fetch?: typeof fetch; botInfo?: Bot["botInfo"] } = {}): Bot {
  const bot = new Bot(token, { botInfo: options.botInfo, client: { apiRoot: options.apiRoot, fetch: options.fetch as never } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  bot.on("callback_query:data", (ctx) => ctx.answerCallbackQuery());
  return bot;
}

if (process.argv[1]?.endsWith("bare-bot.ts")) {
  const bot = createBareBot(process.env.BOT_TOKEN!, { apiRoot: process.env.TELEGRAM_API_ROOT });
  await bot.init();
  await bot.api.deleteWebhook();
  const runner = run(bot);
  process.once("SIGTERM", () => void runner.stop().then(() => process.exit(0)));
}
