import { createHash } from 'node:crypto';
import { cvOrd } from '@jobcenter/domain/cv/cv-soegning.rules';
import { findFravaersaarsag } from '@jobcenter/domain/fravaer/fravaer.codelists';
import { indsatstypeNavn } from '@jobcenter/domain/plan/indsats.codelists';
import { copenhagenDate, copenhagenOffsetMinutes } from '@jobcenter/domain/tid/copenhagen';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import {
  type NytKonfliktvarsel,
  type NyVirksomhed,
  upsertKonfliktvarsel,
  upsertVirksomhed,
} from './virksomheder.js';

// Issue 18: enough demo data to try every screen on a first `npm start`: some fifty citizens over the
// kontaktgrupper with CVs, plans, joblog, contact persons, meetings, mødetilbud, fravær, jobordrer with candidates
// and companies with and without JobAG profiles and konflikt. Not part of api.md's fixtures, which it never touches.
//
// Deterministic: the content comes from a seeded PRNG (never Math.random) and the ids are hashes of stable keys;
// only the dates move with the day of seeding (Copenhagen time), so "this week and next" hold on any fresh start.
// Idempotent: a citizen whose CPR exists, an offer, company, konflikt notice or jobordre whose key exists is
// skipped, so a second start adds nothing. The rows follow the API's field rules (domain.md R1–R23).

