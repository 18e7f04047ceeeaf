/** "4 Mei 2026 pukul 09.00 WIB": what people in the Pemda expect to read. */
export function formatDateTime(date: Date, timeZone: string, locale: string): string {
  return `${new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    timeZone,
    dateStyle: "long",
    timeStyle: "short",
  }).format(date)} ${zoneAbbreviation(timeZone)}`;
}

const ZONES: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

function zoneAbbreviation(timeZone: string): string {
  return ZONES[timeZone] ?? timeZone;
}
