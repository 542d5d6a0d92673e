// Load (issue 8): 200 concurrent sessions for 60 s across the main read and write endpoints of the app on
// PostgreSQL, served from a child process as in bench:api; it must answer every request without an error.
// `npm run bench:load [-- --duration 60]`. Prints one JSON line. Not part of `npm test`.
import { parseArgs } from 'node:util';
import { openDatabase } from '@jobcenter/db/client';
import { ensureBruger } from '@jobcenter/db/seed/brugere';
import { seedDemo } from '@jobcenter/db/seed/demo';
import pg from 'pg';
import { startBenchServers } from './bench-servers.js';

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '60' }, sessions: { type: 'string', default: '200' } },
});
const duration = Number(values.duration) * 1000;
const sessions = Number(values.sessions);
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const database = 'jobcenter_bench_load';

const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${database}"`);
await admin.end();
const url = new URL(baseUrl);
url.pathname = `/${database}`;
const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 20 });
await seedDemo(db.prisma);
// Twenty caseworkers; each has ten sessions open (two hundred in all), as browsers in a busy office.
for (let i = 0; i < 20; i++) {
  await ensureBruger(db.prisma, {
    brugernavn: `last${i}`,
    navn: `Last ${i}`,
    rolle: 'sagsbehandler',
    jobcenterNummer: '22300',
    adgangskode: 'last',
  });
}
await db.close();
const servers = await startBenchServers(url.toString(), 20);
const base = servers.product;

interface Session {
  cookie: string;
  csrf: string;
  borgerId: string;
}
let cprSerial = 1000;
async function session(i: number): Promise<Session> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ brugernavn: `last${i % 20}`, adgangskode: 'last' }),
  });
  if (login.status !== 200) throw new Error(`login ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  cprSerial += 1;
  const borger = await fetch(`${base}/api/borgere`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({
      cpr: `${String((cprSerial % 28) + 1).padStart(2, '0')}0485${String(cprSerial).padStart(4, '0')}`,
      fornavn: 'Last',
      efternavn: `Borger ${i}`,
      kontaktgruppe: 1,
      ledighedsdato: '2026-01-05',
      akasse: 'AK01',
    }),
  });
  const { id } = (await borger.json()) as { id: string };
  return { cookie, csrf: csrfToken, borgerId: id };
}
const all: Session[] = [];
for (let i = 0; i < sessions; i++) all.push(await session(i));

// The mix a caseworker's day makes: mostly reads of the person page and its tabs, some changes.
const mix: ((s: Session, n: number) => Promise<Response>)[] = [
  (s) => fetch(`${base}/api/borgere/${s.borgerId}`, { headers: { cookie: s.cookie } }),
  (s) => fetch(`${base}/api/borgere/${s.borgerId}/indkaldelser`, { headers: { cookie: s.cookie } }),
  (s) => fetch(`${base}/api/borgere/${s.borgerId}/fravaer`, { headers: { cookie: s.cookie } }),
  (s) => fetch(`${base}/api/moeder`, { headers: { cookie: s.cookie } }),
  (s) => fetch(`${base}/api/virksomheder?q=byg`, { headers: { cookie: s.cookie } }),
  (s) => fetch(`${base}/api/jobordrer?status=1`, { headers: { cookie: s.cookie } }),
  (s, n) =>
    fetch(`${base}/api/borgere/${s.borgerId}/indkaldelser`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({
        samtaletype: 7,
        start: new Date(Date.UTC(2027, 0, 1, 8) + n * 3_600_000).toISOString(),
        slut: new Date(Date.UTC(2027, 0, 1, 8, 30) + n * 3_600_000).toISOString(),
        moedeform: 2,
      }),
    }),
  (s, n) =>
    fetch(`${base}/api/borgere/${s.borgerId}/fravaer`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({
        fravaersaarsag: 10,
        startdato: `2027-0${1 + (n % 9)}-01`,
        slutdato: `2027-0${1 + (n % 9)}-05`,
      }),
    }),
];

const latencies: number[] = [];
let errors = 0;
const statuses = new Map<number, number>();
const until = Date.now() + duration;
await Promise.all(
  all.map(async (s, index) => {
    let n = index;
    while (Date.now() < until) {
      const started = performance.now();
      try {
        const response = await (mix[n % mix.length] as (typeof mix)[number])(s, n);
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 400) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - started);
      n += 1;
    }
  }),
);
latencies.sort((a, b) => a - b);
const pct = (p: number) => Number((latencies[Math.floor((p / 100) * latencies.length)] ?? 0).toFixed(1));
process.stdout.write(
  `${JSON.stringify({
    bench: 'load',
    sessions,
    seconds: duration / 1000,
    requests: latencies.length,
    rps: Math.round(latencies.length / (duration / 1000)),
    p50Ms: pct(50),
    p99Ms: pct(99),
    errors,
    statuses: Object.fromEntries(statuses),
  })}\n`,
);
await servers.stop();
process.exit(errors === 0 ? 0 : 1);
