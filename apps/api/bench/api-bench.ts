// API budgets (issues 8, 14): the person overview and Virksomhedskonto next to a bare Express + pg endpoint
// doing the same SQL, in the same run:
// - closed loop: 50 connections for `--duration` s with autocannon, one line per endpoint
//   {"bench","mode":"closed","rps","baselineRps","ratio","p99Ms","baselineP99Ms","errors"}. The product and the
//   baseline take turns in slices of about 5 s, after `--warmup` s each: this machine's speed drifts by half within
//   a minute, and 30 s of one after 30 s of the other measured the drift as much as the servers.
// - open loop: a fixed arrival rate (`--rate`, 1,000/s) for `--duration` s, latency from each request's scheduled
//   time (open-loop.ts), {"bench","mode":"open","rate","p50Ms","p99Ms","p999Ms","errors","baselineP99Ms"}.
//   `--rate 400,600,800` runs each rate in turn, a line each: where each server's p99 leaves its budget.
//   Each server first gets `--warmup` s (20) of the same load, not counted: without it the product, which runs
//   first in a fresh process, answered its first seconds at 400-800 ms while V8 compiled its code, and those
//   seconds were the whole of its p99, while the baseline then ran in a process already warm. 10 s was not
//   enough: per second, the first two seconds measured after it still had a p99 of 120-540 ms, for both servers
//   and with or without a pause between; after 20 s they were as the rest (under 50 ms).
// `npm run bench:api [-- --duration 30 --rate 1000 --warmup 20 --mode both|closed|open]`. PostgreSQL at BENCH_DATABASE_URL
// (default the machine's). BENCH_CPU_PROF=dir profiles the servers' process; BENCH_SQL=prisma runs the hot
// reads through Prisma's $queryRawUnsafe instead of pg (ADR 0013's first measurement). Not part of `npm test`.
import { parseArgs } from 'node:util';
import { openDatabase } from '@jobcenter/db/client';
import { seedDemo } from '@jobcenter/db/seed/demo';
import autocannon from 'autocannon';
import pg from 'pg';
import { startBenchServers } from './bench-servers.js';
import { openLoop } from './open-loop.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    rate: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '20' },
    mode: { type: 'string', default: 'both' },
  },
});
const duration = Number(values.duration);
const rates = values.rate.split(',').map(Number);
const warmupS = Number(values.warmup);
const modes = values.mode === 'both' ? ['closed', 'open'] : [values.mode];
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const database = 'jobcenter_bench_api';

const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${database}"`);
await admin.end();
const url = new URL(baseUrl);
url.pathname = `/${database}`;
const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
await seedDemo(db.prisma);
await db.close();

const servers = await startBenchServers(url.toString());
const { product: base, baseline: bareBase } = servers;

// A citizen with a working day's data: meetings, fravær, an indsats, joblog entries.
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ brugernavn: 'sb22300', adgangskode: 'demo' }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
const { csrfToken } = (await login.json()) as { csrfToken: string };
const send = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json() as Promise<{ id: string }>);
const borger = await send('/api/borgere', {
  cpr: '0103851234',
  fornavn: 'Karen',
  efternavn: 'Bench',
  kontaktgruppe: 1,
  ledighedsdato: '2026-01-05',
  akasse: 'AK01',
});
for (let i = 1; i <= 5; i++) {
  await send(`/api/borgere/${borger.id}/indkaldelser`, {
    samtaletype: 7,
    start: `2026-12-0${i}T08:00:00Z`,
    slut: `2026-12-0${i}T08:30:00Z`,
    moedeform: 2,
  });
}
await send(`/api/borgere/${borger.id}/fravaer`, {
  fravaersaarsag: 10,
  startdato: '2026-12-20',
  slutdato: '2026-12-31',
});
await send(`/api/borgere/${borger.id}/indsatser`, { type: 'MENTOR', startdato: '2026-11-01' });

