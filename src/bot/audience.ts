import type { Person } from "../db/schema.js";
import type { Audience } from "./access.js";

export function audienceOf(person: Person | null): Audience {
  return person && person.status === "active" ? person.role : "guest";
}
