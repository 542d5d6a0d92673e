// R22: a CPR number is 10 digits (DDMMYY-SSSS accepted) with a valid day and month. The modulus-11
// check must NOT be required: numbers without it have been issued since 1 October 2007.

const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The CPR number without the dash, or null when it is not a valid CPR number (R22). */
export function normalizeCpr(input: string): string | null {
  const match = CPR_PATTERN.exec(input.trim());
  if (!match) return null;
  const [, dd, mm, yy, serial] = match as unknown as [string, string, string, string, string];
  const day = Number(dd);
  const month = Number(mm);
  if (month < 1 || month > 12) return null;
  // The century is not checked (R22), so 29 February is accepted for every year.
  const maxDay = DAYS_IN_MONTH[month - 1] ?? 0;
  if (day < 1 || day > maxDay) return null;
  return `${dd}${mm}${yy}${serial}`;
}

export function isValidCpr(input: string): boolean {
  return normalizeCpr(input) !== null;
}

/** "010190-xxxx": the birth date stays readable, the serial never leaves the server unmasked. */
export function maskCpr(cpr: string): string {
  const normalized = normalizeCpr(cpr) ?? cpr.replace('-', '');
  return `${normalized.slice(0, 6)}-xxxx`;
}
