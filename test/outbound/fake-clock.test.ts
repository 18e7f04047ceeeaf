import { describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/fake-clock.js";

describe("FakeClock", () => {
  it("wakes concurrent sleepers in time order, letting promise work finish before time moves", async () => {
    const clock = new FakeClock(1_000);
    const order: string[] = [];
    const a = clock.sleep(300).then(() => order.push(`a@${clock.now()}`));
    const b = clock.sleep(100).then(async () => {
      order.push(`b@${clock.now()}`);
      await Promise.resolve();
      await clock.sleep(100);
      order.push(`b2@${clock.now()}`);
    });
    await Promise.all([a, b]);
    expect(order).toEqual(["b@1100", "b2@1200", "a@1300"]);
  });

  it("does not let an aborted sleep drag time forward", async () => {
    const clock = new FakeClock();
    const abort = new AbortController();
    const long = clock.sleep(10_000, abort.signal);
    abort.abort();
    await long;
    await clock.sleep(100);
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(clock.now()).toBe(100);
  });

  it("advanceBy moves time by hand and wakes whoever is due", async () => {
    const clock = new FakeClock(0);
    const woke: number[] = [];
    void clock.sleep(86_400_000).then(() => woke.push(clock.now()));
    clock.advanceBy(3_600_000);
    await Promise.resolve();
    expect(woke).toEqual([]);
    clock.advanceBy(86_400_000);
    await Promise.resolve();
    expect(woke).toEqual([90_000_000]);
  });
});
