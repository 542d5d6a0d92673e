// Query building for CV-søgning (R17 and the free text). Pure: the repository turns the result into SQL.

/** The words of a free-text query: letters and digits only, lower-cased, at most 8, each at most 40 long. */
export function soegeord(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2)
    .map((word) => word.slice(0, 40));
  return [...new Set(words)].slice(0, 8);
}

/**
 * A `to_tsquery('danish', …)` text: every query word must match (AND); each word matches itself as a prefix
 * (Danish compounds: "tømrer" finds "tømrerarbejde") or one of its spelling variants from the word list
 * (typo tolerance: "tømer" finds "tømrer"). Input words are already restricted to letters and digits.
 */
export function tsqueryTekst(ord: readonly { ord: string; varianter: readonly string[] }[]): string | null {
  if (ord.length === 0) return null;
  return ord
    .map(({ ord: word, varianter }) => {
      const alternatives = [`${word}:*`, ...varianter.filter((v) => v !== word)];
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}

export interface CvCursor {
  rank: number;
  borgerId: string;
}

/** Keyset cursor: the last row's rank and id, so a page never repeats or skips a row. */
export function encodeCursor(cursor: CvCursor): string {
  // ASCII only (a number and a uuid), so btoa is safe and works in Node and the browser alike.
  return btoa(JSON.stringify([cursor.rank, cursor.borgerId]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function decodeCursor(text: string | undefined): CvCursor | null {
  if (!text) return null;
  try {
    const [rank, borgerId] = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/'))) as [
      unknown,
      unknown,
    ];
    if (typeof rank !== 'number' || !Number.isFinite(rank) || typeof borgerId !== 'string') return null;
    if (!/^[0-9a-f-]{36}$/.test(borgerId)) return null;
    return { rank, borgerId };
  } catch {
    return null;
  }
}

/** The words of a CV that typo tolerance can lead to: lower-case, 3 letters or more. */
export function cvOrd(cv: {
  overskrift: string;
  jobOensker: readonly string[];
  kompetencer: readonly string[];
}): string[] {
  const text = [cv.overskrift, ...cv.jobOensker, ...cv.kompetencer].join(' ').toLowerCase();
  return [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3 && word.length <= 40))];
}
