// Calendar arithmetic on ISO dates (YYYY-MM-DD), free of time zones.

function parts(dato: string): [number, number, number] {
  const [y, m, d] = dato.split('-').map(Number);
  return [y as number, m as number, d as number];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds whole months; a day that does not exist in the target month becomes its last day (31.08 + 6 → 28.02). */
export function addMonths(dato: string, months: number): string {
  const [year, month, day] = parts(dato);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whole months from `fra` to `til` (0 when `til` is before `fra`). */
export function wholeMonthsBetween(fra: string, til: string): number {
  if (til < fra) return 0;
  const [fy, fm] = parts(fra);
  const [ty, tm] = parts(til);
  let months = (ty - fy) * 12 + (tm - fm);
  if (addMonths(fra, months) > til) months -= 1;
  return Math.max(0, months);
}

/** An ISO date as Danish text shows it: "2026-11-27" → "27.11.2026". */
export function danskDato(dato: string): string {
  return `${dato.slice(8, 10)}.${dato.slice(5, 7)}.${dato.slice(0, 4)}`;
}