// ---------------------------------------------------------------------------------------------------------------
// Determinism

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Terning {
  private readonly r: () => number;
  constructor(seed: number) {
    this.r = prng(seed);
  }
  tal(): number {
    return this.r();
  }
  heltal(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }
  vaelg<T>(liste: readonly T[]): T {
    return liste[Math.floor(this.r() * liste.length)] as T;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  bland<T>(liste: readonly T[]): T[] {
    const kopi = [...liste];
    for (let i = kopi.length - 1; i > 0; i--) {
      const j = Math.floor(this.r() * (i + 1));
      [kopi[i], kopi[j]] = [kopi[j] as T, kopi[i] as T];
    }
    return kopi;
  }
}

/** A stable UUID (version 4 layout) from a key, so the same row gets the same id on every fresh start. */
export function demoId(noegle: string): string {
  const h = createHash('sha256').update(`issue-18-demodata:${noegle}`).digest('hex');
  const variant = (8 | (Number.parseInt(h[16] as string, 16) & 3)).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates in Copenhagen time

const DAG_MS = 86_400_000;

export function plusDage(dato: string, dage: number): string {
  return new Date(Date.parse(`${dato}T12:00:00Z`) + dage * DAG_MS).toISOString().slice(0, 10);
}

function plusMaaneder(dato: string, maaneder: number): string {
  const [aar, maaned, dag] = dato.split('-').map(Number) as [number, number, number];
  const index = aar * 12 + (maaned - 1) + maaneder;
  const to = (x: number) => String(x).padStart(2, '0');
  return `${Math.floor(index / 12)}-${to((index % 12) + 1)}-${to(Math.min(dag, 28))}`;
}

/** 0 Sunday … 6 Saturday. */
function ugedag(dato: string): number {
  return new Date(`${dato}T12:00:00Z`).getUTCDay();
}

const erHverdag = (dato: string) => ugedag(dato) >= 1 && ugedag(dato) <= 5;

/** The instant of a Copenhagen wall-clock time on a date (meeting hours never cross a summer-time change). */
export function koebenhavnTid(dato: string, time: number, minut = 0): Date {
  const offset = copenhagenOffsetMinutes(new Date(`${dato}T12:00:00Z`));
  return new Date(Date.parse(`${dato}T00:00:00Z`) + (time * 60 + minut - offset) * 60_000);
}

const dbDato = (dato: string) => new Date(`${dato}T00:00:00Z`);

// ---------------------------------------------------------------------------------------------------------------
// The demo jobcentres, their caseworkers and places

interface JobcenterInfo {
  nummer: '22300' | '22301' | '10100';
  myndighedKode: string;
  myndighedNavn: string;
  sagsbehandler: { brugernavn: string; navn: string };
  adresse: string;
  lokaler: string[];
  moedelink: string;
  postnumre: string[];
  telefon: string;
  mailDomaene: string;
}

const JOBCENTRE: Record<JobcenterInfo['nummer'], JobcenterInfo> = {
  '22300': {
    nummer: '22300',
    myndighedKode: '223',
    myndighedNavn: 'Hørsholm Kommune',
    sagsbehandler: { brugernavn: 'sb22300', navn: 'Signe Bach' },
    adresse: 'Jobcenter Hørsholm, Slotsmarken 1, 2970 Hørsholm',
    lokaler: ['Mødelokale 2', 'Lokale 1.12', 'Stueetagen, mødelokale B', 'Samtalerum 3'],
    moedelink: 'https://moede.horsholm.dk/jobsamtale',
    postnumre: ['2970', '2970', '2960', '2980', '3050', '2990', '2950'],
    telefon: '48 49 1',
    mailDomaene: 'horsholm.dk',
  },
  '22301': {
    nummer: '22301',
    myndighedKode: '223',
    myndighedNavn: 'Hørsholm Kommune',
    sagsbehandler: { brugernavn: 'sb22301', navn: 'Sune Berg' },
    adresse: 'Jobcenter Hørsholm, Ungeenheden, Slotsmarken 1, 2970 Hørsholm',
    lokaler: ['Ungeenheden, lokale 4', 'Ungeenheden, café-rummet'],
    moedelink: 'https://moede.horsholm.dk/unge',
    postnumre: ['2970', '2980', '2960'],
    telefon: '48 49 2',
    mailDomaene: 'horsholm.dk',
  },
  '10100': {
    nummer: '10100',
    myndighedKode: '101',
    myndighedNavn: 'Københavns Kommune',
    sagsbehandler: { brugernavn: 'sb10100', navn: 'Sara Brandt' },
    adresse: 'Jobcenter København, Kalvebod Brygge 45, 1560 København V',
    lokaler: ['3. sal, mødelokale 3.07', 'Stuen, samtalerum 6'],
    moedelink: 'https://moede.kk.dk/jobcenter',
    postnumre: ['2200', '2300', '2400', '2450', '2500', '1799', '2100'],
    telefon: '33 17 4',
    mailDomaene: 'kk.dk',
  },
};

const JOBNET = { aktoerType: 'system', aktoer: 'Jobnet', myndighedKode: 'JOBNET', myndighedNavn: 'Jobnet' };

// ---------------------------------------------------------------------------------------------------------------
// Professions: CVs, joblog and jobordrer draw on them

interface Fag {
  noegle: string;
  overskrift: string;
  jobOensker: string[];
  kompetencer: string[];
  erfaring: { titel: string; steder: string[] }[];
  uddannelse: { titel: string; sted: string; aar: number };
}

const FAG: Fag[] = [
  {
    noegle: 'toemrer',
    overskrift: 'Tømrer med erfaring i renovering og nybyggeri',
    jobOensker: ['Tømrer', 'Tømrersvend', 'Byggemontør'],
    kompetencer: ['Tagarbejde', 'Renovering', 'Forskalling', 'Gulvlægning', 'Kørekort B'],
    erfaring: [
      { titel: 'Tømrersvend', steder: ['Rungsted Tømrer & Snedker ApS', 'Fredensborg Byg A/S'] },
      { titel: 'Montør', steder: ['Nordsjællands Vinduesmontage ApS'] },
    ],
    uddannelse: { titel: 'Tømreruddannelsen (svendebrev)', sted: 'Erhvervsskolen Nordsjælland', aar: 5 },
  },
  {
    noegle: 'murer',
    overskrift: 'Murer – facader, fliser og flisemurer-arbejde',
    jobOensker: ['Murer', 'Flisemurer', 'Murerarbejdsmand'],
    kompetencer: ['Facadearbejde', 'Flisearbejde', 'Pudsning', 'Stilladsarbejde'],
    erfaring: [{ titel: 'Murersvend', steder: ['Øresund Murer og Facade A/S', 'Kokkedal Murerfirma'] }],
    uddannelse: { titel: 'Mureruddannelsen (svendebrev)', sted: 'NEXT Uddannelse København', aar: 8 },
  },
  {
    noegle: 'elektriker',
    overskrift: 'Elektriker med autorisation til boliginstallationer',
    jobOensker: ['Elektriker', 'Elinstallatør', 'Servicetekniker'],
    kompetencer: ['Boliginstallationer', 'Fejlfinding', 'Tavlearbejde', 'Kørekort B'],
    erfaring: [{ titel: 'Elektriker', steder: ['Nørrebro Elektro ApS', 'Amager El-service'] }],
    uddannelse: { titel: 'Elektrikeruddannelsen', sted: 'TEC Gladsaxe', aar: 6 },
  },
  {
    noegle: 'sosu',
    overskrift: 'Social- og sundhedshjælper med erfaring fra hjemmeplejen',
    jobOensker: ['Social- og sundhedshjælper', 'Hjemmehjælper', 'Plejemedhjælper'],
    kompetencer: ['Personlig pleje', 'Forflytning', 'Demensomsorg', 'Medicinhåndtering'],
    erfaring: [{ titel: 'Hjemmehjælper', steder: ['Humlebæk Hjemmepleje ApS', 'Plejecenter Sophielund'] }],
    uddannelse: { titel: 'Social- og sundhedshjælperuddannelsen', sted: 'SOSU H', aar: 4 },
  },
  {
    noegle: 'paedagog',
    overskrift: 'Pædagogmedhjælper i vuggestue og børnehave',
    jobOensker: ['Pædagogmedhjælper', 'Pædagogisk assistent', 'Dagplejer'],
    kompetencer: ['Børn 0-6 år', 'Sprogstimulering', 'Udeliv', 'Førstehjælp'],
    erfaring: [{ titel: 'Pædagogmedhjælper', steder: ['Børnehuset Mikkelborg', 'Vuggestuen Solsikken'] }],
    uddannelse: { titel: 'Pædagogisk assistentuddannelse (PAU)', sted: 'SOSU Nord', aar: 3 },
  },
  {
    noegle: 'lager',
    overskrift: 'Lagermedarbejder med truckcertifikat',
    jobOensker: ['Lagermedarbejder', 'Pluk og pak', 'Truckfører'],
    kompetencer: ['Truckcertifikat B', 'Varemodtagelse', 'Plukning', 'Lagerstyring'],
    erfaring: [{ titel: 'Lagerarbejder', steder: ['Nivå Lager & Logistik A/S', 'Kokkedal Distribution'] }],
    uddannelse: { titel: 'Lager- og terminaluddannelsen', sted: 'EUC Nordvestsjælland', aar: 10 },
  },
  {
    noegle: 'chauffoer',
    overskrift: 'Chauffør med kørekort C/E og kvalifikationsbevis',
    jobOensker: ['Chauffør', 'Lastbilchauffør', 'Varebilschauffør'],
    kompetencer: ['Kørekort C/E', 'Kvalifikationsbevis', 'ADR-bevis', 'Kranbevis'],
    erfaring: [
      { titel: 'Lastbilchauffør', steder: ['Nordsjællands Fragt ApS', 'Hillerød Vognmandsforretning'] },
    ],
    uddannelse: { titel: 'Chaufføruddannelsen', sted: 'TUC Transportens Uddannelser', aar: 12 },
  },
  {
    noegle: 'kok',
    overskrift: 'Kok og køkkenleder fra kantine og restaurant',
    jobOensker: ['Kok', 'Køkkenleder', 'Køkkenmedhjælper'],
    kompetencer: ['Kantinedrift', 'Hygiejnebevis', 'Menuplanlægning', 'Anretning'],
    erfaring: [{ titel: 'Kok', steder: ['Kokkedal Køkken & Kantine ApS', 'Restaurant Strandmøllen'] }],
    uddannelse: { titel: 'Kokkeuddannelsen', sted: 'Hotel- og Restaurantskolen', aar: 9 },
  },
  {
    noegle: 'butik',
    overskrift: 'Butiksassistent med styr på kasse og kundeservice',
    jobOensker: ['Butiksassistent', 'Salgsassistent', 'Kassemedarbejder'],
    kompetencer: ['Kundeservice', 'Kassesystemer', 'Varebestilling', 'Visual merchandising'],
    erfaring: [{ titel: 'Salgsassistent', steder: ['Hørsholm Midtpunkt, Tøjhuset', 'Kvickly Kokkedal'] }],
    uddannelse: { titel: 'Detailhandelsuddannelsen', sted: 'Niels Brock', aar: 7 },
  },
  {
    noegle: 'rengoering',
    overskrift: 'Rengøringsassistent i erhverv og institutioner',
    jobOensker: ['Rengøringsassistent', 'Servicemedarbejder', 'Hospitalsserviceassistent'],
    kompetencer: ['Erhvervsrengøring', 'Maskinbetjening', 'Hygiejne', 'Vinduespolering'],
    erfaring: [{ titel: 'Rengøringsassistent', steder: ['Valby Rengøringsservice ApS', 'Øresund Facility'] }],
    uddannelse: { titel: 'AMU: Erhvervsrengøring', sted: 'AMU Nordsjælland', aar: 6 },
  },
  {
    noegle: 'kontor',
    overskrift: 'Kontorassistent med bogføring og kundekontakt',
    jobOensker: ['Kontorassistent', 'Receptionist', 'Bogholderassistent'],
    kompetencer: ['Bogføring', 'Excel', 'E-conomic', 'Kundekontakt'],
    erfaring: [{ titel: 'Kontorassistent', steder: ['Advokatfirmaet Strandgaard', 'Rungsted Revision'] }],
    uddannelse: { titel: 'Kontoruddannelsen', sted: 'Niels Brock', aar: 11 },
  },
  {
    noegle: 'it',
    overskrift: 'IT-supporter med erfaring fra servicedesk',
    jobOensker: ['IT-supporter', 'Servicedeskmedarbejder', 'IT-tekniker'],
    kompetencer: ['Windows', 'Microsoft 365', 'Netværk', 'Brugersupport'],
    erfaring: [{ titel: 'IT-supporter', steder: ['Amager IT-Support ApS', 'Nordsjællands Hospital'] }],
    uddannelse: { titel: 'Datatekniker med speciale i infrastruktur', sted: 'TEC Ballerup', aar: 4 },
  },
  {
    noegle: 'gartner',
    overskrift: 'Anlægsgartner med maskinbevis',
    jobOensker: ['Anlægsgartner', 'Gartner', 'Parkarbejder'],
    kompetencer: ['Belægning', 'Beplantning', 'Minigraver', 'Motorsav'],
    erfaring: [
      { titel: 'Anlægsgartner', steder: ['Kystens Have og Anlæg', 'Hørsholm Kommune, Park og Vej'] },
    ],
    uddannelse: { titel: 'Anlægsgartneruddannelsen', sted: 'Roskilde Tekniske Skole', aar: 8 },
  },
  {
    noegle: 'bager',
    overskrift: 'Bagerimedhjælper, tidligt op og glad for kunder',
    jobOensker: ['Bagerimedhjælper', 'Bagerjomfru', 'Ekspedient'],
    kompetencer: ['Ekspedition', 'Dejfremstilling', 'Hygiejnebevis', 'Morgenvagter'],
    erfaring: [{ titel: 'Bagerjomfru', steder: ['Strandvejens Bageri ApS', 'Lagkagehuset Hørsholm'] }],
    uddannelse: { titel: 'AMU: Hygiejne i fødevarevirksomheder', sted: 'AMU Nordsjælland', aar: 3 },
  },
];

const fag = (noegle: string) => FAG.find((f) => f.noegle === noegle) as Fag;

// ---------------------------------------------------------------------------------------------------------------
// Citizens

const FORNAVNE_K = [
  'Anne',
  'Mette',
  'Louise',
  'Camilla',
  'Maria',
  'Hanne',
  'Susanne',
  'Line',
  'Pia',
  'Tina',
  'Julie',
  'Sofie',
  'Emma',
  'Ida',
  'Lene',
  'Dorthe',
  'Nadia',
  'Aisha',
  'Marianne',
  'Rikke',
  'Trine',
  'Maja',
  'Kirsten',
  'Lærke',
];
const FORNAVNE_M = [
  'Peter',
  'Jens',
  'Lars',
  'Michael',
  'Henrik',
  'Søren',
  'Thomas',
  'Martin',
  'Jesper',
  'Anders',
  'Rasmus',
  'Mikkel',
  'Kasper',
  'Frederik',
  'Mathias',
  'Niels',
  'Omar',
  'Bo',
  'Kim',
  'Jonas',
  'Emil',
  'Ahmed',
  'Ole',
  'Tobias',
];
const EFTERNAVNE = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Lauridsen',
  'Frederiksen',
  'Holm',
  'Østergaard',
  'Dahl',
  'Bertelsen',
  'Kjær',
  'Ali',
  'Yilmaz',
  'Nguyen',
  'Iversen',
  'Bruun',
  'Vestergaard',
  'Friis',
];

/** Who the citizens are: jobcentre, kontaktgruppe and profession (the rest comes from the PRNG). */
const PROFILER: { jobcenter: JobcenterInfo['nummer']; kontaktgruppe: number; fag: string }[] = [
  // Jobcenter Hørsholm (30)
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'toemrer' },
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'toemrer' },
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'elektriker' },
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'kontor' },
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'it' },
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'murer' },
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'chauffoer' },
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'kok' },
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'lager' },
  { jobcenter: '22300', kontaktgruppe: 1, fag: 'toemrer' },
  { jobcenter: '22300', kontaktgruppe: 2, fag: 'butik' },
  { jobcenter: '22300', kontaktgruppe: 2, fag: 'lager' },
  { jobcenter: '22300', kontaktgruppe: 2, fag: 'rengoering' },
  { jobcenter: '22300', kontaktgruppe: 2, fag: 'bager' },
  { jobcenter: '22300', kontaktgruppe: 2, fag: 'toemrer' },
  { jobcenter: '22300', kontaktgruppe: 3, fag: 'sosu' },
  { jobcenter: '22300', kontaktgruppe: 3, fag: 'rengoering' },
  { jobcenter: '22300', kontaktgruppe: 3, fag: 'gartner' },
  { jobcenter: '22300', kontaktgruppe: 3, fag: 'kok' },
  { jobcenter: '22300', kontaktgruppe: 4, fag: 'paedagog' },
  { jobcenter: '22300', kontaktgruppe: 5, fag: 'butik' },
  { jobcenter: '22300', kontaktgruppe: 5, fag: 'gartner' },
  { jobcenter: '22300', kontaktgruppe: 6, fag: 'sosu' },
  { jobcenter: '22300', kontaktgruppe: 6, fag: 'murer' },
  { jobcenter: '22300', kontaktgruppe: 6, fag: 'kontor' },
  { jobcenter: '22300', kontaktgruppe: 7, fag: 'kontor' },
  { jobcenter: '22300', kontaktgruppe: 7, fag: 'sosu' },
  { jobcenter: '22300', kontaktgruppe: 7, fag: 'it' },
  { jobcenter: '22300', kontaktgruppe: 7, fag: 'gartner' },
  { jobcenter: '22300', kontaktgruppe: 7, fag: 'paedagog' },
  // Jobcenter Hørsholm, Ungeenheden (8)
  { jobcenter: '22301', kontaktgruppe: 4, fag: 'butik' },
  { jobcenter: '22301', kontaktgruppe: 4, fag: 'paedagog' },
  { jobcenter: '22301', kontaktgruppe: 4, fag: 'bager' },
  { jobcenter: '22301', kontaktgruppe: 5, fag: 'lager' },
  { jobcenter: '22301', kontaktgruppe: 5, fag: 'rengoering' },
  { jobcenter: '22301', kontaktgruppe: 2, fag: 'it' },
  { jobcenter: '22301', kontaktgruppe: 2, fag: 'toemrer' },
  { jobcenter: '22301', kontaktgruppe: 1, fag: 'elektriker' },
  // Jobcenter København (7)
  { jobcenter: '10100', kontaktgruppe: 1, fag: 'elektriker' },
  { jobcenter: '10100', kontaktgruppe: 1, fag: 'kontor' },
  { jobcenter: '10100', kontaktgruppe: 1, fag: 'rengoering' },
  { jobcenter: '10100', kontaktgruppe: 2, fag: 'rengoering' },
  { jobcenter: '10100', kontaktgruppe: 2, fag: 'kok' },
  { jobcenter: '10100', kontaktgruppe: 3, fag: 'butik' },
  { jobcenter: '10100', kontaktgruppe: 7, fag: 'it' },
];

