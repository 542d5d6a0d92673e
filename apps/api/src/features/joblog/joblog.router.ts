import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import {
  joblogDatoSchema,
  joblogMaanedQuerySchema,
  joblogMaanedSchema,
  joblogPostSchema,
} from '@jobcenter/domain/joblog/joblog.contract';
import { JOBLOG_TIDLIGSTE_DATO } from '@jobcenter/domain/joblog/joblog.rules';
import { z } from 'zod';
import type { SystemAktoer } from '../../auth/aktoer.js';
import { AppError } from '../../http/app-error.js';
import { readCprHeader } from '../../http/cpr-header.js';
import { defineRoute } from '../../http/route.js';
import { parseInput } from '../../http/validation.js';
import type { JoblogService } from './joblog.service.js';

const joblogSvarSchema = z
  .object({
    id: z.uuid(),
    stillingsbetegnelse: z.string(),
    virksomhed: z.string(),
    submissionDate: z.iso.date(),
    submissionDeadlineDate: z.iso.date().nullable(),
  })
  .meta({ id: 'JoblogSvar' });

/** R15: a date before 2015 wins over every other date error, also when the rest of the body is invalid. */
function assertIkkeFoer2015(body: unknown): void {
  if (!body || typeof body !== 'object') return;
  for (const path of ['submissionDate', 'submissionDeadlineDate'] as const) {
    const parsed = joblogDatoSchema.safeParse((body as Record<string, unknown>)[path]);
    if (parsed.success && parsed.data < JOBLOG_TIDLIGSTE_DATO) {
      const message = 'Datoen må ikke ligge før 1. januar 2015';
      throw new AppError('DATO_FOER_2015', { detail: message, errors: [{ path, message }] });
    }
  }
}

export function joblogRoutes(service: JoblogService) {
  return [
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/v1/joblog',
      summary: 'CitizenJoblogService: Jobnet registrerer en jobansøgning for borgeren i CPR-headeren (R15)',
      tag: 'Joblog',
      adgang: { type: 'system', tilladelse: 'joblog' },
      body: joblogPostSchema,
      lateBody: true,
      responses: { 201: { description: 'Registreret', schema: joblogSvarSchema } },
      problems: ['DATO_FOER_2015', 'IKKE_FUNDET'],
      handle: async ({ req, aktoer }) => {
        const cpr = readCprHeader(req);
        assertIkkeFoer2015(req.body);
        const post = parseInput(joblogPostSchema, req.body ?? {});
        return { status: 201, body: await service.register(aktoer as SystemAktoer, cpr, post) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/joblog',
      summary: 'Borgerens joblog for en kalendermåned med kravet og begrundelsen (R13, R16)',
      tag: 'Joblog',
      adgang: { type: 'bruger', roller: ['sagsbehandler'] },
      params: borgerIdParamSchema,
      query: joblogMaanedQuerySchema,
      responses: { 200: { description: 'Måneden', schema: joblogMaanedSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, query }) => ({
        status: 200,
        body: await service.getMaaned(aktoer, params.id, query.maaned),
      }),
    }),
  ];
}
