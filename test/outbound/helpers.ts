import { OutboundQueue, type OutboundJob, type OutboundQueueOptions } from "../../src/outbound/queue.js";
import type { SendResult } from "../../src/outbound/send-result.js";
import { FakeClock } from "../helpers/fake-clock.js";

export interface Call {
  readonly t: number;
  readonly key: string;
  readonly chatId: number;
  readonly result: SendResult;
}

export type Responder = (job: OutboundJob, callIndex: number, clock: FakeClock) => SendResult | Promise<SendResult>;

/** A queue on a fake clock whose send records each call's virtual start time and answer. */
export function setup(respond: Responder = () => ({ ok: true }), options: Partial<OutboundQueueOptions> = {}) {
  const clock = new FakeClock();
  const calls: Call[] = [];
  let started = 0;
  const queue = new OutboundQueue({
    clock,
    ...options,
    send: async (job) => {
      const t = clock.now();
      const result = await respond(job, started++, clock);
      calls.push({ t, key: job.key, chatId: job.chatId, result });
      return result;
    },
  });
  return { clock, calls, queue };
}

export const job = (chatId: number, key = `m${chatId}`): OutboundJob => ({ chatId, key, payload: { text: key } });
export const delivered = (calls: Call[]) => calls.filter((c) => c.result.ok);

export function maxSendsInAnyWindow(calls: Call[], windowMs = 1000): number {
  const times = calls.map((c) => c.t).sort((a, b) => a - b);
  let max = 0;
  for (let lo = 0, hi = 0; hi < times.length; hi++) {
    while ((times[hi] as number) - (times[lo] as number) >= windowMs) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}
