import { findOphoersaarsag, indsatstypeNavn } from '@jobcenter/domain/plan/indsats.codelists';
import type { Indsats } from '@jobcenter/domain/plan/indsats.contract';
import { kanBrugeOphoersaarsag, type Ophoerer } from '@jobcenter/domain/plan/indsats.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { AccessLog } from '../../access-log/access-log.js';
import type { Aktoer, BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import type { Clock } from '../../clock.js';
import { fromIsoDate, toIsoDate } from '../../db/dates.js';
import type { Prisma, PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { toIndsatsDtos } from './indsats-dto.js';
import { type IndsatsRow, indsatserRepository } from './indsatser.repository.js';

type Tx = Prisma.TransactionClient;

export function indsatserService(deps: {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}) {
  const { prisma, clock, accessLog, historik } = deps;
  const idag = () => copenhagenDate(clock.now());

  async function ophoer(
    tx: Tx,
    aktoer: Aktoer,
    ophoerer: Ophoerer,
    row: IndsatsRow,
    input: { ophoersaarsag: number; dato: string },
  ): Promise<Indsats> {
    const tilladt = kanBrugeOphoersaarsag(input.ophoersaarsag, ophoerer);
    if (tilladt === 'UKENDT') {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'ophoersaarsag', message: 'Ukendt ophørsårsag' }],
      });
    }
    if (tilladt === 'KUN_VITAS') {
      throw new AppError('OPHOERSAARSAG_KUN_VITAS', {
        detail: 'Ophørsårsag 14 og 15 sættes kun af VITAS',
        errors: [{ path: 'ophoersaarsag', message: 'Ophørsårsag 14 og 15 sættes kun af VITAS' }],
      });
    }
    if (input.dato < toIsoDate(row.startdato)) {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'dato', message: 'Ophørsdatoen må ikke ligge før indsatsens startdato' }],
      });
    }
    const af = aktoer.type === 'bruger' ? aktoer.brugernavn : aktoer.navn;
    const repository = indsatserRepository(tx);
    const changed = await repository.end(row.id, {
      ophoerDato: fromIsoDate(input.dato),
      ophoersaarsag: input.ophoersaarsag,
      ophoertAf: af,
    });
    if (!changed) throw new AppError('VALIDERINGSFEJL', { detail: 'Indsatsen er allerede ophørt' });
    const aarsag = findOphoersaarsag(input.ophoersaarsag);
    await historik.record(
      tx,
      aktoer,
      row.borgerId,
      'INDSATS_OPHOERT',
      `${indsatstypeNavn(row.type)} ophørt pr. ${input.dato}: ${input.ophoersaarsag} ${aarsag?.navn ?? ''}`.trim(),
    );
    await accessLog.record(tx, aktoer, {
      entitet: 'borger',
      entitetId: row.borgerId,
      borgerId: row.borgerId,
      handling: 'aendr',
      formaal:
        ophoerer === 'vitas' ? 'VITAS: tilstandsændring af indsats' : 'Sagsbehandling: ophør af indsats',
    });
    const [dto] = await toIndsatsDtos(tx, [(await repository.find(row.id)) as IndsatsRow], idag());
    return dto as Indsats;
  }

  return {
    list(aktoer: BrugerAktoer, borgerId: string) {
      return prisma.$transaction(async (tx) => {
        await requireBorger(tx, aktoer, borgerId);
        const rows = await indsatserRepository(tx).listForBorger(borgerId);
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: borgerId,
          borgerId,
          handling: 'laes',
          formaal: 'Sagsbehandling: borgerens plan (indsatser)',
        });
        return { items: await toIndsatsDtos(tx, rows, idag()) };
      });
    },

    create(
      aktoer: BrugerAktoer,
      borgerId: string,
      input: { type: string; startdato: string; slutdato?: string | null | undefined },
    ) {
      return prisma.$transaction(async (tx) => {
        await requireBorger(tx, aktoer, borgerId);
        const row = await indsatserRepository(tx).create({
          borgerId,
          jobcenterNummer: aktoer.jobcenter.nummer,
          type: input.type,
          startdato: fromIsoDate(input.startdato),
          slutdato: input.slutdato ? fromIsoDate(input.slutdato) : null,
          oprettetAf: aktoer.brugernavn,
        });
        await historik.record(
          tx,
          aktoer,
          borgerId,
          'INDSATS_OPRETTET',
          `${indsatstypeNavn(input.type)} fra ${input.startdato}${input.slutdato ? ` til ${input.slutdato}` : ''}`,
        );
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: borgerId,
          borgerId,
          handling: 'opret',
          formaal: 'Sagsbehandling: ny indsats i borgerens plan',
        });
        const [dto] = await toIndsatsDtos(tx, [row], idag());
        return dto as Indsats;
      });
    },

    /** A caseworker ends an indsats (R14: never with 14 or 15). */
    endAsSagsbehandler(aktoer: BrugerAktoer, id: string, input: { ophoersaarsag: number; dato: string }) {
      return prisma.$transaction(async (tx) => {
        const row = await indsatserRepository(tx).find(id);
        if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Indsatsen findes ikke' });
        await requireBorger(tx, aktoer, row.borgerId);
        return ophoer(tx, aktoer, 'sagsbehandler', row, input);
      });
    },

    /** VITAS sends the state change of a praktik or løntilskud agreement, 14 and 15 included (R14). */
    endFromVitas(vitas: Aktoer, id: string, input: { ophoersaarsag: number; dato: string }) {
      return prisma.$transaction(async (tx) => {
        const row = await indsatserRepository(tx).find(id);
        if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Indsatsen findes ikke' });
        return ophoer(tx, vitas, 'vitas', row, input);
      });
    },
  };
}

export type IndsatserService = ReturnType<typeof indsatserService>;
