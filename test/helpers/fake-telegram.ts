/**
 * The tests' Telegram is the project's one local Bot API (src/local-bot-api): the same server
 * `npm run demo` runs, here without flood limits so tests run at full speed.
 */
export { type ApiCall, LOCAL_BOT_TOKEN as TEST_TOKEN, LocalBotApi as FakeTelegram } from "../../src/local-bot-api/server.js";
