import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';

const DATO_TID = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "jobsamtale 03.12.2026 kl. 09.30 (Telefon)": how the history names a meeting. */
export function moedeBeskrivelse(
  indkaldelse: Pick<Indkaldelse, 'samtaletype' | 'start' | 'moedeform'>,
): string {
  const parts = DATO_TID.formatToParts(new Date(indkaldelse.start));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${indkaldelse.samtaletype.navn.toLowerCase()} ${get('day')}.${get('month')}.${get('year')} kl. ${get('hour')}.${get('minute')} (${indkaldelse.moedeform.navn})`;
}
