import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrevTekst } from '@jobcenter/domain/brev/brev.rules';
import PDFDocument from 'pdfkit';

// DejaVu Sans covers every Danish letter and is embedded (subset) in each letter, so the PDF reads the same on
// any device, as Digital Post requires of an archived letter.
// The files are read once: a letter then parses and subsets them from memory.
const require = createRequire(import.meta.url);
const FONT = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const FONT_FED = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));

export interface BrevPdfInput {
  tekst: BrevTekst;
  afsender: string;
  /** The letter's date line, already in Danish ("Hørsholm, 3. december 2026"). */
  dateret: string;
}

/**
 * The letter as a tagged PDF/UA-style A4 document: a title, a heading per section and paragraphs in reading
 * order, the language Danish, the font embedded. Screen readers in Digital Post read it by its tags.
 */
export function brevPdf({ tekst, afsender, dateret }: BrevPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'da-DK',
    displayTitle: true,
    info: { Title: tekst.titel, Author: afsender, Subject: tekst.titel, Creator: 'Jobcenter' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('brod', FONT);
  doc.registerFont('fed', FONT_FED);

  const dokument = doc.struct('Document');
  doc.addStructure(dokument);
  const afsnit = (
    type: 'H1' | 'H2' | 'P',
    tekst: string,
    skrift: { font: string; size: number; gap: number },
  ) => {
    dokument.add(
      doc.struct(type, {}, () => {
        doc.font(skrift.font).fontSize(skrift.size).text(tekst);
      }),
    );
    doc.moveDown(skrift.gap);
  };

  afsnit('P', `${afsender}\n${dateret}`, { font: 'brod', size: 10, gap: 1.5 });
  afsnit('H1', tekst.titel, { font: 'fed', size: 18, gap: 0.6 });
  afsnit('P', tekst.indledning, { font: 'brod', size: 11, gap: 1 });
  for (const del of tekst.afsnit) {
    afsnit('H2', del.overskrift, { font: 'fed', size: 12, gap: 0.3 });
    for (const linje of del.linjer) afsnit('P', linje, { font: 'brod', size: 11, gap: 0.2 });
    doc.moveDown(0.6);
  }
  dokument.end();
  doc.end();
  return done;
}