interface Slice {
  requests: number;
  seconds: number;
  latencies: number[];
  errors: number;
}

/** 50 connections for `seconds`, every response's latency kept. */
function closedSlice(target: Target, seconds: number): Promise<Slice> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const start = performance.now();
    const instance = autocannon(
      { url: target.url, headers: target.headers, connections: 50, duration: seconds },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requests: result.requests.total,
          seconds: (performance.now() - start) / 1000,
          latencies,
          errors: result.errors + result.timeouts + result.non2xx,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

const SLICE_S = 5;

async function closed(name: string, product: Target, baseline: Target) {
  if (warmupS > 0) {
    await closedSlice(product, warmupS);
    await closedSlice(baseline, warmupS);
  }
  const slices = Math.max(1, Math.round(duration / SLICE_S));
  const a: Slice[] = [];
  const b: Slice[] = [];
  for (let i = 0; i < slices; i++) {
    a.push(await closedSlice(product, duration / slices));
    b.push(await closedSlice(baseline, duration / slices));
  }
  const rps = (runs: Slice[]) => sum(runs.map((r) => r.requests)) / sum(runs.map((r) => r.seconds));
  const p99 = (runs: Slice[]) => {
    const sorted = runs.flatMap((r) => r.latencies).sort((x, y) => x - y);
    return sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? 0;
  };
  process.stdout.write(
    `${JSON.stringify({
      bench: name,
      mode: 'closed',
      warmupS,
      rps: Math.round(rps(a)),
      baselineRps: Math.round(rps(b)),
      ratio: Number((rps(a) / rps(b)).toFixed(2)),
      // Each slice's ratio to the baseline's slice after it: how much the machine drifted within the run.
      sliceRatios: a.map((slice, i) => Number((rps([slice]) / rps([b[i] as Slice])).toFixed(2))),
      p99Ms: Number(p99(a).toFixed(1)),
      // The bare endpoint's own p99 on the same machine: how much of the latency is the machine's.
      baselineP99Ms: Number(p99(b).toFixed(1)),
      errors: sum(a.map((r) => r.errors)),
    })}\n`,
  );
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

async function open(name: string, product: Target, baseline: Target, rate: number) {
  const measure = async (target: Target) => {
    if (warmupS > 0) await openLoop({ url: target.url, headers: target.headers, rate, durationS: warmupS });
    return openLoop({ url: target.url, headers: target.headers, rate, durationS: duration });
  };
  const a = await measure(product);
  const b = await measure(baseline);
  process.stdout.write(
    `${JSON.stringify({
      bench: name,
      mode: 'open',
      rate,
      warmupS,
      p50Ms: a.p50Ms,
      p99Ms: a.p99Ms,
      p999Ms: a.p999Ms,
      errors: a.errors,
      ...(a.errors > 0 ? { errorStatuses: a.errorStatuses } : {}),
      baselineP50Ms: b.p50Ms,
      baselineP99Ms: b.p99Ms,
      baselineErrors: b.errors,
    })}\n`,
  );
}

interface Target {
  url: string;
  headers?: Record<string, string>;
}
const endpoints: [string, Target, Target][] = [
  [
    'person',
    { url: `${base}/api/borgere/${borger.id}`, headers: { cookie } },
    {
      url: `${bareBase}/person/${borger.id}?session=${encodeURIComponent(decodeURIComponent(cookie.split('=')[1] as string))}`,
    },
  ],
  [
    'virksomhedskonto',
    {
      url: `${base}/v1/virksomhedskonto?cvrNummer=31501202`,
      headers: { authorization: 'Bearer demo-jobcenter-22300' },
    },
    { url: `${bareBase}/konto` },
  ],
];
for (const mode of modes) {
  for (const [name, product, baseline] of endpoints) {
    if (mode === 'open') for (const rate of rates) await open(name, product, baseline, rate);
    else await closed(name, product, baseline);
  }
}
await servers.stop();
process.exit(0);
