import {
  aflysIndkaldelseSchema,
  idParamSchema,
  indkaldelseListeSchema,
  indkaldelseSchema,
  moededeltagelsesvalgHistorikSchema,
  moededeltagelsesvalgSchema,
  opdaterIndkaldelseSchema,
  opretIndkaldelseSchema,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import type { ProblemCode } from '@jobcenter/domain/problem/problem.contract';
import { etag } from '../../http/if-match.js';

/**
 * What each meeting route takes, answers and can refuse, the same behind both doors (`/api` for caseworkers,
 * `/v1` IndkaldelseService for the other systems): the routers add only the path, who may call it, and how the
 * caller is known.
 */
const problemer = (...koder: ProblemCode[]) => koder;

export const indkaldelseRuter = {
  opret: {
    body: opretIndkaldelseSchema,
    responses: { 201: { description: 'Indkaldt', schema: indkaldelseSchema } },
    problems: problemer('IKKE_FUNDET', 'MOEDEFORM_UDGAAET', 'DIGITALT_MOEDELINK_MANGLER'),
  },
  liste: {
    responses: { 200: { description: 'Møderne', schema: indkaldelseListeSchema } },
    problems: problemer('IKKE_FUNDET'),
  },
  en: {
    params: idParamSchema,
    responses: { 200: { description: 'Mødet', schema: indkaldelseSchema } },
    problems: problemer('IKKE_FUNDET'),
  },
  ret: {
    params: idParamSchema,
    body: opdaterIndkaldelseSchema,
    responses: { 200: { description: 'Rettet', schema: indkaldelseSchema } },
    problems: problemer(
      'IKKE_FUNDET',
      'VERSION_MANGLER',
      'VERSION_KONFLIKT',
      'MOEDEFORM_UDGAAET',
      'DIGITALT_MOEDELINK_MANGLER',
    ),
  },
  aflys: {
    params: idParamSchema,
    body: aflysIndkaldelseSchema,
    responses: { 204: { description: 'Aflyst' } },
    problems: problemer('IKKE_FUNDET', 'VERSION_MANGLER', 'VERSION_KONFLIKT'),
  },
  valg: {
    params: idParamSchema,
    body: moededeltagelsesvalgSchema,
    responses: { 200: { description: 'Registreret', schema: indkaldelseSchema } },
    problems: problemer('IKKE_FUNDET', 'VALG_AF_MOEDEFORM_IKKE_TILLADT', 'DIGITALT_MOEDELINK_MANGLER'),
  },
  valgHistorik: {
    params: idParamSchema,
    responses: { 200: { description: 'Valgene', schema: moededeltagelsesvalgHistorikSchema } },
    problems: problemer('IKKE_FUNDET'),
  },
};

/** A meeting as the answer, with its version as ETag for the next change's If-Match. */
export function medETag(status: 200 | 201, indkaldelse: { version: number }) {
  return { status, body: indkaldelse, headers: { ETag: etag(indkaldelse.version) } };
}
