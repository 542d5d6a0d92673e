// The letters a meeting gives the citizen, and the reminder the day before (api.md "The citizen is told").
import { findMoedeform, samtaletyper } from '../moede/moede.codelists.js';
import { copenhagenDate, copenhagenOffsetMinutes } from '../tid/copenhagen.js';

export const brevTyper = ['INDKALDELSE', 'KVITTERING', 'AENDRING', 'AFLYSNING', 'PAAMINDELSE'] as const;
export type BrevType = (typeof brevTyper)[number];

/** The earliest and latest hour (Copenhagen) a reminder may reach the citizen on the day before. */
export const PAAMINDELSE_FRA_TIME = 9;
export const PAAMINDELSE_TIL_TIME = 22;

function klokkenPaaDagen(dato: string, time: number): Date {
  // The offset at that hour on that day: summer time begins and ends at night, never between 09.00 and 22.00.
  const somUtc = Date.parse(`${dato}T${String(time).padStart(2, '0')}:00:00Z`);
  return new Date(somUtc - copenhagenOffsetMinutes(new Date(somUtc)) * 60_000);
}

function dagenFoer(dato: string): string {
  return new Date(Date.parse(`${dato}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * When the reminder for a meeting starting at `start` is to be sent, seen at `nu`: at 09:00 the day before
 * (Copenhagen), or at once when that has passed but it is still before 22:00 that day. Null when the reminder
 * can no longer reach the citizen the day before (the meeting is today, or it is past 22:00 the day before).
 */
export function paamindelsesTidspunkt(start: Date, nu: Date): Date | null {
  const dagFoer = dagenFoer(copenhagenDate(start));
  const fra = klokkenPaaDagen(dagFoer, PAAMINDELSE_FRA_TIME);
  const til = klokkenPaaDagen(dagFoer, PAAMINDELSE_TIL_TIME);
  if (nu >= til || nu >= start) return null;
  return nu > fra ? nu : fra;
}

export interface BrevMoede {
  start: Date;
  slut: Date;
  samtaletype: number;
  moedeform: number;
  adresse: string | null;
  lokationsuddybning: string | null;
  digitaltMoedelink: string | null;
  personligtFremmoedePaakraevet: boolean;
  aflysningsaarsag: string | null;
}

export interface BrevData {
  type: BrevType;
  jobcenter: { navn: string; adresse: string | null; telefon: string | null };
  borger: { navn: string; kontaktgruppe: number };
  moede: BrevMoede;
  /** R3 on the meeting's date: the citizen may choose the form (not for a meeting marked R4). */
  retTilValgAfMoedeform: boolean;
  /** The meeting before a change, so the letter can say what changed. */
  foer?: Pick<BrevMoede, 'start' | 'slut' | 'moedeform' | 'adresse' | 'digitaltMoedelink'> | undefined;
}

export interface BrevAfsnit {
  overskrift: string;
  linjer: string[];
}

export interface BrevTekst {
  titel: string;
  indledning: string;
  afsnit: BrevAfsnit[];
}

const DATO = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const KLOKKEN = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  minute: '2-digit',
});

/** "torsdag den 3. december 2026 kl. 09.30–10.00", always in Copenhagen time. */
export function moedeTidTekst(start: Date, slut: Date): string {
  const dato = DATO.format(start).replace(/^(\p{L}+) (\d)/u, '$1 den $2');
  return `${dato} kl. ${KLOKKEN.format(start)}–${KLOKKEN.format(slut)}`;
}

function stedLinjer(
  moede: Pick<BrevMoede, 'moedeform' | 'adresse' | 'lokationsuddybning' | 'digitaltMoedelink'>,
) {
  const form = findMoedeform(moede.moedeform)?.navn ?? `Mødeform ${moede.moedeform}`;
  if (moede.moedeform === 8) {
    return [`Mødeform: ${form}`, `Link til mødet: ${moede.digitaltMoedelink ?? 'sendes til dig før mødet'}`];
  }
  if (moede.moedeform === 2)
    return [`Mødeform: ${form}`, 'Jobcentret ringer til dig på det aftalte tidspunkt.'];
  return [
    `Mødeform: ${form}`,
    `Sted: ${moede.adresse ?? 'oplyses af jobcentret'}`,
    ...(moede.lokationsuddybning ? [`Lokale: ${moede.lokationsuddybning}`] : []),
  ];
}

const TITLER: Record<BrevType, string> = {
  INDKALDELSE: 'Indkaldelse til samtale',
  KVITTERING: 'Kvittering for din booking',
  AENDRING: 'Dit møde er ændret',
  AFLYSNING: 'Dit møde er aflyst',
  PAAMINDELSE: 'Påmindelse om dit møde i morgen',
};

/** The letter in Danish, section by section; the PDF and the SMS are laid out from this alone. */
export function brevTekst(brev: BrevData): BrevTekst {
  const { moede, jobcenter } = brev;
  const samtale = samtaletyper.find((s) => s.id === moede.samtaletype)?.navn ?? 'Samtale';
  const tid = moedeTidTekst(moede.start, moede.slut);
  const titel = TITLER[brev.type];
  const indledning =
    brev.type === 'AFLYSNING'
      ? `Kære ${brev.borger.navn}. Dit møde (${samtale.toLowerCase()}) ${tid} er aflyst.`
      : brev.type === 'KVITTERING'
        ? `Kære ${brev.borger.navn}. Du har booket en ${samtale.toLowerCase()} med ${jobcenter.navn}.`
        : brev.type === 'PAAMINDELSE'
          ? `Kære ${brev.borger.navn}. Husk dit møde med ${jobcenter.navn} i morgen.`
          : `Kære ${brev.borger.navn}. ${jobcenter.navn} indkalder dig til ${samtale.toLowerCase()}.`;
  const afsnit: BrevAfsnit[] = [];
  if (brev.type === 'AFLYSNING') {
    afsnit.push({
      overskrift: 'Hvorfor',
      linjer: [moede.aflysningsaarsag ?? 'Jobcentret har aflyst mødet.', 'Du skal ikke møde op.'],
    });
  } else {
    afsnit.push({ overskrift: 'Tid og sted', linjer: [`Tid: ${tid}`, ...stedLinjer(moede)] });
    if (brev.type === 'AENDRING' && brev.foer) {
      afsnit.push({
        overskrift: 'Det er ændret',
        linjer: [
          `Før: ${moedeTidTekst(brev.foer.start, brev.foer.slut)}`,
          ...stedLinjer({ ...brev.foer, lokationsuddybning: null }).map((linje) => `Før: ${linje}`),
        ],
      });
    }
    afsnit.push({
      overskrift: 'Hvordan du holder mødet',
      linjer: moede.personligtFremmoedePaakraevet
        ? ['Jobcentret har bestemt, at du skal møde personligt til denne samtale.']
        : brev.retTilValgAfMoedeform
          ? [
              'Du kan selv vælge, om samtalen skal holdes ved personligt fremmøde, over telefon eller som digitalt møde.',
              'Vælg på Jobnet under "Mine møder", eller ring til jobcentret før mødet.',
            ]
          : ['Samtalen holdes som beskrevet ovenfor.'],
    });
    afsnit.push({
      overskrift: 'Hvis du ikke deltager',
      linjer:
        brev.borger.kontaktgruppe === 1
          ? [
              'Det er en betingelse for din ret til dagpenge, at du deltager. Udebliver du uden en rimelig grund, får din a-kasse besked, og den vurderer, om du fortsat er til rådighed.',
            ]
          : [
              'Det er en betingelse for din ydelse, at du deltager. Udebliver du uden en rimelig grund, kan det få betydning for din ydelse.',
            ],
    });
    afsnit.push({
      overskrift: 'Aflys eller flyt mødet',
      linjer: [
        'Kan du ikke komme, så giv besked til jobcentret hurtigst muligt og senest før mødet, på Jobnet eller på telefon.',
      ],
    });
  }
  afsnit.push({
    overskrift: 'Kontakt',
    linjer: [
      jobcenter.navn,
      ...(jobcenter.adresse ? [jobcenter.adresse] : []),
      ...(jobcenter.telefon ? [`Telefon: ${jobcenter.telefon}`] : []),
    ],
  });
  return { titel, indledning, afsnit };
}
