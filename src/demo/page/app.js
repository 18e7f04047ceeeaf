// The demo's chat page: plays the people (personas) of a Telegram chat with the real bot.
// Everything comes from the demo server; updates arrive by server-sent events.

const $ = (id) => document.getElementById(id);
const state = {
  bot: { username: "", name: "" },
  personas: [],
  current: null,
  /** chatId -> Map(messageId -> message), for the chats already opened. */
  chats: new Map(),
  unread: new Map(),
  menus: new Map(),
  hiddenKeyboards: new Set(),
};
const ROLE = { admin: "Admin Bappeda", operator: "Operator OPD", pimpinan: "Pimpinan", tamu: "Belum terdaftar" };

async function call(path, body) {
  const response = await fetch(path, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return response.json();
}

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

// ---- personas ----

function renderPersonas() {
  const list = $("personas");
  list.replaceChildren(
    ...state.personas.map((p) => {
      const unread = state.unread.get(p.id) ?? 0;
      return el(
        "button",
        { class: "persona", role: "tab", "aria-selected": String(state.current?.id === p.id), "data-persona": String(p.id), onclick: () => openPersona(p.id) },
        [
          el("span", {}, [p.name, el("small", { text: p.opd ? `${ROLE[p.role] ?? p.role} · ${p.opd}` : (ROLE[p.role] ?? p.role) })]),
          unread ? el("span", { class: "badge", text: String(unread) }) : "",
        ],
      );
    }),
  );
}

/** A guest who registers becomes an operator (or pimpinan, admin): the tab follows. */
async function refreshPersonas() {
  const fresh = await call("/api/state");
  state.personas = fresh.personas;
  if (state.current) state.current = state.personas.find((p) => p.id === state.current.id) ?? state.current;
  if (state.current) $("who").textContent = `sebagai ${state.current.name}`;
  renderPersonas();
}

async function newPersona(name) {
  const persona = await call("/api/personas", { name });
  state.personas.push(persona);
  renderPersonas();
  return persona;
}

async function openPersona(id) {
  state.current = state.personas.find((p) => p.id === id) ?? null;
  state.unread.set(id, 0);
  // Events that arrive while the history loads land in the same map (newest version wins).
  const known = state.chats.get(id) ?? new Map();
  state.chats.set(id, known);
  const chat = await call(`/api/chat?id=${id}`);
  const merged = new Map(chat.messages.map((m) => [m.message_id, m]));
  for (const [messageId, m] of known) merged.set(messageId, m);
  state.chats.set(id, new Map([...merged].sort((a, b) => a[0] - b[0])));
  state.menus.set(id, chat.menu);
  $("who").textContent = `sebagai ${state.current.name}`;
  $("menu").hidden = true;
  renderPersonas();
  renderChat();
}

// ---- the chat ----

function renderChat() {
  const id = state.current?.id;
  const box = $("messages");
  const messages = [...(state.chats.get(id)?.values() ?? [])];
  box.replaceChildren(...messages.flatMap((m) => renderMessage(m)));
  box.scrollTop = box.scrollHeight;
  $("start-wrap").hidden = messages.length > 0;
  renderReplyKeyboard(messages);
}

function renderMessage(m) {
  const out = m.from && m.from.id === state.current.id && !m.from.is_bot;
  const bubble = el("div", { class: `msg ${out ? "out" : "in"}`, "data-message": String(m.message_id) });
  if (m.photo) {
    const photo = m.photo[m.photo.length - 1];
    bubble.append(el("img", { class: "photo", src: `/api/file/${photo.file_id}`, alt: m.caption || "Foto" }));
    bubble.append(el("a", { href: `/api/file/${photo.file_id}?unduh=1`, text: "Unduh foto", download: "" }), "\n");
  }
  if (m.document || m.video) bubble.append(renderDocument(m.document || m.video, Boolean(m.video)));
  if (m.contact) bubble.append(`📞 ${m.contact.phone_number}`);
  const text = m.text ?? m.caption;
  if (text) bubble.append(...linkify(text));
  bubble.append(el("span", { class: "meta", text: `${m.edit_date ? "diedit " : ""}${time(m.edit_date ?? m.date)}` }));
  const rows = m.reply_markup?.inline_keyboard;
  if (!rows) return [bubble];
  const keyboard = el("div", { class: `inline-keyboard ${out ? "" : "in"}` });
  for (const row of rows) {
    keyboard.append(
      el(
        "div",
        { class: "row" },
        row.map((b) =>
          b.url
            ? el("a", { href: b.url, text: b.text, target: "_blank", rel: "noopener", onclick: (e) => deepLink(e, b.url) })
            : el("button", { type: "button", text: b.text, onclick: () => press(m.message_id, b.callback_data) }),
        ),
      ),
    );
  }
  return [bubble, keyboard];
}

function renderDocument(file, isVideo) {
  const url = `/api/file/${file.file_id}`;
  const isImage = /^image\//.test(file.mime_type ?? "");
  const preview = isImage
    ? el("img", { class: "thumb", src: url, alt: file.file_name ?? "" })
    : el("div", { class: "icon", text: isVideo ? "MP4" : extension(file.file_name) });
  return el("div", { class: "doc" }, [
    preview,
    el("div", {}, [
      el("a", { class: "name", href: url, target: "_blank", rel: "noopener", text: file.file_name ?? "berkas" }),
      el("div", { class: "size" }, [`${size(file.file_size)} · `, el("a", { href: `${url}?unduh=1`, text: "Unduh", download: "" })]),
    ]),
  ]);
}

/** Text with its web links clickable; the bot's own t.me/<bot>?start= links open as a persona. */
function linkify(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    parts.push(text.slice(last, match.index));
    const url = match[0];
    parts.push(el("a", { href: url, target: "_blank", rel: "noopener", text: url, onclick: (e) => deepLink(e, url) }));
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return parts;
}

function deepLink(event, url) {
  const match = /^https:\/\/t\.me\/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]+)$/.exec(url);
  if (!match || match[1].toLowerCase() !== state.bot.username.toLowerCase()) return;
  event.preventDefault();
  const dialog = $("link-dialog");
  const startAs = async (persona) => {
    dialog.close();
    await openPersona(persona.id);
    await send(`/start ${match[2]}`);
  };
  $("link-choices").replaceChildren(
    ...state.personas.map((p) => el("button", { type: "button", class: "choice", text: `${p.name} (${ROLE[p.role] ?? p.role})`, onclick: () => startAs(p) })),
  );
  $("link-new").onclick = async () => startAs(await newPersona($("link-new-name").value));
  dialog.showModal();
}

