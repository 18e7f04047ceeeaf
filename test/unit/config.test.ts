import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

const TOKEN = "123456:abcdefghijklmnopqrstuvwxyz";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const c = loadConfig({ BOT_TOKEN: TOKEN });
    expect(c).toMatchObject({
      TELEGRAM_API_ROOT: "https://api.telegram.org",
      DATABASE_PATH: "data/inovasi.db",
      ADMIN_IDS: [],
      PEMDA_NAME: "Kota Serang",
      TIMEZONE: "Asia/Jakarta",
      LOG_LEVEL: "info",
    });
  });

  it("leaves the weekly digest off unless DIGEST_CRON is set", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).DIGEST_CRON).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TOKEN, DIGEST_CRON: "0 7 * * 1" }).DIGEST_CRON).toBe("0 7 * * 1");
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, PEMDA_NAME: "", ADMIN_IDS: "" }).PEMDA_NAME).toBe("Kota Serang");
  });

  it("parses ADMIN_IDS as a comma-separated list of ids", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, ADMIN_IDS: " 11, 22 ,33" }).ADMIN_IDS).toEqual([11, 22, 33]);
  });

  it.each([
    [{}, "BOT_TOKEN"],
    [{ BOT_TOKEN: "nope" }, "BOT_TOKEN"],
    [{ BOT_TOKEN: TOKEN, ADMIN_IDS: "12,abc" }, "ADMIN_IDS"],
    [{ BOT_TOKEN: TOKEN, TIMEZONE: "Mars/Olympus" }, "TIMEZONE"],
    [{ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "not a url" }, "TELEGRAM_API_ROOT"],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://bot.example.go.id/hook" }, "WEBHOOK_SECRET"],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://bot.example.go.id/hook", WEBHOOK_SECRET: "pendek" }, "WEBHOOK_SECRET"],
    [{ BOT_TOKEN: TOKEN, REMINDER_CRON: "tiap pagi" }, "REMINDER_CRON"],
    [{ BOT_TOKEN: TOKEN, DIGEST_CRON: "senin pagi" }, "DIGEST_CRON"],
    [{ BOT_TOKEN: TOKEN, REMINDER_DAYS: "7,x" }, "REMINDER_DAYS"],
    [{ BOT_TOKEN: TOKEN, PORT: "99999" }, "PORT"],
  ])("names the bad variable in one line: %j", (env, name) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain("\n");
    if (name === "BOT_TOKEN" && "BOT_TOKEN" in env) expect(message).not.toContain("nope");
  });
});
