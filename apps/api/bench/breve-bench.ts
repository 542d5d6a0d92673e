// Letters (issue 17): `npm run bench:breve [-- --n 300 --m 500]` prints two JSON lines.
// 1. brev-pdf: the time to render one letter (brevTekst + the tagged PDF with its embedded font), p50/p95 over n
//    letters of every kind, beside a baseline in the same process: the same text laid out by pdfkit in its
//    built-in Helvetica, untagged, nothing embedded.
// 2. brev-worker: the delivery worker's throughput against a real SMTP server (smtp-server, in this process) with
//    m due letters in PostgreSQL (BENCH_DATABASE_URL, default the machine's; `--pglite` for the embedded one),
//    beside a baseline that sends the same mails straight through nodemailer, with no database and no rendering.
// Not part of `npm test`.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { openDatabase } from '@jobcenter/db/client';
import { seedDemo } from '@jobcenter/db/seed/demo';
import { type BrevData, brevTekst, brevTyper } from '@jobcenter/domain/brev/brev.rules';
import nodemailer from 'nodemailer';
import PDFDocument from 'pdfkit';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { systemClock } from '../src/clock.js';
import { tilIndhold } from '../src/features/breve/brev-indhold.js';
import { brevPdf } from '../src/features/breve/brev-pdf.js';
import { brevWorker } from '../src/features/breve/brev-worker.js';
import { breveRepository } from '../src/features/breve/breve.repository.js';
import { smtpKanal } from '../src/features/breve/smtp-kanal.js';
import { createLogger } from '../src/logger.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '300' },
    m: { type: 'string', default: '500' },
    pglite: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const m = Number(values.m);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
const ms = (x: number) => Number(x.toFixed(2));

const data = (i: number): BrevData => ({
  type: brevTyper[i % brevTyper.length] as BrevData['type'],
  jobcenter: { navn: 'Jobcenter Hørsholm', adresse: 'Slotsmarken 1, 2970 Hørsholm', telefon: '48 49 10 00' },
  borger: { navn: `Søren Ærø Ågård ${i}`, kontaktgruppe: 1 + (i % 7) },
  moede: {
    start: new Date(Date.UTC(2027, 0, 4 + (i % 20), 8, 30)),
    slut: new Date(Date.UTC(2027, 0, 4 + (i % 20), 9, 0)),
    samtaletype: 7,
    moedeform: [1, 2, 8][i % 3] as number,
    adresse: 'Slotsmarken 1, 2970 Hørsholm',
    lokationsuddybning: i % 2 ? 'Lokale 2' : null,
    digitaltMoedelink: 'https://moede.horsholm.dk/a',
    personligtFremmoedePaakraevet: false,
    aflysningsaarsag: 'Sagsbehandleren er syg',
  },
  retTilValgAfMoedeform: i % 2 === 0,
});

function baselinePdf(tekst: ReturnType<typeof brevTekst>): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(18).text(tekst.titel).fontSize(11).text(tekst.indledning);
  for (const a of tekst.afsnit) doc.fontSize(12).text(a.overskrift).fontSize(11).text(a.linjer.join('\n'));
  doc.end();
  return done;
}

// 1. Rendering.
for (let i = 0; i < 20; i++) await brevPdf({ tekst: brevTekst(data(i)), afsender: 'J', dateret: 'd' }); // warm-up
const render: number[] = [];
const baseline: number[] = [];
for (let i = 0; i < n; i++) {
  let t0 = performance.now();
  await brevPdf({ tekst: brevTekst(data(i)), afsender: 'Jobcenter Hørsholm', dateret: '6. december 2026' });
  render.push(performance.now() - t0);
  t0 = performance.now();
  await baselinePdf(brevTekst(data(i)));
  baseline.push(performance.now() - t0);
}
render.sort((a, b) => a - b);
baseline.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({ bench: 'brev-pdf', n, p50Ms: ms(percentile(render, 50)), p95Ms: ms(percentile(render, 95)), baselineP50Ms: ms(percentile(baseline, 50)), baselineP95Ms: ms(percentile(baseline, 95)) })}\n`,
);

// 2. Delivery.
const modtaget = new Set<string>();
const server = new SMTPServer({
  authOptional: true,
  disableReverseLookup: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (c: Buffer) => {
      if (head.length < 4000) head += c.toString('utf8');
    });
    stream.on('end', () => {
      modtaget.add(/^Message-ID: (.+)$/im.exec(head)?.[1]?.trim() ?? String(modtaget.size));
      callback();
    });
  },
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;

async function open() {
  if (values.pglite) return openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS "jobcenter_bench_breve" WITH (FORCE)');
  await admin.query('CREATE DATABASE "jobcenter_bench_breve"');
  await admin.end();
  const dbUrl = new URL(baseUrl);
  dbUrl.pathname = '/jobcenter_bench_breve';
  return openDatabase({ kind: 'postgres', url: dbUrl.toString(), poolSize: 4 });
}
const db = await open();
await seedDemo(db.prisma);
const borger = await db.prisma.borger.create({
  data: {
    cpr: '0101709999',
    fornavn: 'Bench',
    efternavn: 'Brev',
    kontaktgruppe: 1,
    ledighedsdato: new Date('2026-01-01'),
    jobcenterNummer: '22300',
  },
  select: { id: true },
});
const nu = systemClock.now();
for (let i = 0; i < m; i++) {
  await breveRepository(db.prisma).create({
    borgerId: borger.id,
    indkaldelseId: null,
    type: 'INDKALDELSE',
    kanal: i % 4 === 0 ? 'sms' : 'digital_post',
    planlagtTil: new Date(nu.getTime() - 1000),
    indhold: tilIndhold(data(i)),
    oprettet: nu,
  });
}
const kanal = smtpKanal({ url, til: 'gateway@bench.invalid', fra: 'breve@bench.invalid' });
const worker = brevWorker({ prisma: db.prisma, kanal, clock: systemClock, logger: createLogger('silent') });
let t0 = performance.now();
let sendt = 0;
for (;;) {
  const { sendt: s, fejl } = await worker.leverForfaldne(100);
  sendt += s;
  if (s + fejl === 0) break;
}
const workerSek = (performance.now() - t0) / 1000;
await kanal.close?.();

// Baseline: the same number of mails with a PDF of the same size, straight through nodemailer.
const pdf = await brevPdf({ tekst: brevTekst(data(1)), afsender: 'J', dateret: 'd' });
const transport = nodemailer.createTransport({ url, pool: true });
t0 = performance.now();
for (let i = 0; i < m; i++) {
  await transport.sendMail({
    from: 'breve@bench.invalid',
    to: 'gateway@bench.invalid',
    subject: 'Indkaldelse til samtale',
    text: 'x',
    messageId: `<baseline-${i}@bench>`,
    attachments: i % 4 === 0 ? [] : [{ filename: 'brev.pdf', content: pdf, contentType: 'application/pdf' }],
  });
}
const baselineSek = (performance.now() - t0) / 1000;
transport.close();
server.close();
await db.close();
process.stdout.write(
  `${JSON.stringify({ bench: 'brev-worker', database: db.kind, m, sendt, lettersPerS: Number((sendt / workerSek).toFixed(1)), baselineLettersPerS: Number((m / baselineSek).toFixed(1)), ratio: Number((sendt / workerSek / (m / baselineSek)).toFixed(2)) })}\n`,
);