/** Fraværsårsager for which the kontaktgruppe matrix holds only kontaktgruppe 1 (domain.md, [ASSUMED]). */
export const KUN_KONTAKTGRUPPE_1 = [71, 72, 73, 75];

type Tid = 'fortid' | 'nu' | 'fremtid';
interface FravaerSkabelon {
  aarsag: number;
  tid: Tid;
  kommentar?: string;
  aendret?: boolean;
  slettet?: boolean;
}

/** Fravær by kontaktgruppe: the n-th citizen of the group gets the n-th entry (allowed reasons only). */
const FRAVAER: Record<number, FravaerSkabelon[][]> = {
  1: [
    [{ aarsag: 10, tid: 'fremtid', kommentar: 'Sommerferie med feriedagpenge' }],
    [{ aarsag: 79, tid: 'nu', kommentar: 'Sorgorlov efter dødsfald i nærmeste familie' }],
    [{ aarsag: 45, tid: 'nu', kommentar: 'Ansættelseskontrakt modtaget, start om fem uger' }],
    [{ aarsag: 2, tid: 'fortid', kommentar: 'Vikariat som montør', aendret: true }],
    [{ aarsag: 73, tid: 'fortid' }],
    [{ aarsag: 57, tid: 'nu', kommentar: 'Har ikke booket trods flere påmindelser' }],
    [
      { aarsag: 71, tid: 'nu' },
      { aarsag: 11, tid: 'fortid', slettet: true },
    ],
    [],
    [{ aarsag: 10, tid: 'fortid' }],
    [],
  ],
  2: [
    [{ aarsag: 56, tid: 'nu', kommentar: 'Fritaget efter aftale med sagsbehandler' }],
    [{ aarsag: 1, tid: 'fortid', kommentar: 'Kursus i kundeservice' }],
    [],
    [{ aarsag: 11, tid: 'fremtid', kommentar: 'Planlagt operation' }],
  ],
  3: [[{ aarsag: 11, tid: 'nu' }], [], [{ aarsag: 66, tid: 'fortid' }]],
  4: [[{ aarsag: 24, tid: 'nu', kommentar: 'Truckcertifikat på AMU' }], [{ aarsag: 65, tid: 'fremtid' }], []],
  5: [[], [{ aarsag: 8, tid: 'fremtid', kommentar: 'Termin om tre uger' }]],
  6: [
    [{ aarsag: 11, tid: 'nu', kommentar: 'Sygemeldt, forventet raskmelding om en måned' }],
    [{ aarsag: 11, tid: 'nu' }],
  ],
  7: [
    [{ aarsag: 44, tid: 'nu', kommentar: 'Overgår til folkepension' }],
    [{ aarsag: 11, tid: 'fortid' }],
    [],
    [{ aarsag: 11, tid: 'nu' }],
  ],
};

const FRAVAER_SLETTET_BEGRUNDELSE = 'Registreret på den forkerte borger';

// ---------------------------------------------------------------------------------------------------------------
// The plan: everything the seed writes, computed from `now` and the PRNG, before anything is written

export interface DemoPlan {
  moedetilbud: Prisma.MoedetilbudCreateManyInput[];
  borgere: {
    borger: Prisma.BorgerCreateManyInput;
    cv: Prisma.CvCreateManyInput | null;
    indsatser: Prisma.IndsatsCreateManyInput[];
    joblog: Prisma.JoblogPostCreateManyInput[];
    kontaktpersoner: (Omit<Prisma.KontaktpersonCreateManyInput, 'myndighedId'> & {
      myndighed: { type: 'jobcenter' | 'akasse'; kode: string };
    })[];
    indkaldelser: Prisma.IndkaldelseCreateManyInput[];
    indkaldelseVersioner: Prisma.IndkaldelseVersionCreateManyInput[];
    valg: Prisma.MoededeltagelsesvalgCreateManyInput[];
    fravaer: Prisma.FravaerCreateManyInput[];
    fravaerVersioner: Prisma.FravaerVersionCreateManyInput[];
    historik: Prisma.BorgerHistorikCreateManyInput[];
  }[];
  virksomheder: NyVirksomhed[];
  konfliktvarsler: NytKonfliktvarsel[];
  jobordrer: {
    jobordre: Prisma.JobordreCreateManyInput;
    formidlinger: { cpr: string; statusser: number[] }[];
  }[];
}

const to = (x: number) => String(x).padStart(2, '0');

