import { describe, expect, it, vi } from "vitest";
import { HttpError } from "grammy";
import { OutboundQueue } from "../../src/outbound/queue.js";
import { FakeClock } from "../helpers/fake-clock.js";
import { delivered, job, maxSendsInAnyWindow, setup, type Responder } from "./helpers.js";

describe("rate limits", () => {
  it("sends 10,000 messages at 25 per second, in about 400 s of virtual time", async () => {
    const { clock, calls, queue } = setup();
    expect(queue.enqueue(Array.from({ length: 10_000 }, (_, i) => job(i + 1)))).toBe(10_000);
    const result = await queue.drain();

    expect(result).toMatchObject({ sent: 10_000, failed: 0, blocked: 0 });
    expect(result.outcomes).toHaveLength(10_000);
    expect(new Set(calls.map((c) => c.key)).size).toBe(10_000);
    expect(maxSendsInAnyWindow(calls)).toBe(25);
    const last = Math.max(...calls.map((c) => c.t));
    expect(last).toBeGreaterThanOrEqual(399_000);
    expect(last).toBeLessThanOrEqual(400_000);
    expect(clock.now()).toBe(last);
    expect(queue.size).toBe(0);
  });

  it("spaces messages to one chat by perChatIntervalMs, in order", async () => {
    const { calls, queue } = setup();
    queue.enqueue([job(7, "a"), job(7, "b"), job(7, "c")]);
    await queue.drain();
    expect(calls.map((c) => [c.key, c.t])).toEqual([
      ["a", 0],
      ["b", 1000],
      ["c", 2000],
    ]);
  });

  it("does not let one chat's backlog hold up other chats", async () => {
    const { calls, queue } = setup();
    queue.enqueue([job(1, "x1"), job(1, "x2"), job(1, "x3"), ...Array.from({ length: 100 }, (_, i) => job(100 + i))]);
    const result = await queue.drain();
    expect(result.sent).toBe(103);
    expect(Math.max(...calls.map((c) => c.t))).toBeLessThanOrEqual(5_000);
    expect(maxSendsInAnyWindow(calls)).toBeLessThanOrEqual(25);
    const chat1 = calls.filter((c) => c.chatId === 1);
    expect(chat1.map((c) => c.key)).toEqual(["x1", "x2", "x3"]);
    expect(chat1[1]!.t - chat1[0]!.t).toBeGreaterThanOrEqual(1000);
    expect(chat1[2]!.t - chat1[1]!.t).toBeGreaterThanOrEqual(1000);
  });

  it("overlaps slow sends up to `concurrency`, still within the rate limit", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const slow: Responder = async (_job, _i, clock) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await clock.sleep(300);
      inFlight--;
      return { ok: true };
    };
    const jobs = Array.from({ length: 100 }, (_, i) => job(i + 1));

    const parallel = setup(slow, { concurrency: 10 });
    parallel.queue.enqueue(jobs);
    await parallel.queue.drain();
    expect(maxInFlight).toBe(10);
    expect(maxSendsInAnyWindow(parallel.calls)).toBeLessThanOrEqual(25);
    expect(parallel.clock.now()).toBeLessThan(5_000);

    maxInFlight = 0;
    const serial = setup(slow, { concurrency: 1 });
    serial.queue.enqueue(jobs);
    await serial.queue.drain();
    expect(maxInFlight).toBe(1);
    expect(serial.clock.now()).toBe(30_000);
  });
});

