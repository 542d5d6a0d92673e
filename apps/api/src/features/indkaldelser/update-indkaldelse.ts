import type { Indkaldelse, OpdaterIndkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { normalizeLokationsuddybning } from '@jobcenter/domain/moede/moede.rules';
import type { Aktoer } from '../../auth/aktoer.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import { skrivMoedeBreve } from '../breve/moede-breve.js';
import { findNyAnsvarlig } from '../brugere/ansvarlig.js';
import {
  assertRegler,
  blankToNull,
  type IndkaldelserDeps,
  logChange,
  requireIndkaldelse,
} from './indkaldelse-aendring.js';
import { sendIndkaldelseBesked } from './indkaldelse-besked.js';
import { toIndkaldelseDto } from './indkaldelse-dto.js';
import { aendredeFelter, recordVersion } from './indkaldelse-version.js';
import { type IndkaldelseRow, indkaldelserRepository } from './indkaldelser.repository.js';
import { moedeBeskrivelse } from './moede-beskrivelse.js';

/**
 * A change at the version the route checked (If-Match); a cancelled meeting cannot be changed. A change of the
 * ansvarlig sagsbehandler alone is the jobcentre's own business: it is a version and in the history, but the
 * citizen gets no letter and the feed no INDKALDELSE message (nothing they carry has changed).
 */
export function updateIndkaldelse(
  deps: IndkaldelserDeps,
  aktoer: Aktoer,
  id: string,
  version: number,
  body: OpdaterIndkaldelse,
): Promise<Indkaldelse> {
  const { clock, historik } = deps;
  return deps.prisma.$transaction(async (tx) => {
    const row = await requireIndkaldelse(tx, aktoer, id);
    assertVersion(row.version, version, 'mødet');
    if (row.aflyst) {
      throw new AppError('VALIDERINGSFEJL', { detail: 'Mødet er aflyst og kan ikke ændres' });
    }
    const start = body.start ? new Date(body.start) : row.start;
    const slut = body.slut ? new Date(body.slut) : row.slut;
    if (slut <= start) {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'slut', message: 'Mødet skal slutte efter det starter' }],
      });
    }
    const merged = {
      moedeform: body.moedeform ?? row.moedeform,
      digitaltMoedelink:
        body.digitaltMoedelink !== undefined ? blankToNull(body.digitaltMoedelink) : row.digitaltMoedelink,
      personligtFremmoedePaakraevet: body.personligtFremmoedePaakraevet ?? row.personligtFremmoedePaakraevet,
      begrundelse: body.begrundelse !== undefined ? blankToNull(body.begrundelse) : row.begrundelse,
    };
    const adresse = body.adresse !== undefined ? blankToNull(body.adresse) : row.adresse;
    // R1: a changed indkaldelse must use an active form, also when only the time changes.
    assertRegler({ ...merged, adresse });
    const ansvarlig =
      body.ansvarlig !== undefined
        ? await findNyAnsvarlig(tx, aktoer, body.ansvarlig, 'ansvarlig')
        : undefined;
    const repository = indkaldelserRepository(tx);
    const updated = await repository.updateIfVersion(id, version, {
      ...merged,
      samtaletype: body.samtaletype ?? row.samtaletype,
      start,
      slut,
      ...(body.adresse !== undefined ? { adresse: blankToNull(body.adresse) } : {}),
      ...(body.lokationsuddybning !== undefined
        ? { lokationsuddybning: normalizeLokationsuddybning(body.lokationsuddybning) }
        : {}),
      ...(ansvarlig !== undefined ? { ansvarligId: ansvarlig?.id ?? null } : {}),
    });
    if (!updated)
      throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret mødet, siden du åbnede det.' });
    const aendringer = aendredeFelter(row, (await repository.find(id)) as IndkaldelseRow);
    await recordVersion(tx, clock, aktoer, {
      indkaldelseId: id,
      version: version + 1,
      aendringstype: 2,
      aendringer,
    });
    const ny = (await repository.find(id)) as IndkaldelseRow;
    const dto = toIndkaldelseDto(ny);
    await historik.record(
      tx,
      aktoer,
      row.borger.id,
      'INDKALDELSE_AENDRET',
      `Mødet ændret: ${moedeBeskrivelse(dto)}${aendringer.includes('ansvarlig') ? ` (ansvarlig: ${dto.ansvarlig?.navn ?? 'ingen'})` : ''}`,
    );
    await logChange(deps, tx, aktoer, row.borger.id, 'aendr', 'Ændring af indkaldelse');
    await skrivMoedeBreve(tx, clock, { kind: 'aendret', foer: toIndkaldelseDto(row), moede: dto });
    if (aendringer.some((felt) => felt !== 'ansvarlig')) {
      await sendIndkaldelseBesked(tx, clock, 2, row.borger.id, ny);
    }
    return dto;
  });
}