export function demoPlan(now: Date): DemoPlan {
  const idag = copenhagenDate(now);
  // "This week and next" are working weeks: on a Saturday or Sunday they are the two coming weeks.
  const mandag = erHverdag(idag)
    ? plusDage(idag, -((ugedag(idag) + 6) % 7))
    : plusDage(idag, ugedag(idag) === 6 ? 2 : 1);
  const hverdage = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11].map((d) => plusDage(mandag, d));
  const fremtidigeHverdage = hverdage.filter((d) => d > idag);
  const forbi = (instant: Date) => instant.getTime() <= now.getTime();
  /** An instant `dage` days before now (never after it), at a working hour. */
  const foer = (dage: number, time = 10) =>
    new Date(Math.min(koebenhavnTid(plusDage(idag, -dage), time, 0).getTime(), now.getTime() - 60_000));

  // One meeting at a time per jobcentre and half hour, like one caseworker's calendar; the existing demo meetings
  // of today (seedDemoSager) keep their hours.
  const optaget = new Set<string>([`22300 ${idag} 9:0`, `22300 ${idag} 10:0`, `22300 ${idag} 11:0`]);
  // seedDemoSager's offers of 22300: the next five days at 9, 10 and 13.
  for (let d = 1; d <= 5; d++) for (const h of [9, 10, 13]) optaget.add(`22300 ${plusDage(idag, d)} ${h}:0`);
  optaget.add(`22301 ${idag} 12:0`);
  optaget.add(`10100 ${idag} 13:0`);
  const ledigTid = (t: Terning, jobcenter: string, dato: string): [number, number] | null => {
    const tider: [number, number][] = [];
    for (let h = 8; h <= 15; h++) for (const m of [0, 30]) if (!(h === 8 && m === 0)) tider.push([h, m]);
    for (const [h, m] of t.bland(tider)) {
      const noegle = `${jobcenter} ${dato} ${h}:${m}`;
      if (!optaget.has(noegle)) {
        optaget.add(noegle);
        return [h, m];
      }
    }
    return null;
  };

  // Mødetilbud: future working days of this week and next, at hours no e2e journey uses (those pick 07:00–08:45).
  const moedetilbud: Prisma.MoedetilbudCreateManyInput[] = [];
  const tilbudPlaner: [JobcenterInfo['nummer'], number, number, number[]][] = [
    ['22300', 11, 0, [1, 2, 8]],
    ['22300', 14, 30, [1, 2, 8]],
    ['22301', 10, 30, [1, 2]],
    ['10100', 9, 30, [1, 2, 8]],
    ['10100', 13, 30, [2, 8]],
  ];
  for (const [nummer, time, minut, former] of tilbudPlaner) {
    const jc = JOBCENTRE[nummer];
    for (const dato of fremtidigeHverdage) {
      optaget.add(`${nummer} ${dato} ${time}:${minut}`);
      moedetilbud.push({
        id: demoId(`moedetilbud:${nummer}:${dato}:${time}:${minut}`),
        jobcenterNummer: nummer,
        start: koebenhavnTid(dato, time, minut),
        slut: koebenhavnTid(dato, time, minut + 30),
        moedeformer: former,
        adresse: former.includes(1) ? jc.adresse : null,
        lokationsuddybning: former.includes(1) ? (jc.lokaler[0] as string) : null,
        digitaltMoedelink: former.includes(8) ? `${jc.moedelink}/tilbud` : null,
        oprettetAf: nummer === '22300' ? 'Mødeplanlægger, Jobcenter Hørsholm' : jc.sagsbehandler.brugernavn,
        createdAt: foer(3),
      });
    }
  }
  const ledigeTilbud = (nummer: string) => moedetilbud.filter((m) => m.jobcenterNummer === nummer);
  const bookede = new Set<string>();

  const brugteNavne = new Set<string>();
  const iGruppe = new Map<number, number>();
  const borgere: DemoPlan['borgere'] = [];

  PROFILER.forEach((profil, index) => {
    const jc = JOBCENTRE[profil.jobcenter];
    const f = fag(profil.fag);
    const kg = profil.kontaktgruppe;
    const nr = iGruppe.get(kg) ?? 0;
    iGruppe.set(kg, nr + 1);
    // Two dice per citizen: who the citizen is never depends on the day; what happens may.
    const p = new Terning(1800 + index);
    const t = new Terning(18_000 + index);

    // Who
    const kvinde = p.chance(0.5);
    let fornavn = '';
    let efternavn = '';
    do {
      fornavn = p.vaelg(kvinde ? FORNAVNE_K : FORNAVNE_M);
      efternavn = p.vaelg(EFTERNAVNE);
    } while (brugteNavne.has(`${fornavn} ${efternavn}`));
    brugteNavne.add(`${fornavn} ${efternavn}`);
    const ung = profil.jobcenter === '22301' || kg === 4 || kg === 5;
    const aar = ung ? p.vaelg([98, 99, 0, 1, 2, 3, 4, 5, 6]) : p.heltal(60, 97);
    const maaned = p.heltal(1, 12);
    const dag = p.heltal(1, 28);
    // Serial 18nn: synthetic, distinct from seedDemoSager's 900n and from each other.
    const cpr = `${to(dag)}${to(maaned)}${to(aar)}18${to(index)}`;
    const ledigDage = kg === 7 ? p.heltal(200, 700) : p.vaelg([40, 75, 120, 160, 200, 260, 330, 420, 540]);
    const ledighedsdato = plusDage(idag, -ledigDage);
    const akasseKode = kg === 1 || (kg === 7 && p.chance(0.4)) ? p.vaelg(['AK01', 'AK02']) : null;
    const borgerId = demoId(`borger:${cpr}`);
    const oprettet = foer(Math.min(ledigDage, 400), 9);
    const mobilnummer = p.chance(0.6)
      ? `${p.vaelg(['2', '3', '4', '5', '6'])}${p.heltal(1_000_000, 9_999_999)}`
      : null;

    const historik: Prisma.BorgerHistorikCreateManyInput[] = [];
    const hist = (tidspunkt: Date, type: string, beskrivelse: string, af = jc.sagsbehandler.brugernavn) =>
      historik.push({
        borgerId,
        tidspunkt,
        type,
        beskrivelse,
        myndighedType: af === 'Jobnet' ? 'system' : 'jobcenter',
        myndighedKode: af === 'Jobnet' ? 'JOBNET' : jc.myndighedKode,
        myndighedNavn: af === 'Jobnet' ? 'Jobnet' : jc.myndighedNavn,
        aktoer: af,
      });
    hist(oprettet, 'BORGER_OPRETTET', 'Oprettet med demodata');

    // CV: most citizens; kontaktgruppe 6 (sygedagpenge) rarely; some CVs not searchable.
    let cv: Prisma.CvCreateManyInput | null = null;
    if (kg !== 6 || nr === 0) {
      const soegbart = !(kg === 6 || kg === 5 || index % 7 === 3);
      const postnummer = t.vaelg(jc.postnumre);
      const senest = t.heltal(0, 2);
      const erfaring = f.erfaring.flatMap((e, i) =>
        e.steder.slice(0, i === 0 ? 2 : 1).map((sted, j) => {
          const slut = plusMaaneder(ledighedsdato, -(i + j) * 30 - senest);
          return { titel: e.titel, sted, fra: plusMaaneder(slut, -t.heltal(10, 40)), til: slut };
        }),
      );
      const udd = f.uddannelse;
      const uddSlut = plusMaaneder(idag, -12 * (udd.aar + t.heltal(0, 6)));
      const kompetencer = t.bland(f.kompetencer).slice(0, t.heltal(3, f.kompetencer.length));
      cv = {
        borgerId,
        myndighedKode: jc.myndighedKode,
        kontaktgruppe: kg,
        overskrift: f.overskrift,
        jobOensker: f.jobOensker.slice(0, t.heltal(1, f.jobOensker.length)),
        kompetencer,
        erfaring,
        uddannelse: [
          { titel: udd.titel, sted: udd.sted, fra: plusMaaneder(uddSlut, -t.heltal(18, 48)), til: uddSlut },
        ],
        postnummer,
        soegbart,
        opdateret: foer(t.heltal(5, 60)),
      };
      hist(
        cv.opdateret as Date,
        'CV_OPRETTET',
        `CV oprettet: ${f.overskrift}${soegbart ? '' : ' (ikke søgbart)'}`,
      );
    }

    // Plan: indsatser of every state (active, planned, ended by the caseworker or VITAS, run out)
    const indsatser: Prisma.IndsatsCreateManyInput[] = [];
    const indsatsTyper =
      kg === 7
        ? ['LOENTILSKUD', 'MENTOR', 'VIRKSOMHEDSPRAKTIK']
        : ung
          ? ['VEJLEDNING_OPKVALIFICERING', 'MENTOR', 'VOKSENLAERLING', 'VIRKSOMHEDSPRAKTIK']
          : ['VIRKSOMHEDSPRAKTIK', 'LOENTILSKUD', 'VEJLEDNING_OPKVALIFICERING', 'NYTTEINDSATS'];
    const antalIndsatser = kg === 6 ? 0 : index % 5 === 4 ? 0 : t.heltal(1, 3);
    for (let i = 0; i < antalIndsatser; i++) {
      const type = t.vaelg(indsatsTyper);
      const tilstand = (index + i) % 5;
      let startdato: string;
      let slutdato: string | null;
      let ophoer: { dato: string; aarsag: number; af: string } | null = null;
      if (tilstand === 0 || tilstand === 3) {
        startdato = plusDage(idag, -t.heltal(10, 60));
        slutdato = tilstand === 3 ? null : plusDage(idag, t.heltal(20, 90));
      } else if (tilstand === 1) {
        startdato = plusDage(idag, t.heltal(5, 30));
        slutdato = plusDage(startdato, t.heltal(28, 90));
      } else if (tilstand === 2) {
        startdato = plusDage(idag, -t.heltal(90, 200));
        slutdato = plusDage(startdato, 84);
        const vitas = type === 'VIRKSOMHEDSPRAKTIK' || type === 'LOENTILSKUD';
        ophoer = vitas
          ? { dato: plusDage(startdato, 84), aarsag: 15, af: 'VITAS' }
          : {
              dato: plusDage(startdato, t.heltal(14, 60)),
              aarsag: t.vaelg([1, 4, 11]),
              af: jc.sagsbehandler.brugernavn,
            };
      } else {
        startdato = plusDage(idag, -t.heltal(120, 240));
        slutdato = plusDage(startdato, t.heltal(28, 60));
      }
      const oprettetTid = foer(
        Math.max(1, Math.round((Date.parse(idag) - Date.parse(startdato)) / DAG_MS) + 7),
      );
      indsatser.push({
        id: demoId(`indsats:${cpr}:${i}`),
        borgerId,
        jobcenterNummer: jc.nummer,
        type,
        startdato: dbDato(startdato),
        slutdato: slutdato ? dbDato(slutdato) : null,
        ophoerDato: ophoer ? dbDato(ophoer.dato) : null,
        ophoersaarsag: ophoer?.aarsag ?? null,
        ophoertAf: ophoer?.af ?? null,
        oprettetAf: jc.sagsbehandler.brugernavn,
        createdAt: oprettetTid,
      });
      hist(
        oprettetTid,
        'INDSATS_OPRETTET',
        `${indsatstypeNavn(type)} fra ${startdato}${slutdato ? ` til ${slutdato}` : ''}`,
      );
    }

    // Joblog (R13: kontaktgrupper 1, 2, 7 have the requirement): this month and the three before, some short of it.
    const joblog: Prisma.JoblogPostCreateManyInput[] = [];
    if (kg === 1 || kg === 2 || kg === 7 || (kg === 3 && nr === 0)) {
      const flittig = t.chance(0.7);
      for (let m = 3; m >= 0; m--) {
        const foersteDag = `${plusMaaneder(idag, -m).slice(0, 7)}-01`;
        const sidsteDag = m === 0 ? idag : plusDage(`${plusMaaneder(idag, -m + 1).slice(0, 7)}-01`, -1);
        const dage = Math.round((Date.parse(sidsteDag) - Date.parse(foersteDag)) / DAG_MS);
        const antal =
          m === 0 ? t.heltal(0, Math.min(4, dage + 1)) : flittig ? t.heltal(3, 7) : t.heltal(0, 3);
        for (let i = 0; i < antal; i++) {
          const dato = plusDage(foersteDag, t.heltal(0, dage));
          const stilling = t.vaelg(f.jobOensker);
          const virksomhed = t.vaelg(JOBLOG_VIRKSOMHEDER[f.noegle] ?? ALMINDELIGE_ARBEJDSGIVERE);
          joblog.push({
            id: demoId(`joblog:${cpr}:${m}:${i}`),
            borgerId,
            stillingsbetegnelse: stilling,
            virksomhed,
            submissionDate: dbDato(dato),
            submissionDeadlineDate: t.chance(0.6) ? dbDato(plusDage(dato, t.heltal(3, 21))) : null,
            createdAt: new Date(
              Math.min(
                koebenhavnTid(dato, t.heltal(8, 21), t.heltal(0, 59)).getTime(),
                now.getTime() - 60_000,
              ),
            ),
          });
        }
      }
    }

    // Kontaktpersoner of two myndigheder: the jobcentre's and, for members, the a-kasse's.
    const kontaktpersoner: DemoPlan['borgere'][number]['kontaktpersoner'] = [];
    const kontaktNavn = () => `${t.vaelg([...FORNAVNE_K, ...FORNAVNE_M])} ${t.vaelg(EFTERNAVNE)}`;
    const mail = (navn: string) =>
      (navn.split(' ')[0] ?? navn)
        .toLowerCase()
        .replaceAll('æ', 'ae')
        .replaceAll('ø', 'oe')
        .replaceAll('å', 'aa');
    if (index % 6 !== 5) {
      const navn = jc.sagsbehandler.navn;
      kontaktpersoner.push({
        id: demoId(`kontaktperson:${cpr}:jobcenter`),
        borgerId,
        myndighed: { type: 'jobcenter', kode: jc.myndighedKode },
        navn,
        rolle: ung ? 'Ungevejleder' : 'Jobkonsulent',
        telefon: `${jc.telefon}${t.heltal(0, 9)} ${to(t.heltal(10, 99))}`,
        email: `${jc.sagsbehandler.brugernavn}@${jc.mailDomaene}`,
        createdAt: oprettet,
        updatedAt: oprettet,
      });
      if (kg === 3 || kg === 7 || (ung && t.chance(0.5))) {
        const navn2 = kontaktNavn();
        kontaktpersoner.push({
          id: demoId(`kontaktperson:${cpr}:mentor`),
          borgerId,
          myndighed: { type: 'jobcenter', kode: jc.myndighedKode },
          navn: navn2,
          rolle: kg === 7 ? 'Virksomhedskonsulent' : 'Mentor',
          telefon: `${jc.telefon}${t.heltal(0, 9)} ${to(t.heltal(10, 99))}`,
          email: null,
          createdAt: foer(20),
          updatedAt: foer(20),
        });
      }
      hist(oprettet, 'KONTAKTPERSON_OPRETTET', `Kontaktperson ${navn} oprettet`);
    }
    if (akasseKode) {
      const navn = kontaktNavn();
      kontaktpersoner.push({
        id: demoId(`kontaktperson:${cpr}:akasse`),
        borgerId,
        myndighed: { type: 'akasse', kode: akasseKode },
        navn,
        rolle: 'A-kasserådgiver',
        telefon:
          akasseKode === 'AK01' ? `70 20 30 ${to(t.heltal(10, 99))}` : `70 11 22 ${to(t.heltal(10, 99))}`,
        email: `${mail(navn)}@${akasseKode === 'AK01' ? 'akasse-nord.dk' : 'akasse-syd.dk'}`,
        createdAt: foer(30),
        updatedAt: foer(30),
      });
    }

    const skabeloner = FRAVAER[kg]?.[nr % (FRAVAER[kg]?.length ?? 1)] ?? [];
    const maaSelvbooke = !skabeloner.some((s) => s.aarsag === 57 && s.tid !== 'fortid');

    // Meetings: the past with an outcome, last days without one, this week and next; some chosen, cancelled or
    // self-booked. Every meeting has its versions (1 created, then each change) as the API writes them.
    const indkaldelser: Prisma.IndkaldelseCreateManyInput[] = [];
    const indkaldelseVersioner: Prisma.IndkaldelseVersionCreateManyInput[] = [];
    const valg: Prisma.MoededeltagelsesvalgCreateManyInput[] = [];
    const sb = {
      aktoerType: 'bruger',
      aktoer: jc.sagsbehandler.navn,
      myndighedKode: jc.myndighedKode,
      myndighedNavn: jc.myndighedNavn,
    };
    const moede = (
      n: number,
      dato: string,
      art: {
        udfald?: 'afholdt' | 'udeblevet';
        aflyst?: boolean;
        valgForm?: number;
        tilbud?: Prisma.MoedetilbudCreateManyInput;
      },
    ) => {
      let start: Date;
      let slut: Date;
      if (art.tilbud) {
        start = art.tilbud.start as Date;
        slut = art.tilbud.slut as Date;
      } else {
        const tid = ledigTid(t, jc.nummer, dato);
        if (!tid) return;
        start = koebenhavnTid(dato, tid[0], tid[1]);
        slut = koebenhavnTid(dato, tid[0], tid[1] + (t.chance(0.3) ? 45 : 30));
      }
      const id = demoId(`indkaldelse:${cpr}:${n}`);
      let moedeform: number;
      if (art.tilbud) moedeform = (art.tilbud.moedeformer as number[])[0] as number;
      else if (kg === 6) moedeform = 9;
      else moedeform = t.vaelg([1, 1, 1, 2, 2, 8]);
      const personligt = !art.tilbud && moedeform === 1 && !art.valgForm && t.chance(0.12);
      const samtaletype = t.chance(0.7) ? 7 : 4;
      const oprettetTid = art.tilbud
        ? new Date(Math.min(now.getTime() - 60_000, start.getTime() - 2 * DAG_MS))
        : new Date(Math.min(now.getTime() - 60_000, start.getTime() - t.heltal(7, 21) * DAG_MS));
      const raekke: Prisma.IndkaldelseCreateManyInput = {
        id,
        borgerId,
        jobcenterNummer: jc.nummer,
        samtaletype,
        start,
        slut,
        moedeform,
        adresse: moedeform === 1 ? (art.tilbud?.adresse ?? jc.adresse) : null,
        lokationsuddybning:
          moedeform === 1
            ? art.tilbud
              ? (art.tilbud.lokationsuddybning ?? null)
              : t.chance(0.75)
                ? t.vaelg(jc.lokaler)
                : null
            : null,
        digitaltMoedelink: moedeform === 8 ? `${jc.moedelink}/${id.slice(0, 8)}` : null,
        personligtFremmoedePaakraevet: personligt,
        begrundelse: personligt ? 'Borgeren skal underskrive aftale om virksomhedspraktik ved mødet' : null,
        selvbooket: !!art.tilbud,
        moedetilbudId: art.tilbud && !art.aflyst ? (art.tilbud.id as string) : null,
        oprettetAf: art.tilbud ? 'Jobnet' : jc.sagsbehandler.brugernavn,
        createdAt: oprettetTid,
        version: 1,
      };
      const versioner: Prisma.IndkaldelseVersionCreateManyInput[] = [
        {
          indkaldelseId: id,
          version: 1,
          aendringstype: 1,
          tidspunkt: oprettetTid,
          aendringer: [],
          ...(art.tilbud ? JOBNET : sb),
        },
      ];
      hist(
        oprettetTid,
        art.tilbud ? 'MOEDE_SELVBOOKET' : 'INDKALDELSE_OPRETTET',
        `${art.tilbud ? 'Selvbooket' : 'Indkaldt til'} ${samtaletype === 7 ? 'jobsamtale' : 'opfølgningssamtale'} ${copenhagenDate(start)}`,
        art.tilbud ? 'Jobnet' : jc.sagsbehandler.brugernavn,
      );
      if (art.valgForm && !personligt) {
        const valgTid = new Date(Math.min(now.getTime() - 30_000, oprettetTid.getTime() + DAG_MS));
        raekke.valgMoedeform = art.valgForm;
        raekke.valgRegistreretAf = 'Jobnet';
        raekke.valgRegistreretTidspunkt = valgTid;
        const aendringer = ['moededeltagelsesvalg'];
        if (art.valgForm === 8 && !raekke.digitaltMoedelink) {
          raekke.digitaltMoedelink = `${jc.moedelink}/${id.slice(0, 8)}`;
          aendringer.push('digitaltMoedelink');
        }
        raekke.version = (raekke.version as number) + 1;
        versioner.push({
          indkaldelseId: id,
          version: raekke.version as number,
          aendringstype: 2,
          tidspunkt: valgTid,
          aendringer,
          ...JOBNET,
        });
        valg.push({
          indkaldelseId: id,
          moedeform: art.valgForm,
          registreret: valgTid,
          aktoer: 'Jobnet',
          myndighedKode: 'JOBNET',
          myndighedNavn: 'Jobnet',
        });
        hist(
          valgTid,
          'MOEDEDELTAGELSESVALG',
          `Borgeren har valgt mødeform ${art.valgForm === 2 ? 'Telefon' : 'Digitalt møde'}`,
          'Jobnet',
        );
      }
      if (art.aflyst) {
        const aflystTid = new Date(Math.min(now.getTime() - 20_000, oprettetTid.getTime() + 2 * DAG_MS));
        raekke.aflyst = true;
        raekke.aflysningsaarsag = t.vaelg([
          'Borgeren er syg',
          'Sagsbehandler er forhindret',
          'Borgeren er startet i job',
        ]);
        raekke.aflystTidspunkt = aflystTid;
        raekke.version = (raekke.version as number) + 1;
        versioner.push({
          indkaldelseId: id,
          version: raekke.version as number,
          aendringstype: 3,
          tidspunkt: aflystTid,
          aendringer: ['aflyst'],
          ...sb,
        });
        hist(
          aflystTid,
          'INDKALDELSE_AFLYST',
          `Mødet ${copenhagenDate(start)} aflyst: ${raekke.aflysningsaarsag}`,
        );
      } else if (art.udfald && forbi(slut)) {
        const udfaldTid = new Date(Math.min(now.getTime() - 10_000, slut.getTime() + 3_600_000));
        raekke.udfald = art.udfald;
        raekke.udfaldKommentar =
          art.udfald === 'afholdt'
            ? t.vaelg([
                'Gennemgik joblog og CV. Aftalt at søge mindst fire stillinger om ugen inden for faget.',
                'Talt om virksomhedspraktik. Borgeren undersøger selv muligheder i lokalområdet.',
                'Borgeren er motiveret. Næste skridt: jobsøgningskursus og opdatering af CV.',
                'Helbredet drøftet. Aftalt opfølgning om fire uger og kontakt til mentor.',
              ])
            : null;
        raekke.udfaldRegistreretAf = jc.sagsbehandler.navn;
        raekke.udfaldTidspunkt = udfaldTid;
        raekke.version = (raekke.version as number) + 1;
        versioner.push({
          indkaldelseId: id,
          version: raekke.version as number,
          aendringstype: 2,
          tidspunkt: udfaldTid,
          aendringer: ['udfald'],
          ...sb,
        });
        hist(
          udfaldTid,
          art.udfald === 'afholdt' ? 'MOEDE_AFHOLDT' : 'MOEDE_UDEBLEVET',
          `Mødet ${copenhagenDate(start)}: ${art.udfald}`,
        );
      }
      indkaldelser.push(raekke);
      indkaldelseVersioner.push(...versioner);
    };

    if (!(kg === 6 && nr > 0)) {
      const retTilValg = (dato: string) => plusMaaneder(ledighedsdato, 6) <= dato;
      // The past, with an outcome (mostly held)
      const fortid = t.heltal(1, 2);
      for (let i = 0; i < fortid; i++) {
        const dato = plusDage(mandag, -7 * t.heltal(2, 8) + t.heltal(0, 4));
        moede(i, dato, { udfald: t.chance(0.8) ? 'afholdt' : 'udeblevet' });
      }
      // The last working days: a few without a recorded outcome yet
      if (index % 5 === 1) {
        let dato = plusDage(idag, -1);
        while (!erHverdag(dato)) dato = plusDage(dato, -1);
        moede(5, dato, {});
      }
      // This week and next (a day of this week that has passed gets no outcome: "past without an outcome")
      const tilbud =
        akasseKode && kg === 1 && maaSelvbooke
          ? ledigeTilbud(jc.nummer).find((m) => !bookede.has(m.id as string))
          : undefined;
      if (tilbud && index % 2 === 0) {
        bookede.add(tilbud.id as string);
        moede(10, copenhagenDate(tilbud.start as Date), { tilbud });
      } else {
        const dato = t.vaelg(hverdage);
        const form = retTilValg(dato) && t.chance(0.35) ? t.vaelg([2, 8]) : undefined;
        // A day of this week before today mostly has its outcome recorded; today's and the last ones not yet.
        const udfald =
          dato < plusDage(idag, -1) && t.chance(0.8)
            ? ({ udfald: t.chance(0.85) ? 'afholdt' : 'udeblevet' } as const)
            : {};
        moede(10, dato, { ...(form ? { valgForm: form } : {}), ...udfald, aflyst: index % 9 === 4 });
      }
      // Today, on a working day, for a few of Hørsholm's citizens
      if (erHverdag(idag) && jc.nummer === '22300' && index % 6 === 0) moede(11, idag, {});
    }

    // Fravær of the kontaktgruppe, past, current and future, with their versions
    const fravaer: Prisma.FravaerCreateManyInput[] = [];
    const fravaerVersioner: Prisma.FravaerVersionCreateManyInput[] = [];
    skabeloner.forEach((s, i) => {
      const id = demoId(`fravaer:${cpr}:${i}`);
      let startdato: string;
      let slutdato: string | null;
      if (s.tid === 'fortid') {
        startdato = plusDage(idag, -t.heltal(40, 120));
        slutdato = plusDage(startdato, t.heltal(5, 25));
      } else if (s.tid === 'nu') {
        startdato = plusDage(idag, -t.heltal(3, 20));
        slutdato =
          s.aarsag === 11 || s.aarsag === 57 || s.aarsag === 56 ? null : plusDage(idag, t.heltal(10, 40));
      } else {
        startdato = plusDage(idag, t.heltal(9, 30));
        slutdato = plusDage(startdato, t.heltal(5, 21));
      }
      const oprettetTid = foer(
        Math.max(1, Math.round((Date.parse(idag) - Date.parse(startdato)) / DAG_MS) + 2),
      );
      const kommentar = s.kommentar ?? null;
      const aarsagNavn = findFravaersaarsag(s.aarsag)?.navn ?? `Fravær ${s.aarsag}`;
      const base = {
        fravaerId: id,
        aktoer: jc.sagsbehandler.brugernavn,
        myndighedKode: jc.myndighedKode,
        myndighedNavn: jc.myndighedNavn,
        fravaersaarsag: s.aarsag,
        kommentar,
      };
      let version = 1;
      let endeligSlut = slutdato;
      fravaerVersioner.push({
        ...base,
        version: 1,
        aendringstype: 1,
        tidspunkt: oprettetTid,
        startdato: dbDato(startdato),
        slutdato: slutdato ? dbDato(slutdato) : null,
      });
      hist(
        oprettetTid,
        'FRAVAER_OPRETTET',
        `${aarsagNavn} fra ${startdato}${slutdato ? ` til ${slutdato}` : ' og frem'}`,
      );
      if (s.aendret && slutdato) {
        version += 1;
        endeligSlut = plusDage(slutdato, 7);
        const tid = new Date(Math.min(now.getTime() - 50_000, oprettetTid.getTime() + 3 * DAG_MS));
        fravaerVersioner.push({
          ...base,
          version,
          aendringstype: 2,
          tidspunkt: tid,
          startdato: dbDato(startdato),
          slutdato: dbDato(endeligSlut),
        });
        hist(tid, 'FRAVAER_AENDRET', `${aarsagNavn}: slutdato ændret til ${endeligSlut}`);
      }
      if (s.slettet) {
        version += 1;
        const tid = new Date(Math.min(now.getTime() - 40_000, oprettetTid.getTime() + DAG_MS));
        fravaerVersioner.push({
          ...base,
          version,
          aendringstype: 3,
          tidspunkt: tid,
          startdato: dbDato(startdato),
          slutdato: endeligSlut ? dbDato(endeligSlut) : null,
          berigtigelseskommentar: FRAVAER_SLETTET_BEGRUNDELSE,
        });
        hist(tid, 'FRAVAER_SLETTET', `${aarsagNavn} slettet: ${FRAVAER_SLETTET_BEGRUNDELSE}`);
      }
      fravaer.push({
        id,
        borgerId,
        jobcenterNummer: jc.nummer,
        fravaersaarsag: s.aarsag,
        startdato: dbDato(startdato),
        slutdato: endeligSlut ? dbDato(endeligSlut) : null,
        kommentar,
        slettet: !!s.slettet,
        version,
        createdAt: oprettetTid,
      });
    });

    borgere.push({
      borger: {
        id: borgerId,
        cpr,
        fornavn,
        efternavn,
        kontaktgruppe: kg,
        ledighedsdato: dbDato(ledighedsdato),
        jobcenterNummer: jc.nummer,
        akasseKode,
        dagpengeretFra: akasseKode && kg === 1 ? dbDato(ledighedsdato) : null,
        mobilnummer,
        createdAt: oprettet,
      },
      cv,
      indsatser,
      joblog,
      kontaktpersoner,
      indkaldelser,
      indkaldelseVersioner,
      valg,
      fravaer,
      fravaerVersioner,
      historik,
    });
  });

  // Companies and jobordrer
  const { virksomheder, konfliktvarsler } = demoVirksomheder(now, idag);
  const jobordrer = demoJobordrer(borgere, idag, foer);
  return { moedetilbud, borgere, virksomheder, konfliktvarsler, jobordrer };
}