function renderReplyKeyboard(messages) {
  const panel = $("reply-keyboard");
  const last = [...messages].reverse().find((m) => m.from?.is_bot && (m.reply_markup?.keyboard || m.reply_markup?.remove_keyboard));
  const keyboard = last?.reply_markup?.keyboard;
  if (!keyboard || state.hiddenKeyboards.has(`${state.current.id}:${last.message_id}`)) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  panel.replaceChildren(
    ...keyboard.map((row) =>
      el(
        "div",
        { class: "row" },
        row.map((b) => {
          const label = typeof b === "string" ? b : b.text;
          return el("button", {
            type: "button",
            class: "reply-btn",
            text: label,
            onclick: async () => {
              if (last.reply_markup.one_time_keyboard) state.hiddenKeyboards.add(`${state.current.id}:${last.message_id}`);
              if (b.request_contact) await call("/api/send", { id: state.current.id, contact: true });
              else await send(label);
            },
          });
        }),
      ),
    ),
  );
}

async function send(text) {
  if (!state.current || !text.trim()) return;
  await call("/api/send", { id: state.current.id, text });
}

async function press(messageId, data) {
  await call("/api/press", { id: state.current.id, messageId, data });
}

async function upload(file) {
  if (!state.current || !file) return;
  const photo = /^image\/(png|jpe?g)$/.test(file.type) ? "1" : "0";
  await fetch(`/api/upload?id=${state.current.id}&nama=${encodeURIComponent(file.name)}&foto=${photo}`, {
    method: "POST",
    headers: { "content-type": file.type || "application/octet-stream" },
    body: file,
  });
}

