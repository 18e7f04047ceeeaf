import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { MessageEntity } from "grammy/types";
import { parseCommand } from "../../src/bot/commands/parse.js";
import { commandEntities } from "../helpers/entities.js";

const BOT = "inovasi_test_bot";
const asText = (text: string) => ({ text, entities: commandEntities(text) });

describe("parseCommand reads Telegram's entity, as grammY routes", () => {
  it.each([
    ["/start", "start", "", true],
    ["/start ABCD2345", "start", "ABCD2345", true],
    ["/Bantuan@inovasi_test_bot", "bantuan", "", true],
    ["/CADANGAN", "cadangan", "", true],
    ["/cadangan.", "cadangan", ".", true],
    ["/cadangan,", "cadangan", ",", true],
    ["/cadangan?", "cadangan", "?", true],
    ["/cadangan)", "cadangan", ")", true],
    ["/cadangan-x", "cadangan", "-x", true],
    ["/cadangan…", "cadangan", "…", true],
    ["/cadangan@Inovasi_Test_Bot.", "cadangan", ".", true],
    ["/cadangan@other_bot", "cadangan", "", false],
  ])("%j → /%s %j (for this bot: %s)", (text, name, args, forThisBot) => {
    expect(parseCommand(asText(text), BOT)).toEqual({ name, args, forThisBot });
  });

  it.each(["hello /start", "/", "", " /start", "/é"])("%j is no command", (text) => {
    expect(parseCommand(asText(text), BOT)).toBeNull();
  });

  it("takes the entity, not the text: a text without a bot_command entity is no command", () => {
    expect(parseCommand({ text: "/cadangan" }, BOT)).toBeNull();
  });

  it("a command entity later in the text is not a command of the message", () => {
    const entities: MessageEntity[] = [{ type: "bot_command", offset: 4, length: 9 }];
    expect(parseCommand({ text: "cek /cadangan", entities }, BOT)).toBeNull();
  });

  it("a caption that starts with a command is that command", () => {
    const caption = "/cadangan.";
    expect(parseCommand({ caption, caption_entities: commandEntities(caption) }, BOT)).toEqual({ name: "cadangan", args: ".", forThisBot: true });
  });
});

describe("one way to register a command", () => {
  it("no feature routes commands with grammY's own .command(): all go through onCommand and its declaration", () => {
    const files = readdirSync("src", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const offenders = files.filter((f) => /\.command\(\s*["'`[]/.test(readFileSync(join("src", f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