const ALMINDELIGE_ARBEJDSGIVERE = [
  'Coop Danmark',
  'Salling Group',
  'ISS Facility Services',
  'Hørsholm Kommune',
  'Fredensborg Kommune',
  'Region Hovedstaden',
  'Danske Fragtmænd',
  'Rungsted Havn',
];

const JOBLOG_VIRKSOMHEDER: Record<string, string[]> = {
  toemrer: ['Rungsted Tømrer & Snedker ApS', 'MT Højgaard', 'Fredensborg Byg A/S', 'Enemærke & Petersen'],
  murer: ['Øresund Murer og Facade A/S', 'Kokkedal Murerfirma', 'NCC Danmark'],
  elektriker: ['Nørrebro Elektro ApS', 'Bravida Danmark', 'Kemp & Lauritzen', 'Amager El-service'],
  sosu: ['Humlebæk Hjemmepleje ApS', 'Hørsholm Kommune, Hjemmeplejen', 'Plejecenter Sophielund'],
  paedagog: ['Børnehuset Mikkelborg', 'Fredensborg Kommune, Dagtilbud', 'Vuggestuen Solsikken'],
  lager: ['Nivå Lager & Logistik A/S', 'PostNord', 'Dagrofa Logistik', 'Kokkedal Distribution'],
  chauffoer: ['Nordsjællands Fragt ApS', 'Danske Fragtmænd', 'DSV Road'],
  kok: ['Kokkedal Køkken & Kantine ApS', 'Restaurant Strandmøllen', 'ISS Facility Services'],
  butik: ['Kvickly Kokkedal', 'Matas Hørsholm', 'Netto', 'Hørsholm Midtpunkt, Tøjhuset'],
  rengoering: ['Valby Rengøringsservice ApS', 'ISS Facility Services', 'Elite Miljø'],
  kontor: ['Rungsted Revision', 'Advokatfirmaet Strandgaard', 'Hørsholm Kommune, Borgerservice'],
  it: ['Amager IT-Support ApS', 'Netcompany', 'Region Hovedstaden, IT'],
  gartner: ['Kystens Have og Anlæg', 'Hørsholm Kommune, Park og Vej', 'Nivå Planteskole'],
  bager: ['Strandvejens Bageri ApS', 'Lagkagehuset Hørsholm', 'Emmerys'],
};

