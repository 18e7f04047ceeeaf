/** A Bot API request's parameters: JSON of whatever shape the method takes. */
// biome-ignore lint/suspicious/noExplicitAny: parameters of any Bot API method, read field by field
export type Payload = Record<string, any>;

/** An uploaded file part, as the local Bot API keeps it until a method stores it. */
export interface UploadedPart {
  file_name: string;
  size: number;
  bytes: Buffer;
}

/**
 * Reads a Bot API request body: JSON, a query string, or multipart (grammY's InputFile). In
 * multipart, fields become values (JSON-decoded when they are JSON) and a field that says
 * `attach://name` becomes the file part of that name.
 */
export async function parseBody(body: unknown, headers: HeadersInit | Record<string, string> | undefined): Promise<Payload> {
  const type = new Headers(headers as HeadersInit).get("content-type") ?? "";
  if (typeof body === "string") {
    if (type.includes("json") || body.startsWith("{")) return JSON.parse(body) as Payload;
    return Object.fromEntries(new URLSearchParams(body));
  }
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return parseMultipart(Buffer.concat(chunks), /boundary=(.+)$/.exec(type)?.[1] ?? "");
}

export function parseMultipart(raw: Buffer, boundary: string): Payload {
  const fields: Payload = {};
  const files: Record<string, UploadedPart> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = raw.indexOf(delimiter);
  while (pos !== -1) {
    const next = raw.indexOf(delimiter, pos + delimiter.length);
    if (next === -1) break;
    const part = raw.subarray(pos + delimiter.length + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    const head = part.subarray(0, split).toString("utf8");
    const content = part.subarray(split + 4);
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? "";
    const fileName = /filename="?([^";\r\n]*)"?/.exec(head)?.[1];
    if (fileName !== undefined) files[name] = { file_name: fileName, size: content.length, bytes: Buffer.from(content) };
    else {
      const text = content.toString("utf8");
      try {
        fields[name] = JSON.parse(text);
      } catch {
        fields[name] = text;
      }
    }
    pos = next;
  }
  for (const [key, value] of Object.entries(fields)) {
    const attached = typeof value === "string" && value.startsWith("attach://") ? files[value.slice(9)] : undefined;
    if (attached) fields[key] = attached;
  }
  return fields;
}

export function isUploadedPart(value: unknown): value is UploadedPart {
  return typeof value === "object" && value !== null && Buffer.isBuffer((value as UploadedPart).bytes);
}
