import { and, eq, isNotNull, isNull } from "../db/orm.js";
import type { Db } from "../db/client.js";
import { people } from "../db/schema.js";
import { peopleChanged } from "../db/repo/people.js";

// Who the outbound queue may still reach. Telegram answers 403 to every message for a person
// who blocked the bot, so after one 403 we stop trying until they write to the bot again.

/** In private chats the chat id is the person's Telegram id. */
export function markUnreachable(db: Db, telegramId: number, now: Date) {
  peopleChanged(db);
  db.update(people)
    .set({ unreachableAt: now })
    .where(and(eq(people.telegramId, telegramId), isNull(people.unreachableAt)))
    .run();
}

/** Writing to the bot proves the chat is open again. */
export function clearUnreachable(db: Db, personId: number) {
  peopleChanged(db);
  db.update(people)
    .set({ unreachableAt: null })
    .where(and(eq(people.id, personId), isNotNull(people.unreachableAt)))
    .run();
}
