import { brevTekst } from '@jobcenter/domain/brev/brev.rules';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { brevPdf } from './brev-pdf.js';

const tekst = brevTekst({
  type: 'INDKALDELSE',
  jobcenter: { navn: 'Jobcenter Hørsholm', adresse: 'Slotsmarken 1, 2970 Hørsholm', telefon: '48 49 49 49' },
  borger: { navn: 'Søren Ærø Ågård', kontaktgruppe: 1 },
  moede: {
    start: new Date('2026-12-03T08:30:00Z'),
    slut: new Date('2026-12-03T09:00:00Z'),
    samtaletype: 7,
    moedeform: 1,
    adresse: 'Slotsmarken 1, 2970 Hørsholm',
    lokationsuddybning: 'Lokale 2',
    digitaltMoedelink: null,
    personligtFremmoedePaakraevet: false,
    aflysningsaarsag: null,
  },
  retTilValgAfMoedeform: true,
});

describe('the letter as PDF (issue 17)', async () => {
  const pdf = await brevPdf({
    tekst,
    afsender: 'Jobcenter Hørsholm',
    dateret: 'Hørsholm, 27. november 2026',
  });
  const raw = pdf.toString('latin1');

  it('is an A4 PDF whose text reads back with the Danish letters and the meeting in Copenhagen time', async () => {
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    const proxy = await getDocumentProxy(new Uint8Array(pdf));
    const page = await proxy.getPage(1);
    const [, , bredde, hoejde] = page.view;
    expect([Math.round(bredde ?? 0), Math.round(hoejde ?? 0)]).toEqual([595, 842]);
    const { text } = await extractText(proxy, { mergePages: true });
    for (const del of [
      'Kære Søren Ærø Ågård',
      'torsdag den 3. december 2026 kl. 09.30–10.00',
      'Lokale 2',
      'Du kan selv vælge',
    ]) {
      expect(text).toContain(del);
    }
  });

  it('is tagged, in Danish, with its title shown, and embeds its font', async () => {
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(da-DK\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/FontFile2/);
    const { info } = await getMeta(new Uint8Array(pdf));
    expect(info.Title).toBe('Indkaldelse til samtale');
  });
});
