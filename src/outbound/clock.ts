/**
 * Time as the outbound queue sees it. `sleep` takes an AbortSignal because the queue sleeps
 * until the next job is allowed but wakes early when a job is enqueued or retried sooner;
 * a clock may ignore the signal (the sleep then merely resolves late, unobserved).
 */
export interface QueueClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: QueueClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      signal?.addEventListener("abort", done, { once: true });
    }),
};
