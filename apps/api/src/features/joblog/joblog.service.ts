import type { JoblogMaaned } from '@jobcenter/domain/joblog/joblog.contract';
import { copenhagenMaaned, findJoblogDatoFejl, maanedsgraenser } from '@jobcenter/domain/joblog/joblog.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { AccessLog } from '../../access-log/access-log.js';
import type { BrugerAktoer, SystemAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import { type BorgerStatus, loadBorgerStatus } from '../../borger-adgang/borger-status.js';
import type { Clock } from '../../clock.js';
import { fromIsoDate, toIsoDate } from '../../db/dates.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { joblogRepository } from './joblog.repository.js';

export interface NyJoblogPost {
  stillingsbetegnelse: string;
  virksomhed: string;
  submissionDate: string;
  submissionDeadlineDate?: string | null | undefined;
}

export function joblogService(deps: {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}) {
  const { prisma, clock, accessLog, historik } = deps;

  /** R15 for a post that parsed; throws the contract's code. */
  function assertDatoer(post: Pick<NyJoblogPost, 'submissionDate' | 'submissionDeadlineDate'>): void {
    const fejl = findJoblogDatoFejl(post, copenhagenDate(clock.now()));
    if (fejl)
      throw new AppError(fejl.code, {
        detail: fejl.message,
        errors: [{ path: fejl.path, message: fejl.message }],
      });
  }

  return {
    assertDatoer,

    /** CitizenJoblogService: Jobnet registers a job application for the citizen in the CPR header. */
    register(jobnet: SystemAktoer, cpr: string, post: NyJoblogPost) {
      assertDatoer(post);
      return prisma.$transaction(async (tx) => {
        const repository = joblogRepository(tx);
        const borger = await repository.findBorgerByCpr(cpr);
        if (!borger) throw new AppError('IKKE_FUNDET', { detail: 'Borgeren findes ikke' });
        const row = await repository.create({
          borgerId: borger.id,
          stillingsbetegnelse: post.stillingsbetegnelse,
          virksomhed: post.virksomhed,
          submissionDate: fromIsoDate(post.submissionDate),
          submissionDeadlineDate: post.submissionDeadlineDate
            ? fromIsoDate(post.submissionDeadlineDate)
            : null,
          createdAt: clock.now(),
        });
        await historik.record(
          tx,
          jobnet,
          borger.id,
          'JOBLOG',
          `Joblog: ${post.stillingsbetegnelse} hos ${post.virksomhed} (søgt ${post.submissionDate})`,
        );
        await accessLog.record(tx, jobnet, {
          entitet: 'borger',
          entitetId: borger.id,
          borgerId: borger.id,
          handling: 'opret',
          formaal: 'Borgerens joblog fra Jobnet',
        });
        return { id: row.id, ...post, submissionDeadlineDate: post.submissionDeadlineDate ?? null };
      });
    },

    /** The joblog of one calendar month (R16), with the requirement and why (R13). */
    getMaaned(aktoer: BrugerAktoer, borgerId: string, maaned: string | undefined): Promise<JoblogMaaned> {
      const valgt = maaned ?? copenhagenMaaned(clock.now());
      return prisma.$transaction(async (tx) => {
        const borger = await requireBorger(tx, aktoer, borgerId);
        const [fra, til] = maanedsgraenser(valgt);
        const rows = await joblogRepository(tx).listForBorger(borgerId, fra, til);
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: borgerId,
          borgerId,
          handling: 'laes',
          formaal: 'Sagsbehandling: borgerens joblog',
        });
        const [status] = await loadBorgerStatus(tx, [borger], clock.now());
        const krav = (status as BorgerStatus).joblog;
        return {
          maaned: valgt,
          items: rows.map((row) => ({
            id: row.id,
            stillingsbetegnelse: row.stillingsbetegnelse,
            virksomhed: row.virksomhed,
            submissionDate: toIsoDate(row.submissionDate),
            submissionDeadlineDate: row.submissionDeadlineDate ? toIsoDate(row.submissionDeadlineDate) : null,
            registreret: row.createdAt.toISOString(),
          })),
          antal: rows.length,
          krav: krav.krav,
          kravGrund: krav.grund,
          fritagetAf: krav.fritagetAf,
        };
      });
    },
  };
}

export type JoblogService = ReturnType<typeof joblogService>;
