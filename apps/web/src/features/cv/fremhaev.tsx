import { soegeord } from '@jobcenter/domain/cv/cv-soegning.rules';
import { Fragment } from 'react';

/**
 * The words to mark in a result: the API's `fremhaev` (the query's words and their spelling variants) and the
 * words of the free text, split as the API splits them. Longest first, so the longest match wins.
 */
export function fremhaevOrd(fremhaev: readonly string[], q?: string): string[] {
  const ord = new Set([...fremhaev.flatMap((f) => soegeord(f)), ...soegeord(q)]);
  return [...ord].sort((a, b) => b.length - a.length);
}

export interface TekstDel {
  tekst: string;
  markeret: boolean;
}

interface DelMedStart extends TekstDel {
  /** Where the part starts in the text: a key that stays the same as long as the text does. */
  start: number;
}

const ORD = /[\p{L}\p{N}]+/gu;

/**
 * A text in parts, with the start of every word that begins with one of `ord` marked (case-insensitive):
 * the search matches word prefixes ("tømrer" finds "Tømrerarbejde"), so the matched prefix is what is marked.
 */
export function fremhaevDele(tekst: string, ord: readonly string[]): TekstDel[] {
  return medStart(tekst, ord).map(({ tekst: del, markeret }) => ({ tekst: del, markeret }));
}

function medStart(tekst: string, ord: readonly string[]): DelMedStart[] {
  if (ord.length === 0) return [{ tekst, markeret: false, start: 0 }];
  const dele: DelMedStart[] = [];
  const tilfoej = (del: string, markeret: boolean, start: number) => {
    if (del === '') return;
    const forrige = dele[dele.length - 1];
    if (forrige && forrige.markeret === markeret) forrige.tekst += del;
    else dele.push({ tekst: del, markeret, start });
  };
  let pos = 0;
  for (const match of tekst.matchAll(ORD)) {
    const start = match.index;
    const lille = match[0].toLocaleLowerCase('da-DK');
    const fundet = ord.find((o) => lille.startsWith(o));
    if (!fundet) continue;
    tilfoej(tekst.slice(pos, start), false, pos);
    tilfoej(tekst.slice(start, start + fundet.length), true, start);
    pos = start + fundet.length;
  }
  tilfoej(tekst.slice(pos), false, pos);
  return dele;
}

/** A text with the matched words in `<mark>`. */
export function Fremhaevet({ tekst, ord }: { tekst: string; ord: readonly string[] }) {
  return (
    <>
      {medStart(tekst, ord).map((del) =>
        del.markeret ? (
          <mark key={del.start}>{del.tekst}</mark>
        ) : (
          <Fragment key={del.start}>{del.tekst}</Fragment>
        ),
      )}
    </>
  );
}