describe("429 Too Many Requests", () => {
  it("pauses the whole queue for retry_after, then delivers the job once", async () => {
    const { calls, queue } = setup((j, i) => (j.key === "m3" && i === 2 ? { ok: false, status: 429, retryAfter: 5 } : { ok: true }));
    // 100 jobs, so the queue would otherwise go on sending at t = 1000.
    queue.enqueue(Array.from({ length: 100 }, (_, i) => job(i + 1)));
    const result = await queue.drain();

    expect(result).toMatchObject({ sent: 100, failed: 0, blocked: 0 });
    const limited = calls.find((c) => !c.result.ok)!;
    expect(limited.key).toBe("m3");
    expect(calls.filter((c) => c.t > limited.t && c.t < limited.t + 5000)).toEqual([]);
    expect(delivered(calls).filter((c) => c.key === "m3")).toEqual([expect.objectContaining({ t: limited.t + 5000 })]);
    expect(result.outcomes.find((o) => o.job.key === "m3")).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("survives a storm (every 3rd send answers 429 for a while) with each job delivered exactly once", async () => {
    const { calls, queue } = setup((_j, i) => (i < 150 && i % 3 === 2 ? { ok: false, status: 429, retryAfter: 2 } : { ok: true }));
    const jobs = Array.from({ length: 300 }, (_, i) => job(i % 60, `k${i}`));
    queue.enqueue(jobs);
    const result = await queue.drain();

    expect(result).toMatchObject({ sent: 300, failed: 0, blocked: 0 });
    const counts = new Map<string, number>();
    for (const c of delivered(calls)) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
    expect(counts.size).toBe(300);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    for (const limited of calls.filter((c) => !c.result.ok)) {
      expect(calls.some((c) => c.t > limited.t && c.t < limited.t + 2000)).toBe(false);
    }
    expect(maxSendsInAnyWindow(calls)).toBeLessThanOrEqual(25);
    // Each chat still receives its messages in enqueue order.
    for (let chat = 0; chat < 60; chat++) {
      const keys = delivered(calls)
        .filter((c) => c.chatId === chat)
        .map((c) => Number(c.key.slice(1)));
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });
});

describe("failures", () => {
  it("403: blocked, onBlocked once, no retry, the chat's other jobs are not attempted", async () => {
    const onBlocked = vi.fn();
    const { calls, queue } = setup((j) => (j.chatId === 2 ? { ok: false, status: 403, description: "Forbidden: bot was blocked by the user" } : { ok: true }), {
      onBlocked,
    });
    queue.enqueue([job(1), job(2, "b1"), job(2, "b2"), job(3)]);
    const result = await queue.drain();

    expect(result).toMatchObject({ sent: 2, failed: 0, blocked: 2 });
    expect(onBlocked).toHaveBeenCalledTimes(1);
    expect(onBlocked).toHaveBeenCalledWith(2);
    expect(calls.filter((c) => c.chatId === 2).map((c) => c.key)).toEqual(["b1"]);
    expect(result.outcomes.map((o) => [o.job.key, o.status, o.attempts])).toEqual([
      ["m1", "sent", 1],
      ["b1", "blocked", 1],
      ["b2", "blocked", 0],
      ["m3", "sent", 1],
    ]);
    expect(result.outcomes[1]!.lastError).toEqual({ status: 403, description: "Forbidden: bot was blocked by the user" });
  });

  it("400: failed without retry", async () => {
    const { calls, queue } = setup(() => ({ ok: false, status: 400, description: "Bad Request: chat not found" }));
    queue.enqueue([job(1)]);
    const result = await queue.drain();
    expect(result).toMatchObject({ sent: 0, failed: 1, blocked: 0 });
    expect(calls).toHaveLength(1);
  });

  it("5xx twice then ok: delivered after 1 s and 2 s of backoff", async () => {
    const { calls, queue } = setup((_j, i) => (i < 2 ? { ok: false, status: 502 } : { ok: true }));
    queue.enqueue([job(1)]);
    const result = await queue.drain();
    expect(result).toMatchObject({ sent: 1, failed: 0 });
    expect(calls.map((c) => c.t)).toEqual([0, 1000, 3000]);
    expect(result.outcomes[0]).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("5xx always: failed after maxAttempts, backoff capped", async () => {
    const { calls, queue } = setup(() => ({ ok: false, status: 500 }));
    queue.enqueue([job(1)]);
    expect(await queue.drain()).toMatchObject({ sent: 0, failed: 1 });
    expect(calls.map((c) => c.t)).toEqual([0, 1000, 3000, 7000, 15000]);

    const capped = setup(() => ({ ok: false, status: 503 }), { maxAttempts: 8 });
    capped.queue.enqueue([job(1)]);
    await capped.queue.drain();
    const gaps = capped.calls.slice(1).map((c, i) => c.t - capped.calls[i]!.t);
    expect(gaps).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it("thrown errors are mapped: network errors retried, unknown errors failed", async () => {
    let n = 0;
    const clock = new FakeClock();
    const queue = new OutboundQueue({
      clock,
      send: async (j) => {
        if (j.chatId === 1 && n++ === 0) throw new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNRESET"));
        if (j.chatId === 2) throw new TypeError("payload.text is undefined");
        return { ok: true };
      },
    });
    queue.enqueue([job(1), job(2)]);
    const result = await queue.drain();
    expect(result.outcomes.map((o) => [o.status, o.attempts, o.lastError?.status])).toEqual([
      ["sent", 2, 0],
      ["failed", 1, -1],
    ]);
  });

  it("one chat's retries never reorder its messages", async () => {
    const { calls, queue } = setup((j, i) => (j.key === "a1" && i === 0 ? { ok: false, status: 500 } : { ok: true }));
    queue.enqueue([job(1, "a1"), job(1, "a2")]);
    await queue.drain();
    expect(calls.map((c) => [c.key, c.t, c.result.ok])).toEqual([
      ["a1", 0, false],
      ["a1", 1000, true],
      ["a2", 2000, true],
    ]);
  });
});

describe("queue mechanics", () => {
  it("reports progress after every job", async () => {
    const { queue } = setup((j) => (j.chatId === 3 ? { ok: false, status: 403 } : { ok: true }));
    queue.enqueue([job(1), job(2), job(3), job(4)]);
    const progress = vi.fn();
    const result = await queue.drain(progress);
    expect(progress).toHaveBeenCalledTimes(4);
    expect(progress.mock.calls.map(([p]) => p.done)).toEqual([1, 2, 3, 4]);
    expect(progress.mock.calls.at(-1)![0]).toEqual({ sent: 3, failed: 0, blocked: 1, done: 4, remaining: 0 });
    expect(progress.mock.calls.map(([, o]) => o.job.key).sort()).toEqual(["m1", "m2", "m3", "m4"]);
    expect(result.outcomes.map((o) => o.job.key)).toEqual(["m1", "m2", "m3", "m4"]);
  });

  it("ignores a key that is already queued", async () => {
    const { calls, queue } = setup();
    expect(queue.enqueue([job(1, "same"), job(2, "same"), job(3, "other")])).toBe(2);
    expect(queue.enqueue([job(1, "same")])).toBe(0);
    await queue.drain();
    expect(calls.map((c) => c.key)).toEqual(["same", "other"]);
    // Once finished, the key may be queued again (the caller's sent log guards real repeats).
    expect(queue.enqueue([job(1, "same")])).toBe(1);
  });

  it("wakes early for a job enqueued while it sleeps on a long backoff", async () => {
    const { clock, calls, queue } = setup(
      (j, i) => {
        if (i === 0) void clock.sleep(500).then(() => queue.enqueue([job(2, "late")]));
        return j.key === "slow" && i === 0 ? { ok: false, status: 500 } : { ok: true };
      },
      { backoffBaseMs: 10_000 },
    );
    queue.enqueue([job(1, "slow")]);
    const result = await queue.drain();
    expect(result.sent).toBe(2);
    expect(calls.map((c) => [c.key, c.t])).toEqual([
      ["slow", 0],
      ["late", 500],
      ["slow", 10_000],
    ]);
    expect(clock.now()).toBe(10_000);
  });

  it("a second drain during a drain joins it; an empty drain resolves at once", async () => {
    const { queue } = setup();
    expect(await queue.drain()).toEqual({ sent: 0, failed: 0, blocked: 0, outcomes: [] });
    queue.enqueue([job(1), job(2)]);
    const [a, b] = await Promise.all([queue.drain(), queue.drain()]);
    expect(a).toBe(b);
    expect(a.sent).toBe(2);
  });

  it("a throwing callback stops the drain; the rest stays queued for the next one", async () => {
    const { calls, queue } = setup();
    queue.enqueue([job(1, "a"), job(1, "b"), job(1, "c")]);
    await expect(
      queue.drain(() => {
        throw new Error("db down");
      }),
    ).rejects.toThrow("db down");
    expect(queue.size).toBe(2);
    expect((await queue.drain()).sent).toBe(2);
    expect(calls.map((c) => c.key)).toEqual(["a", "b", "c"]);
  });
});