// Fictitious companies: CVR numbers pass modulus 11 (R23); P-numbers differ from api.md's.

function demoVirksomheder(
  now: Date,
  idag: string,
): { virksomheder: NyVirksomhed[]; konfliktvarsler: NytKonfliktvarsel[] } {
  const login = (dage: number) => new Date(now.getTime() - dage * DAG_MS - 3_600_000).toISOString();
  const bruger = (p: string, n: number, navn: string, aktiv: boolean, dage: number | null) => ({
    id: demoId(`jobag:${p}:${n}`),
    navn,
    aktiv,
    senesteLogin: dage === null ? null : login(dage),
  });
  const virksomheder: NyVirksomhed[] = [
    {
      cvrNummer: '30112237',
      navn: 'Rungsted Tømrer & Snedker ApS',
      pEnheder: [
        {
          pNummer: '1029180001',
          navn: 'Rungsted Tømrer & Snedker ApS',
          vejOgNummer: 'Rungsted Strandvej 98',
          postnummer: '2960',
          by: 'Rungsted Kyst',
          jobagProfil: true,
          brugere: [
            bruger('1029180001', 1, 'Poul Kjær', true, 2),
            bruger('1029180001', 2, 'Anja Kjær', true, 16),
          ],
        },
      ],
    },
    {
      cvrNummer: '30223349',
      navn: 'Øresund Murer og Facade A/S',
      pEnheder: [
        {
          pNummer: '1029180002',
          navn: 'Øresund Murer og Facade A/S, kontor',
          vejOgNummer: 'Gydevang 21',
          postnummer: '2980',
          by: 'Kokkedal',
          jobagProfil: true,
          brugere: [bruger('1029180002', 1, 'Henrik Bruun', true, 6)],
        },
        {
          pNummer: '1029180003',
          navn: 'Øresund Murer og Facade A/S, pladsen',
          vejOgNummer: 'Ellekær 7',
          postnummer: '2980',
          by: 'Kokkedal',
          jobagProfil: false,
          brugere: [],
        },
      ],
    },
    {
      cvrNummer: '30334450',
      navn: 'Humlebæk Hjemmepleje ApS',
      pEnheder: [
        {
          pNummer: '1029180004',
          navn: 'Humlebæk Hjemmepleje ApS',
          vejOgNummer: 'Humlebæk Strandvej 14',
          postnummer: '3050',
          by: 'Humlebæk',
          jobagProfil: true,
          brugere: [bruger('1029180004', 1, 'Birthe Friis', false, 400)],
        },
      ],
    },
    {
      cvrNummer: '30445562',
      navn: 'Nivå Lager & Logistik A/S',
      pEnheder: [
        {
          pNummer: '1029180005',
          navn: 'Nivå Lager & Logistik A/S',
          vejOgNummer: 'Nivå Center 30',
          postnummer: '2990',
          by: 'Nivå',
          jobagProfil: true,
          brugere: [
            bruger('1029180005', 1, 'Claus Vestergaard', true, 1),
            bruger('1029180005', 2, 'Dorte Holm', false, null),
          ],
        },
      ],
    },
    {
      cvrNummer: '30556674',
      navn: 'Kokkedal Køkken & Kantine ApS',
      pEnheder: [
        {
          pNummer: '1029180006',
          navn: 'Kokkedal Køkken & Kantine ApS',
          vejOgNummer: 'Kokkedal Industripark 4',
          postnummer: '2980',
          by: 'Kokkedal',
          jobagProfil: false,
          brugere: [],
        },
      ],
    },
    {
      cvrNummer: '30667786',
      navn: 'Strandvejens Bageri ApS',
      pEnheder: [
        {
          pNummer: '1029180007',
          navn: 'Strandvejens Bageri ApS',
          vejOgNummer: 'Vedbæk Strandvej 341',
          postnummer: '2950',
          by: 'Vedbæk',
          jobagProfil: true,
          brugere: [bruger('1029180007', 1, 'Lise Mortensen', true, 9)],
        },
      ],
    },
    {
      cvrNummer: '30778898',
      navn: 'Nørrebro Elektro ApS',
      pEnheder: [
        {
          pNummer: '1029180008',
          navn: 'Nørrebro Elektro ApS',
          vejOgNummer: 'Nørrebrogade 140',
          postnummer: '2200',
          by: 'København N',
          jobagProfil: true,
          brugere: [bruger('1029180008', 1, 'Ahmed Yilmaz', true, 3)],
        },
      ],
    },
    {
      cvrNummer: '30889908',
      navn: 'Valby Rengøringsservice ApS',
      pEnheder: [
        {
          pNummer: '1029180009',
          navn: 'Valby Rengøringsservice ApS',
          vejOgNummer: 'Valby Langgade 59',
          postnummer: '2500',
          by: 'Valby',
          jobagProfil: false,
          brugere: [],
        },
      ],
    },
  ];
  const konfliktvarsler: NytKonfliktvarsel[] = [
    {
      id: demoId('konfliktvarsel:30445562'),
      cvrNummer: '30445562',
      pNummer: null,
      fraDato: plusDage(idag, -12),
      tilDato: null,
      tekst:
        'Strejke blandt lagerarbejderne varslet af 3F Transport. Overenskomstforhandlingerne er brudt sammen.',
      oprettetAfMyndighed: '223',
      oprettetAf: 'vk22300',
    },
    {
      id: demoId('konfliktvarsel:30667786'),
      cvrNummer: '30667786',
      pNummer: '1029180007',
      fraDato: plusDage(idag, -120),
      tilDato: plusDage(idag, -95),
      tekst: 'Blokade iværksat af 3F Privat Service, Hotel og Restauration. Afblæst efter overenskomst.',
      oprettetAfMyndighed: '223',
      oprettetAf: 'vk22300',
    },
  ];
  return { virksomheder, konfliktvarsler };
}

