import type { InlineKeyboardButton, Message, Update, User } from "grammy/types";
import { commandEntities } from "./entities.js";
import type { ApiCall } from "./fake-telegram.js";
import type { Harness } from "./harness.js";

export interface UserOptions {
  firstName?: string;
  lastName?: string;
  languageCode?: string;
  /** A group chat id to speak in instead of the private chat. */
  chatId?: number;
}

/** Plays one person in a chat with the bot: sends messages, presses buttons, reads replies. */
export class TestUser {
  readonly user: User;
  readonly chatId: number;
  private nextMessageId = 1;

  constructor(
    private readonly h: Harness,
    readonly id: number,
    options: UserOptions = {},
  ) {
    this.user = { id, is_bot: false, first_name: options.firstName ?? `User${id}`, last_name: options.lastName, language_code: options.languageCode ?? "id" };
    this.chatId = options.chatId ?? id;
  }

  private chat(): Message["chat"] {
    return this.chatId > 0
      ? { id: this.chatId, type: "private", first_name: this.user.first_name }
      : ({ id: this.chatId, type: "group", title: "Grup Uji" } as Message["chat"]);
  }

  /** Delivers an update and returns the API calls the bot made while handling it. */
  async deliver(update: Record<string, unknown>): Promise<ApiCall[]> {
    const before = this.h.fake.calls.length;
    await this.h.bot.handleUpdate({ update_id: this.h.updateId(), ...update } as Update);
    return this.h.fake.calls.slice(before);
  }

  message(extra: Partial<Message>): Omit<Message, "chat"> & { chat: Message["chat"] } {
    return {
      message_id: this.nextMessageId++,
      date: Math.floor(this.h.now().getTime() / 1000),
      chat: this.chat(),
      from: this.user,
      ...extra,
    } as Message;
  }

  async send(text: string): Promise<ApiCall[]> {
    const entities = commandEntities(text);
    return this.deliver({ message: this.message({ text, ...(entities ? { entities } : {}) }) as Message });
  }

  /** Sends any non-text message (sticker, document, location…). */
  async sendRaw(extra: Partial<Message>): Promise<ApiCall[]> {
    return this.deliver({ message: this.message(extra) as Message });
  }

  /** Sends a document whose bytes the fake Bot API serves for download (getFile + file URL). */
  async sendDocument(bytes: Buffer | string, fileName: string, mimeType?: string): Promise<ApiCall[]> {
    const ids = this.h.fake.addFile(bytes, fileName);
    return this.sendRaw({ document: { ...ids, file_name: fileName, ...(mimeType ? { mime_type: mimeType } : {}) } });
  }

  /** Presses the button with this label on the newest bot message in this chat that has it. */
  async press(label: string | RegExp): Promise<ApiCall[]> {
    const found = this.findButton(label);
    if (!found) throw new Error(`no button ${String(label)} in chat ${this.chatId}; last texts:\n${this.texts().slice(-3).join("\n---\n")}`);
    return this.pressData(found.data, found.messageId);
  }

  async pressData(data: string, messageId = 1): Promise<ApiCall[]> {
    return this.deliver({
      callback_query: {
        id: `cb${this.h.updateId()}`,
        from: this.user,
        chat_instance: `ci${this.chatId}`,
        data,
        message: { message_id: messageId, date: 0, chat: this.chat(), text: "…" } as Message,
      },
    });
  }

  buttons(): string[] {
    const last = this.callsToMe()
      .reverse()
      .find((c) => c.payload.reply_markup?.inline_keyboard);
    return last ? (last.payload.reply_markup.inline_keyboard as InlineKeyboardButton[][]).flat().map((b) => b.text) : [];
  }

  private findButton(label: string | RegExp): { data: string; messageId: number } | null {
    for (const call of this.callsToMe().reverse()) {
      const rows = call.payload.reply_markup?.inline_keyboard as InlineKeyboardButton.CallbackButton[][] | undefined;
      const button = rows?.flat().find((b) => (typeof label === "string" ? b.text === label : label.test(b.text)));
      if (button)
        return {
          data: button.callback_data,
          messageId: Number(call.payload.message_id ?? (call.result as { message_id?: number } | undefined)?.message_id ?? 1),
        };
    }
    return null;
  }

  callsToMe(): ApiCall[] {
    return this.h.fake.calls.filter((c) => Number(c.payload.chat_id) === this.chatId);
  }

  /** Every text the bot sent or edited in this chat, oldest first. */
  texts(): string[] {
    return this.callsToMe()
      .filter((c) => typeof c.payload.text === "string")
      .map((c) => c.payload.text as string);
  }

  lastText(): string {
    return this.texts().at(-1) ?? "";
  }
}

/** Texts of sendMessage/editMessageText calls in a batch of calls. */
export function textsOf(calls: ApiCall[]): string[] {
  return calls.filter((c) => typeof c.payload.text === "string").map((c) => c.payload.text as string);
}