async function toggleMenu() {
  const menu = $("menu");
  if (!menu.hidden || !state.current) {
    menu.hidden = true;
    return;
  }
  // The bot sets a person's menu as their role changes: read the newest one each time.
  const { menu: commands } = await call(`/api/chat?id=${state.current.id}`);
  state.menus.set(state.current.id, commands);
  menu.replaceChildren(
    ...commands.map((c) =>
      el("button", { type: "button", class: "cmd-item", "data-command": c.command, onclick: () => chooseCommand(c.command) }, [
        el("span", { class: "cmd", text: `/${c.command}` }),
        el("span", { class: "desc", text: c.description }),
      ]),
    ),
  );
  menu.hidden = false;
}

function chooseCommand(command) {
  $("menu").hidden = true;
  void send(`/${command}`);
}

let toastTimer;
function toast(text) {
  const box = $("toast");
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    box.hidden = true;
  }, 2500);
}

let typingTimer;
function onEvent(event) {
  const chat = state.chats.get(event.chatId);
  const here = state.current && event.chatId === state.current.id;
  if (event.type === "message" || event.type === "edit") {
    if (chat) chat.set(event.message.message_id, event.message);
    const guest = state.personas.find((p) => p.id === event.chatId)?.role === "tamu";
    if (guest && event.message.from?.is_bot) void refreshPersonas();
    if (!here && event.type === "message" && event.message.from?.is_bot) {
      state.unread.set(event.chatId, (state.unread.get(event.chatId) ?? 0) + 1);
      renderPersonas();
    }
  } else if (event.type === "delete") chat?.delete(event.messageId);
  else if (event.type === "toast" && here) toast(event.text);
  else if (event.type === "typing" && here) {
    $("bot-status").textContent = event.action === "upload_document" ? "mengirim berkas…" : "mengetik…";
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      $("bot-status").textContent = $("bot-status").dataset.idle;
    }, 3000);
  } else if (event.type === "menu") {
    for (const id of event.chatId === null ? [...state.menus.keys()] : [event.chatId]) {
      if (state.menus.has(id)) void call(`/api/chat?id=${id}`).then((c) => state.menus.set(id, c.menu));
    }
  }
  if (here && (event.type === "message" || event.type === "edit" || event.type === "delete")) {
    $("bot-status").textContent = $("bot-status").dataset.idle;
    renderChat();
  }
}

function time(seconds) {
  return new Date(seconds * 1000).toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit" });
}

function extension(name) {
  return (/\.([a-z0-9]{1,4})$/i.exec(name ?? "")?.[1] ?? "file").toUpperCase();
}

function size(bytes) {
  if (!bytes) return "0 B";
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// ---- wiring ----

$("composer").addEventListener("submit", async (e) => {
  e.preventDefault();
  const input = $("text");
  const text = input.value;
  input.value = "";
  await send(text);
});
$("menu-button").addEventListener("click", toggleMenu);
$("start-button").addEventListener("click", () => send("/start"));
$("attach-button").addEventListener("click", () => $("file-input").click());
$("file-input").addEventListener("change", async (e) => {
  for (const file of e.target.files) await upload(file);
  e.target.value = "";
});
$("new-persona").addEventListener("submit", async (e) => {
  e.preventDefault();
  const persona = await newPersona($("new-persona-name").value);
  $("new-persona-name").value = "";
  await openPersona(persona.id);
});
const phone = $("phone");
phone.addEventListener("dragover", (e) => {
  e.preventDefault();
  $("drop").hidden = false;
});
phone.addEventListener("dragleave", (e) => {
  if (e.target === $("drop")) $("drop").hidden = true;
});
phone.addEventListener("drop", async (e) => {
  e.preventDefault();
  $("drop").hidden = true;
  for (const file of e.dataTransfer.files) await upload(file);
});

const start = await call("/api/state");
state.bot = start.bot;
state.personas = start.personas;
$("bot-name").textContent = start.bot.name;
$("bot-status").dataset.idle = `@${start.bot.username}`;
$("bot-status").textContent = $("bot-status").dataset.idle;
new EventSource("/api/events").onmessage = (e) => onEvent(JSON.parse(e.data));
if (state.personas.length > 0) await openPersona(state.personas[0].id);
document.body.dataset.ready = "1";
