import { Badge, type BadgeVariant } from '../../components/badge';

const jobordreVariant: Record<number, BadgeVariant> = { 1: 'success', 2: 'warning', 3: 'neutral' };

/** A jobordre's status as a label: Åben (green), Midlertidig inaktiv (yellow), Lukket (grey). */
export function JobordreStatusBadge({ status }: { status: { id: number; navn: string } }) {
  return <Badge variant={jobordreVariant[status.id] ?? 'neutral'}>{status.navn}</Badge>;
}

/** A formidlingsstatus in words: calm text, as most candidates are simply "Under vurdering". */
export function Formidlingsstatus({ status }: { status: { id: number; navn: string } }) {
  return <span className="formidlingsstatus">{status.navn}</span>;
}

/** R21, in words and colour, wherever a company's jobordre is shown. */
export function KonfliktramtBadge() {
  return <Badge variant="error">Konfliktramt</Badge>;
}
