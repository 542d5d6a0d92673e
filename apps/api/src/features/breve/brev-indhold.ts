import type { BrevData, BrevMoede, BrevType } from '@jobcenter/domain/brev/brev.rules';
import type { Prisma } from '../../db/prisma-types.js';

export type Kanal = 'digital_post' | 'sms';
export type BrevStatus = 'planlagt' | 'sendt' | 'fejlet' | 'annulleret';

type MoedeJson = Omit<BrevMoede, 'start' | 'slut'> & { start: string; slut: string };

/** The letter's data as stored in `Brev.indhold`: the same, with instants as ISO strings. */
export interface BrevIndholdJson {
  type: BrevType;
  jobcenter: BrevData['jobcenter'];
  borger: BrevData['borger'];
  moede: MoedeJson;
  retTilValgAfMoedeform: boolean;
  foer?: {
    start: string;
    slut: string;
    moedeform: number;
    adresse: string | null;
    digitaltMoedelink: string | null;
  };
}

export function tilIndhold(data: BrevData): Prisma.InputJsonValue {
  const json: BrevIndholdJson = {
    ...data,
    moede: { ...data.moede, start: data.moede.start.toISOString(), slut: data.moede.slut.toISOString() },
    foer: data.foer
      ? { ...data.foer, start: data.foer.start.toISOString(), slut: data.foer.slut.toISOString() }
      : undefined,
  };
  return JSON.parse(JSON.stringify(json)) as Prisma.InputJsonValue;
}

export function fraIndhold(json: Prisma.JsonValue): BrevData {
  const data = json as unknown as BrevIndholdJson;
  return {
    ...data,
    moede: { ...data.moede, start: new Date(data.moede.start), slut: new Date(data.moede.slut) },
    foer: data.foer
      ? { ...data.foer, start: new Date(data.foer.start), slut: new Date(data.foer.slut) }
      : undefined,
  };
}
