import type { Request } from 'express';
import { AppError } from './app-error.js';

/** The version a PATCH or DELETE was based on: `If-Match: "3"`. Missing → 428; unreadable → 412. */
export function requireIfMatch(req: Request): number {
  const header = req.headers['if-match'];
  if (header === undefined || header === '') throw new AppError('VERSION_MANGLER');
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match)
    throw new AppError('VERSION_KONFLIKT', {
      detail: 'If-Match skal være versionen i anførselstegn, fx "3"',
    });
  return Number(match[1]);
}

export function assertVersion(current: number, expected: number, what: string): void {
  if (current !== expected) {
    throw new AppError('VERSION_KONFLIKT', {
      detail: `Nogen har ændret ${what}, siden du åbnede den. Se den nyeste version.`,
    });
  }
}

export function etag(version: number): string {
  return `"${version}"`;
}
