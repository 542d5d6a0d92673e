// A PostgreSQL `date` comes back from Prisma as midnight UTC; these keep it a calendar date.

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function fromIsoDate(dato: string): Date {
  return new Date(`${dato}T00:00:00Z`);
}
