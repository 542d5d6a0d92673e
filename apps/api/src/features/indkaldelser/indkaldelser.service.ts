import type { Indkaldelse, OpdaterIndkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { findMoedeform } from '@jobcenter/domain/moede/moede.codelists';
import {
  afvisUdfald,
  afvisValgAfMoedeform,
  findIndkaldelseRegelbrud,
  isGyldigtMoedelink,
  kraeverMoedelink,
  normalizeLokationsuddybning,
  valgAfMoedeformAfvisningTekst,
} from '@jobcenter/domain/moede/moede.rules';
import { copenhagenDayBounds } from '@jobcenter/domain/tid/copenhagen';
import type { AccessLog } from '../../access-log/access-log.js';
import type { Aktoer, BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger, requireBorgerByCpr } from '../../borger-adgang/borger-adgang.js';
import type { Clock } from '../../clock.js';
import type { Prisma, PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import { skrivMoedeBreve } from '../breve/moede-breve.js';
import { sendIndkaldelseBesked, sendUdeblivelseBesked } from './indkaldelse-besked.js';
import { aendringAf, moedeformRef, retTilValgPaaMoedet, toIndkaldelseDto } from './indkaldelse-dto.js';
import { aendredeFelter, recordVersion } from './indkaldelse-version.js';
import { type IndkaldelseRow, indkaldelserRepository } from './indkaldelser.repository.js';
import { moedeBeskrivelse } from './moede-beskrivelse.js';

type Tx = Prisma.TransactionClient;

interface IndkaldelseFelter {
  samtaletype: number;
  start: string;
  slut: string;
  moedeform: number;
  adresse?: string | null | undefined;
  lokationsuddybning?: string | null | undefined;
  digitaltMoedelink?: string | null | undefined;
  personligtFremmoedePaakraevet?: boolean | undefined;
  begrundelse?: string | null | undefined;
}

/** R1, R2, R4 on the meeting as it will be stored; throws the contract's code for the first one broken. */
function assertRegler(felter: {
  moedeform: number;
  adresse: string | null;
  digitaltMoedelink: string | null;
  personligtFremmoedePaakraevet: boolean;
  begrundelse: string | null;
}): void {
  const brud = findIndkaldelseRegelbrud(felter);
  if (brud)
    throw new AppError(brud.code, {
      detail: brud.message,
      errors: [{ path: brud.path, message: brud.message }],
    });
}

const blankToNull = (value: string | null | undefined): string | null =>
  value?.trim() ? value.trim() : null;

export interface IndkaldelserDeps {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}

/** A citizen by id (/api paths) or by CPR (the /v1 header). */
export type BorgerNoegle = { id: string } | { cpr: string };

const findBorger = (tx: Tx, aktoer: Aktoer, borger: BorgerNoegle) =>
  'cpr' in borger ? requireBorgerByCpr(tx, aktoer, borger.cpr) : requireBorger(tx, aktoer, borger.id);

export function indkaldelserService({ prisma, clock, accessLog, historik }: IndkaldelserDeps) {
  /** The meeting, when its citizen is visible to the caller; 404 otherwise. */
  async function requireIndkaldelse(
    tx: Tx | PrismaClient,
    aktoer: Aktoer,
    id: string,
  ): Promise<IndkaldelseRow> {
    const row = await indkaldelserRepository(tx).find(id);
    if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Mødet findes ikke' });
    await requireBorger(tx, aktoer, row.borger.id);
    return row;
  }

  const logRead = (tx: Tx, aktoer: Aktoer, borgerId: string, formaal: string) =>
    accessLog.record(tx, aktoer, {
      entitet: 'borger',
      entitetId: borgerId,
      borgerId,
      handling: 'laes',
      formaal,
    });
  const logChange = (
    tx: Tx,
    aktoer: Aktoer,
    borgerId: string,
    handling: 'opret' | 'aendr' | 'slet',
    formaal: string,
  ) => accessLog.record(tx, aktoer, { entitet: 'borger', entitetId: borgerId, borgerId, handling, formaal });

  /** Creates a meeting for a citizen; also the target of self-booking (see moedetilbud). */
  async function createInTx(
    tx: Tx,
    aktoer: Aktoer,
    borgerId: string,
    jobcenterNummer: string,
    felter: IndkaldelseFelter & { moedetilbudId?: string; selvbooket?: boolean },
  ): Promise<Indkaldelse> {
    const data = {
      moedeform: felter.moedeform,
      digitaltMoedelink: blankToNull(felter.digitaltMoedelink),
      personligtFremmoedePaakraevet: felter.personligtFremmoedePaakraevet ?? false,
      begrundelse: blankToNull(felter.begrundelse),
    };
    const adresse = blankToNull(felter.adresse);
    assertRegler({ ...data, adresse });
    const row = await indkaldelserRepository(tx).create({
      ...data,
      adresse,
      borgerId,
      jobcenterNummer,
      samtaletype: felter.samtaletype,
      start: new Date(felter.start),
      slut: new Date(felter.slut),
      lokationsuddybning: normalizeLokationsuddybning(felter.lokationsuddybning),
      moedetilbudId: felter.moedetilbudId ?? null,
      selvbooket: felter.selvbooket ?? false,
      oprettetAf: aktoer.type === 'bruger' ? aktoer.brugernavn : aktoer.navn,
    });
    await recordVersion(tx, clock, aktoer, {
      indkaldelseId: row.id,
      version: 1,
      aendringstype: 1,
      aendringer: [],
    });
    const dto = toIndkaldelseDto((await indkaldelserRepository(tx).find(row.id)) as IndkaldelseRow);
    await historik.record(
      tx,
      aktoer,
      borgerId,
      felter.selvbooket ? 'MOEDE_SELVBOOKET' : 'INDKALDELSE_OPRETTET',
      `${felter.selvbooket ? 'Selvbooket' : 'Indkaldt til'} ${moedeBeskrivelse(dto)}`,
    );
    await logChange(
      tx,
      aktoer,
      borgerId,
      'opret',
      felter.selvbooket ? 'Selvbooking af møde' : 'Indkaldelse til samtale',
    );
    await skrivMoedeBreve(tx, clock, { kind: 'oprettet', moede: dto });
    await sendIndkaldelseBesked(tx, clock, 1, borgerId, row);
    return dto;
  }

  return {
    createInTx,

    /** CreateIndkaldelse through /api (a colleague) or IndkaldelseService (a jobcentre's case system). */
    create(aktoer: Aktoer, borger: BorgerNoegle, felter: IndkaldelseFelter): Promise<Indkaldelse> {
      const jobcenterNummer = aktoer.type === 'bruger' ? aktoer.jobcenter.nummer : aktoer.jobcenterNummer;
      if (!jobcenterNummer)
        throw new AppError('IKKE_ADGANG', { detail: 'Klienten hører ikke til et jobcenter' });
      return prisma.$transaction(async (tx) => {
        const { id } = await findBorger(tx, aktoer, borger);
        return createInTx(tx, aktoer, id, jobcenterNummer, felter);
      });
    },

    /** The citizen's meetings with every myndighed, cancelled ones included (GetIndkaldelser). */
    list(aktoer: Aktoer, borger: BorgerNoegle) {
      return prisma.$transaction(async (tx) => {
        const { id } = await findBorger(tx, aktoer, borger);
        const rows = await indkaldelserRepository(tx).listForBorger(id);
        await logRead(tx, aktoer, id, 'Borgerens møder');
        return { items: rows.map(toIndkaldelseDto) };
      });
    },

    get(aktoer: Aktoer, id: string): Promise<Indkaldelse> {
      return prisma.$transaction(async (tx) => {
        const row = await requireIndkaldelse(tx, aktoer, id);
        await logRead(tx, aktoer, row.borger.id, 'Sagsbehandling: et møde');
        return toIndkaldelseDto(row);
      });
    },

    /** For the route's If-Match: the meeting's version, when its citizen is visible (404 otherwise). */
    async aktuelVersion(aktoer: Aktoer, id: string): Promise<number> {
      return (await requireIndkaldelse(prisma, aktoer, id)).version;
    },

    update(aktoer: Aktoer, id: string, version: number, body: OpdaterIndkaldelse): Promise<Indkaldelse> {
      return prisma.$transaction(async (tx) => {
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
            body.digitaltMoedelink !== undefined
              ? blankToNull(body.digitaltMoedelink)
              : row.digitaltMoedelink,
          personligtFremmoedePaakraevet:
            body.personligtFremmoedePaakraevet ?? row.personligtFremmoedePaakraevet,
          begrundelse: body.begrundelse !== undefined ? blankToNull(body.begrundelse) : row.begrundelse,
        };
        const adresse = body.adresse !== undefined ? blankToNull(body.adresse) : row.adresse;
        // R1: a changed indkaldelse must use an active form, also when only the time changes.
        assertRegler({ ...merged, adresse });
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
        });
        if (!updated)
          throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret mødet, siden du åbnede det.' });
        await recordVersion(tx, clock, aktoer, {
          indkaldelseId: id,
          version: version + 1,
          aendringstype: 2,
          aendringer: aendredeFelter(row, (await repository.find(id)) as IndkaldelseRow),
        });
        const ny = (await repository.find(id)) as IndkaldelseRow;
        const dto = toIndkaldelseDto(ny);
        await historik.record(
          tx,
          aktoer,
          row.borger.id,
          'INDKALDELSE_AENDRET',
          `Mødet ændret: ${moedeBeskrivelse(dto)}`,
        );
        await logChange(tx, aktoer, row.borger.id, 'aendr', 'Ændring af indkaldelse');
        await skrivMoedeBreve(tx, clock, { kind: 'aendret', foer: toIndkaldelseDto(row), moede: dto });
        await sendIndkaldelseBesked(tx, clock, 2, row.borger.id, ny);
        return dto;
      });
    },

    /** Aflysning: the meeting stays listed as cancelled, and a booked offer becomes free again. */
    cancel(aktoer: Aktoer, id: string, version: number, { aflysningsaarsag }: { aflysningsaarsag: string }) {
      return prisma.$transaction(async (tx) => {
        const row = await requireIndkaldelse(tx, aktoer, id);
        assertVersion(row.version, version, 'mødet');
        if (row.aflyst) throw new AppError('VALIDERINGSFEJL', { detail: 'Mødet er allerede aflyst' });
        const updated = await indkaldelserRepository(tx).updateIfVersion(id, version, {
          aflyst: true,
          aflysningsaarsag,
          aflystTidspunkt: clock.now(),
          moedetilbudId: null,
        });
        if (!updated)
          throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret mødet, siden du åbnede det.' });
        await recordVersion(tx, clock, aktoer, {
          indkaldelseId: id,
          version: version + 1,
          aendringstype: 3,
          aendringer: ['aflyst'],
        });
        await historik.record(
          tx,
          aktoer,
          row.borger.id,
          'INDKALDELSE_AFLYST',
          `Mødet ${moedeBeskrivelse(toIndkaldelseDto(row))} aflyst: ${aflysningsaarsag}`,
        );
        await logChange(tx, aktoer, row.borger.id, 'slet', 'Aflysning af møde');
        const aflyst = toIndkaldelseDto((await indkaldelserRepository(tx).find(id)) as IndkaldelseRow);
        await skrivMoedeBreve(tx, clock, { kind: 'aflyst', moede: aflyst });
        await sendIndkaldelseBesked(tx, clock, 3, row.borger.id, row);
      });
    },

    /** R3, R4: the citizen's choice of in person, phone or digital meeting, with who and when. */
    registerValg(
      aktoer: Aktoer,
      id: string,
      valg: { moedeform: number; digitaltMoedelink?: string | null | undefined },
    ): Promise<Indkaldelse> {
      return prisma.$transaction(async (tx) => {
        const row = await requireIndkaldelse(tx, aktoer, id);
        if (row.aflyst) throw new AppError('VALIDERINGSFEJL', { detail: 'Mødet er aflyst' });
        const afvisning = afvisValgAfMoedeform({
          retTilValg: retTilValgPaaMoedet(row),
          personligtFremmoedePaakraevet: row.personligtFremmoedePaakraevet,
          valgtMoedeform: valg.moedeform,
        });
        if (afvisning) {
          throw new AppError('VALG_AF_MOEDEFORM_IKKE_TILLADT', {
            detail: valgAfMoedeformAfvisningTekst[afvisning],
          });
        }
        const link = blankToNull(valg.digitaltMoedelink) ?? row.digitaltMoedelink;
        if (kraeverMoedelink(valg.moedeform) && !isGyldigtMoedelink(link)) {
          const message = 'Et digitalt møde kræver et link, der begynder med https://';
          throw new AppError('DIGITALT_MOEDELINK_MANGLER', {
            detail: message,
            errors: [{ path: 'digitaltMoedelink', message }],
          });
        }
        const repository = indkaldelserRepository(tx);
        const updated = await repository.updateIfVersion(id, row.version, {
          valgMoedeform: valg.moedeform,
          valgRegistreretAf: aktoer.type === 'bruger' ? aktoer.brugernavn : aktoer.navn,
          valgRegistreretTidspunkt: clock.now(),
          ...(kraeverMoedelink(valg.moedeform) ? { digitaltMoedelink: link } : {}),
        });
        if (!updated)
          throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret mødet, siden du åbnede det.' });
        await recordVersion(tx, clock, aktoer, {
          indkaldelseId: id,
          version: row.version + 1,
          aendringstype: 2,
          aendringer: [
            'moededeltagelsesvalg',
            ...(kraeverMoedelink(valg.moedeform) && link !== row.digitaltMoedelink
              ? ['digitaltMoedelink']
              : []),
          ],
        });
        await repository.createValg({
          indkaldelseId: id,
          moedeform: valg.moedeform,
          registreret: clock.now(),
          aktoer: aktoer.navn,
          myndighedKode: aktoer.myndighed.kode,
          myndighedNavn: aktoer.myndighed.navn,
        });
        await historik.record(
          tx,
          aktoer,
          row.borger.id,
          'MOEDEDELTAGELSESVALG',
          `Borgeren har valgt ${findMoedeform(valg.moedeform)?.navn.toLowerCase()} til mødet ${moedeBeskrivelse(toIndkaldelseDto(row))}`,
        );
        await logChange(tx, aktoer, row.borger.id, 'aendr', 'Registrering af borgerens valg af mødeform');
        return toIndkaldelseDto((await repository.find(id)) as IndkaldelseRow);
      });
    },

    /**
     * The outcome after the start: afholdt (with the samtalenotat) or udeblevet. An absence of a kontaktgruppe 1
     * citizen is told to the a-kasse; changing the outcome later tells it again (api.md).
     */
    registerUdfald(
      aktoer: BrugerAktoer,
      id: string,
      version: number,
      body: { udfald: 'afholdt' | 'udeblevet'; kommentar?: string | null | undefined },
    ): Promise<Indkaldelse> {
      return prisma.$transaction(async (tx) => {
        const row = await requireIndkaldelse(tx, aktoer, id);
        assertVersion(row.version, version, 'mødet');
        const afvisning = afvisUdfald(row, clock.now());
        if (afvisning === 'MOEDE_AFLYST') throw new AppError('MOEDE_AFLYST', { detail: 'Mødet er aflyst' });
        if (afvisning === 'MOEDE_IKKE_BEGYNDT') {
          throw new AppError('MOEDE_IKKE_BEGYNDT', {
            detail: 'Udfaldet kan registreres, når mødet er begyndt',
          });
        }
        const repository = indkaldelserRepository(tx);
        const updated = await repository.updateIfVersion(id, version, {
          udfald: body.udfald,
          udfaldKommentar: blankToNull(body.kommentar),
          udfaldRegistreretAf: aktoer.navn,
          udfaldTidspunkt: clock.now(),
        });
        if (!updated)
          throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret mødet, siden du åbnede det.' });
        await recordVersion(tx, clock, aktoer, {
          indkaldelseId: id,
          version: version + 1,
          aendringstype: 2,
          aendringer: ['udfald'],
        });
        const dto = toIndkaldelseDto((await repository.find(id)) as IndkaldelseRow);
        await historik.record(
          tx,
          aktoer,
          row.borger.id,
          body.udfald === 'afholdt' ? 'MOEDE_AFHOLDT' : 'MOEDE_UDEBLEVET',
          `${body.udfald === 'afholdt' ? 'Afholdt' : 'Udeblevet'}: ${moedeBeskrivelse(dto)}`,
        );
        await logChange(tx, aktoer, row.borger.id, 'aendr', 'Registrering af mødets udfald');
        await sendUdeblivelseBesked(
          tx,
          clock,
          row.borger.id,
          { foer: row.udfald as 'afholdt' | 'udeblevet' | null, efter: body.udfald },
          { id, start: row.start, moedeform: row.moedeform },
        );
        return dto;
      });
    },

    /** GetIndkaldelseshistorik: each version of the meeting, oldest first, with who made it and what changed. */
    listVersioner(aktoer: Aktoer, id: string) {
      return prisma.$transaction(async (tx) => {
        const row = await requireIndkaldelse(tx, aktoer, id);
        const versioner = await indkaldelserRepository(tx).listVersioner(id);
        await logRead(tx, aktoer, row.borger.id, 'Mødets historik');
        return {
          items: versioner.map((v) => ({
            version: v.version,
            aendringstype: v.aendringstype as 1 | 2 | 3,
            aendringer: v.aendringer,
            ...aendringAf(v),
          })),
        };
      });
    },

    /** GetDeltagelsesvalgshistorik: every choice of form registered on the meeting, newest first. */
    listValg(aktoer: Aktoer, id: string) {
      return prisma.$transaction(async (tx) => {
        const row = await requireIndkaldelse(tx, aktoer, id);
        const valg = await indkaldelserRepository(tx).listValg(id);
        await logRead(tx, aktoer, row.borger.id, 'Borgerens valg af mødeform');
        return {
          items: valg.map((v) => {
            const { aktiv: _aktiv, ...moedeform } = moedeformRef(v.moedeform);
            return {
              moedeform,
              registreret: v.registreret.toISOString(),
              myndighed: { kode: v.myndighedKode, navn: v.myndighedNavn },
              af: v.aktoer,
            };
          }),
        };
      });
    },

    /** Mine møder: the user's jobcentre's meetings on a Copenhagen calendar day. */
    listMineMoeder(aktoer: BrugerAktoer, dato: string) {
      return prisma.$transaction(async (tx) => {
        const [fra, til] = copenhagenDayBounds(dato);
        const rows = await indkaldelserRepository(tx).listForJobcenter(aktoer.jobcenter.nummer, fra, til);
        await accessLog.recordMany(
          tx,
          aktoer,
          [...new Set(rows.map((row) => row.borger.id))].map((borgerId) => ({
            entitet: 'borger' as const,
            entitetId: borgerId,
            borgerId,
            handling: 'laes' as const,
            formaal: 'Mine møder: dagens møder',
          })),
        );
        return { items: rows.map(toIndkaldelseDto) };
      });
    },
  };
}

export type IndkaldelserService = ReturnType<typeof indkaldelserService>;
