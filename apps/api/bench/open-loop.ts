// An open-loop load: requests go out at a fixed arrival rate whatever the server's answers do, and each
// request's latency counts from the moment it was scheduled to go out, not from when a connection became free
// (wrk2's correction for coordinated omission). A server that stalls for a second then shows a second of
// latency on every request scheduled in that second, as the users waiting would feel it.
import http from 'node:http';

export interface OpenLoopResult {
  sent: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
  errors: number;
  /** The HTTP statuses of the errors with their counts, e.g. { "503": 2 }; a connection error is "0". */
  errorStatuses: Record<string, number>;
}

export async function openLoop(options: {
  url: string;
  headers?: Record<string, string>;
  rate: number;
  durationS: number;
  /** Sockets to the server; requests beyond them wait in the client's queue, and that wait counts. */
  connections?: number;
}): Promise<OpenLoopResult> {
  const { url, headers = {}, rate, durationS, connections = 256 } = options;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.round(rate * durationS);
  const latencies = new Float64Array(total);
  let done = 0;
  let errors = 0;
  // Which statuses the errors were, so an error can be told from a refusal by the product.
  const fejlstatus = new Map<number, number>();
  const finished = new Promise<void>((resolve) => {
    const finish = (index: number, scheduled: number, ok: boolean) => {
      latencies[index] = performance.now() - scheduled;
      if (!ok) errors += 1;
      done += 1;
      if (done === total) resolve();
    };
    const target = new URL(url);
    const send = (index: number, scheduled: number) => {
      const request = http.get(
        {
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          headers,
          agent,
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            const status = response.statusCode ?? 500;
            if (status >= 400) fejlstatus.set(status, (fejlstatus.get(status) ?? 0) + 1);
            finish(index, scheduled, status < 400);
          });
          response.on('error', () => finish(index, scheduled, false));
        },
      );
      request.setTimeout(30_000, () => request.destroy(new Error('timeout')));
      request.on('error', () => {
        fejlstatus.set(0, (fejlstatus.get(0) ?? 0) + 1);
        finish(index, scheduled, false);
      });
    };
    const start = performance.now() + 50;
    const interval = 1000 / rate;
    let next = 0;
    // A 1 ms tick sends every request whose time has come; each keeps its own scheduled time.
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        send(next, start + next * interval);
        next += 1;
      }
      if (next < total) setTimeout(tick, 1);
    };
    setTimeout(tick, 50);
  });
  await finished;
  agent.destroy();
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  const pct = (p: number) =>
    Number((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1));
  return {
    sent: total,
    p50Ms: pct(0.5),
    p99Ms: pct(0.99),
    p999Ms: pct(0.999),
    maxMs: pct(1),
    errors,
    errorStatuses: Object.fromEntries(fejlstatus),
  };
}