function demoJobordrer(
  borgere: DemoPlan['borgere'],
  idag: string,
  foer: (dage: number, time?: number) => Date,
): DemoPlan['jobordrer'] {
  const fagFor = new Map<string, string>();
  PROFILER.forEach((p, i) => {
    fagFor.set(borgere[i]?.borger.cpr as string, p.fag);
  });
  const kandidater = (myndighed: string, fagNoegler: string[], antal: number): string[] => {
    const egne = borgere.filter(
      (b) => (b.borger.jobcenterNummer as string).startsWith(myndighed) && b.cv?.soegbart,
    );
    const passende = egne.filter((b) => fagNoegler.includes(fagFor.get(b.borger.cpr) ?? ''));
    const resten = egne.filter((b) => !passende.includes(b));
    return [...passende, ...resten].slice(0, antal).map((b) => b.borger.cpr);
  };
  const ordre = (
    n: number,
    data: {
      titel: string;
      beskrivelse: string;
      cvrNummer: string;
      pNummer: string | null;
      antalStillinger: number;
      ansvarligtJobcenter: string;
      status: number;
      fristDage: number | null;
      oprettetDage: number;
      oprettetAf: string;
    },
    formidlinger: { cpr: string; statusser: number[] }[],
  ) => ({
    jobordre: {
      id: demoId(`jobordre:${n}`),
      titel: data.titel,
      beskrivelse: data.beskrivelse,
      cvrNummer: data.cvrNummer,
      pNummer: data.pNummer,
      antalStillinger: data.antalStillinger,
      ansoegningsfrist: data.fristDage === null ? null : dbDato(plusDage(idag, data.fristDage)),
      ansvarligtJobcenter: data.ansvarligtJobcenter,
      status: data.status,
      version: data.status === 1 ? 1 : 2,
      oprettetAf: data.oprettetAf,
      createdAt: foer(data.oprettetDage, 9),
    },
    formidlinger,
  });
  const [t1, t2, t3] = kandidater('223', ['toemrer'], 3);
  const [m1, m2] = kandidater('223', ['murer'], 2);
  const [s1, s2] = kandidater('223', ['sosu', 'paedagog'], 2);
  const [k1] = kandidater('223', ['kok'], 1);
  const [b1, b2] = kandidater('223', ['bager', 'butik'], 2);
  const [e1, e2] = kandidater('101', ['elektriker', 'it'], 2);
  const [r1] = kandidater('101', ['rengoering'], 1);
  const f = (cpr: string | undefined, statusser: number[]) => (cpr ? [{ cpr, statusser }] : []);
  return [
    ordre(
      1,
      {
        titel: 'Tømrer til renovering af rækkehuse',
        beskrivelse: 'To tømrere til udskiftning af tage og vinduer i Rungsted. Kørekort B er en fordel.',
        cvrNummer: '30112237',
        pNummer: '1029180001',
        antalStillinger: 2,
        ansvarligtJobcenter: '22300',
        status: 1,
        fristDage: 21,
        oprettetDage: 9,
        oprettetAf: 'vk22300',
      },
      [...f(t1, [1]), ...f(t2, [1, 2]), ...f(t3, [2])],
    ),
    ordre(
      2,
      {
        titel: 'Murerarbejdsmand',
        beskrivelse: 'Arbejdsmand til facaderenovering, start hurtigst muligt.',
        cvrNummer: '30223349',
        pNummer: '1029180002',
        antalStillinger: 1,
        ansvarligtJobcenter: '22300',
        status: 1,
        fristDage: 10,
        oprettetDage: 14,
        oprettetAf: 'sb22300',
      },
      [...f(m1, [1, 2]), ...f(m2, [1])],
    ),
    ordre(
      3,
      {
        titel: 'Social- og sundhedshjælper, aften',
        beskrivelse: 'Faste aftenvagter i hjemmeplejen i Humlebæk og Nivå, 28 timer om ugen.',
        cvrNummer: '30334450',
        pNummer: '1029180004',
        antalStillinger: 3,
        ansvarligtJobcenter: '22301',
        status: 1,
        fristDage: 30,
        oprettetDage: 5,
        oprettetAf: 'sb22301',
      },
      [...f(s1, [2]), ...f(s2, [1])],
    ),
    ordre(
      4,
      {
        titel: 'Lagermedarbejder med truckcertifikat',
        beskrivelse:
          'Plukning og varemodtagelse i tre-holdsskift. Virksomheden er konfliktramt: ingen formidling.',
        cvrNummer: '30445562',
        pNummer: '1029180005',
        antalStillinger: 4,
        ansvarligtJobcenter: '22300',
        status: 1,
        fristDage: 14,
        oprettetDage: 20,
        oprettetAf: 'vk22300',
      },
      [],
    ),
    ordre(
      5,
      {
        titel: 'Køkkenmedhjælper i kantine',
        beskrivelse: 'Sat i bero, til kantinen har fået ny kontrakt.',
        cvrNummer: '30556674',
        pNummer: null,
        antalStillinger: 1,
        ansvarligtJobcenter: '22300',
        status: 2,
        fristDage: null,
        oprettetDage: 35,
        oprettetAf: 'sb22300',
      },
      f(k1, [1]),
    ),
    ordre(
      6,
      {
        titel: 'Bagerimedhjælper, morgenvagter',
        beskrivelse: 'Ekspedition og bagning fra kl. 5. Stillingen er besat.',
        cvrNummer: '30667786',
        pNummer: '1029180007',
        antalStillinger: 1,
        ansvarligtJobcenter: '22300',
        status: 3,
        fristDage: -20,
        oprettetDage: 60,
        oprettetAf: 'vk22300',
      },
      [...f(b1, [1, 2, 3]), ...f(b2, [2, 4])],
    ),
    ordre(
      7,
      {
        titel: 'Elektriker til serviceopgaver',
        beskrivelse: 'Service og fejlfinding i boliger på Nørrebro og Østerbro. Egen servicebil.',
        cvrNummer: '30778898',
        pNummer: '1029180008',
        antalStillinger: 2,
        ansvarligtJobcenter: '10100',
        status: 1,
        fristDage: 18,
        oprettetDage: 8,
        oprettetAf: 'sb10100',
      },
      [...f(e1, [2]), ...f(e2, [1])],
    ),
    ordre(
      8,
      {
        titel: 'Rengøringsassistent, erhverv',
        beskrivelse: 'Kontorrengøring morgen og eftermiddag i Valby og Vesterbro.',
        cvrNummer: '30889908',
        pNummer: null,
        antalStillinger: 2,
        ansvarligtJobcenter: '10100',
        status: 1,
        fristDage: 12,
        oprettetDage: 4,
        oprettetAf: 'sb10100',
      },
      f(r1, [1]),
    ),
    ordre(
      9,
      {
        titel: 'Kontorassistent, deltid',
        beskrivelse: 'Fakturering og telefon 20 timer om ugen. Ingen kandidater endnu.',
        cvrNummer: '30112237',
        pNummer: null,
        antalStillinger: 1,
        ansvarligtJobcenter: '22301',
        status: 1,
        fristDage: 25,
        oprettetDage: 2,
        oprettetAf: 'sb22301',
      },
      [],
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

export interface DemodataResultat {
  borgere: number;
  moedetilbud: number;
  virksomheder: number;
  jobordrer: number;
}

/**
 * Writes the demo data that is not there yet (by CPR, id or CVR), in one transaction per kind; never touches
 * api.md's fixtures. Returns what it added.
 */
export async function seedDemodata(prisma: PrismaClient, now: Date = new Date()): Promise<DemodataResultat> {
  const plan = demoPlan(now);
  const resultat: DemodataResultat = { borgere: 0, moedetilbud: 0, virksomheder: 0, jobordrer: 0 };

  const myndigheder = await prisma.myndighed.findMany({ select: { id: true, type: true, kode: true } });
  const myndighedId = (type: string, kode: string) => {
    const m = myndigheder.find((x) => x.type === type && x.kode === kode);
    if (!m) throw new Error(`Demodata: myndighed ${type} ${kode} findes ikke (kør seedDemo først)`);
    return m.id;
  };

  const findesCpr = new Set(
    (
      await prisma.borger.findMany({
        where: { cpr: { in: plan.borgere.map((b) => b.borger.cpr) } },
        select: { cpr: true },
      })
    ).map((b) => b.cpr),
  );
  const nye = plan.borgere.filter((b) => !findesCpr.has(b.borger.cpr));
  const findesTilbud = new Set(
    (
      await prisma.moedetilbud.findMany({
        where: { id: { in: plan.moedetilbud.map((m) => m.id as string) } },
        select: { id: true },
      })
    ).map((m) => m.id),
  );
  const nyeTilbud = plan.moedetilbud.filter((m) => !findesTilbud.has(m.id as string));
  const nyeTilbudIds = new Set(nyeTilbud.map((m) => m.id as string));

  if (nye.length > 0 || nyeTilbud.length > 0) {
    type Lister = Omit<DemoPlan['borgere'][number], 'borger' | 'cv'>;
    const alle = <K extends keyof Lister>(k: K): Lister[K] =>
      nye.flatMap((b) => b[k] as unknown[]) as Lister[K];
    // A self-booked meeting whose offer already existed (an old database) is booked without the offer link.
    // Each demo caseworker is ansvarlig for the citizens of their jobcentre and for their meetings: the ones
    // they summoned, and (as the API does) the ones the citizen booked on Jobnet (ADR 0018).
    const sagsbehandlere = await prisma.bruger.findMany({
      where: { brugernavn: { in: Object.values(JOBCENTRE).map((jc) => jc.sagsbehandler.brugernavn) } },
      select: { id: true, brugernavn: true },
    });
    const ansvarligFor = (jobcenterNummer: string) => {
      const jc = JOBCENTRE[jobcenterNummer as JobcenterInfo['nummer']];
      return sagsbehandlere.find((b) => b.brugernavn === jc?.sagsbehandler.brugernavn)?.id ?? null;
    };
    const indkaldelser = alle('indkaldelser').map((i) => ({
      ...(i.moedetilbudId && !nyeTilbudIds.has(i.moedetilbudId) ? { ...i, moedetilbudId: null } : i),
      ansvarligId: ansvarligFor(i.jobcenterNummer),
    }));
    await prisma.$transaction(async (tx) => {
      if (nyeTilbud.length > 0) await tx.moedetilbud.createMany({ data: nyeTilbud });
      if (nye.length === 0) return;
      await tx.borger.createMany({
        data: nye.map((b) => ({ ...b.borger, ansvarligId: ansvarligFor(b.borger.jobcenterNummer) })),
      });
      await tx.cv.createMany({ data: nye.flatMap((b) => (b.cv ? [b.cv] : [])) });
      const ord = [...new Set(nye.flatMap((b) => (b.cv ? cvOrd(b.cv as Parameters<typeof cvOrd>[0]) : [])))];
      await tx.cvOrd.createMany({ data: ord.map((o) => ({ ord: o })), skipDuplicates: true });
      await tx.indsats.createMany({ data: alle('indsatser') });
      await tx.joblogPost.createMany({ data: alle('joblog') });
      await tx.kontaktperson.createMany({
        data: alle('kontaktpersoner').map(({ myndighed, ...k }) => ({
          ...k,
          myndighedId: myndighedId(myndighed.type, myndighed.kode),
        })),
      });
      await tx.indkaldelse.createMany({ data: indkaldelser });
      await tx.indkaldelseVersion.createMany({
        data: alle('indkaldelseVersioner'),
      });
      await tx.moededeltagelsesvalg.createMany({
        data: alle('valg'),
      });
      await tx.fravaer.createMany({ data: alle('fravaer') });
      await tx.fravaerVersion.createMany({
        data: alle('fravaerVersioner'),
      });
      await tx.borgerHistorik.createMany({ data: alle('historik') });
    });
    resultat.borgere = nye.length;
    resultat.moedetilbud = nyeTilbud.length;
  }

  // Companies through the same functions as api.md's fixtures; an existing company is left as it is.
  const findesCvr = new Set(
    (
      await prisma.virksomhed.findMany({
        where: { cvrNummer: { in: plan.virksomheder.map((v) => v.cvrNummer) } },
        select: { cvrNummer: true },
      })
    ).map((v) => v.cvrNummer),
  );
  for (const virksomhed of plan.virksomheder) {
    if (findesCvr.has(virksomhed.cvrNummer)) continue;
    await upsertVirksomhed(prisma, virksomhed);
    resultat.virksomheder += 1;
  }
  const findesVarsel = new Set(
    (
      await prisma.konfliktvarsel.findMany({
        where: { id: { in: plan.konfliktvarsler.map((k) => k.id) } },
        select: { id: true },
      })
    ).map((k) => k.id),
  );
  for (const varsel of plan.konfliktvarsler) {
    if (!findesVarsel.has(varsel.id)) await upsertKonfliktvarsel(prisma, varsel);
  }

  // Jobordrer with their candidates (citizens looked up by CPR: they may come from an earlier start)
  const findesOrdre = new Set(
    (
      await prisma.jobordre.findMany({
        where: { id: { in: plan.jobordrer.map((j) => j.jobordre.id as string) } },
        select: { id: true },
      })
    ).map((j) => j.id),
  );
  const nyeOrdrer = plan.jobordrer.filter((j) => !findesOrdre.has(j.jobordre.id as string));
  if (nyeOrdrer.length > 0) {
    const cprs = nyeOrdrer.flatMap((j) => j.formidlinger.map((f) => f.cpr));
    const borgerIds = new Map(
      (
        await prisma.borger.findMany({
          where: { cpr: { in: cprs } },
          select: { cpr: true, id: true, jobcenterNummer: true },
        })
      ).map((b) => [b.cpr, b]),
    );
    const virksomhedNavn = new Map(plan.virksomheder.map((v) => [v.cvrNummer, v.navn]));
    await prisma.$transaction(async (tx) => {
      await tx.jobordre.createMany({ data: nyeOrdrer.map((j) => j.jobordre) });
      const formidlinger: Prisma.FormidlingCreateManyInput[] = [];
      const historik: Prisma.FormidlingHistorikCreateManyInput[] = [];
      const borgerHistorik: Prisma.BorgerHistorikCreateManyInput[] = [];
      for (const { jobordre, formidlinger: kandidater } of nyeOrdrer) {
        const jc = JOBCENTRE[jobordre.ansvarligtJobcenter as JobcenterInfo['nummer']];
        const start = (jobordre.createdAt as Date).getTime();
        for (const kandidat of kandidater) {
          const borger = borgerIds.get(kandidat.cpr);
          if (!borger?.jobcenterNummer.startsWith(jc.myndighedKode)) continue;
          const id = demoId(`formidling:${jobordre.id}:${kandidat.cpr}`);
          const tider = kandidat.statusser.map(
            (_, i) =>
              new Date(
                Math.min(now.getTime() - (kandidat.statusser.length - i) * 60_000, start + (i + 1) * DAG_MS),
              ),
          );
          formidlinger.push({
            id,
            jobordreId: jobordre.id as string,
            borgerId: borger.id,
            formidlingsstatus: kandidat.statusser[kandidat.statusser.length - 1] as number,
            version: kandidat.statusser.length,
            createdAt: tider[0] as Date,
          });
          kandidat.statusser.forEach((status, i) => {
            historik.push({
              formidlingId: id,
              formidlingsstatus: status,
              tidspunkt: tider[i] as Date,
              aktoer: jc.sagsbehandler.brugernavn,
              myndighedKode: jc.myndighedKode,
              myndighedNavn: jc.myndighedNavn,
            });
          });
          borgerHistorik.push({
            borgerId: borger.id,
            tidspunkt: tider[0] as Date,
            type: 'FORMIDLING',
            beskrivelse: `Foreslået til jobordre "${jobordre.titel}" hos ${virksomhedNavn.get(jobordre.cvrNummer as string) ?? jobordre.cvrNummer}`,
            myndighedType: 'jobcenter',
            myndighedKode: jc.myndighedKode,
            myndighedNavn: jc.myndighedNavn,
            aktoer: jc.sagsbehandler.brugernavn,
          });
        }
      }
      await tx.formidling.createMany({ data: formidlinger });
      await tx.formidlingHistorik.createMany({ data: historik });
      await tx.borgerHistorik.createMany({ data: borgerHistorik });
    });
    resultat.jobordrer = nyeOrdrer.length;
  }
  return resultat;
}
