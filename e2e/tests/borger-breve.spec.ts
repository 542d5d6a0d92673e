import {
  copenhagenDato,
  copenhagenInstant,
  unikCpr,
  unikEfternavn,
  visDato,
} from '../support/borger-data.js';
import { expect, test } from '../support/fixtures.js';

// Issue 17, "The citizen is told": the letters a meeting writes, the PDF the citizen receives, and the
// meeting's outcome in Mine møder.

const dansk = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant's Copenhagen date ("2026-11-27") and time as the app shows it ("09.30"). */
function copenhagen(instant: Date): { dato: string; tid: string } {
  const dele = Object.fromEntries(dansk.formatToParts(instant).map((p) => [p.type, p.value]));
  return { dato: `${dele.year}-${dele.month}-${dele.day}`, tid: `${dele.hour}.${dele.minute}` };
}

test('a caseworker sees the letters and the reminder, opens the PDF and records the outcome of a past meeting by keyboard', async ({
  sagsbehandler: page,
  opretViaApi,
  expectNoAxeViolations,
}) => {
  // A citizen with a mobile number, created in the form: reminders then go by SMS.
  const efternavn = unikEfternavn('Breve');
  const navn = `Bente ${efternavn}`;
  await page.goto('/borgere/ny');
  await page.getByLabel('CPR-nummer').fill(unikCpr());
  await page.getByLabel('Fornavn').fill('Bente');
  await page.getByLabel('Efternavn').fill(efternavn);
  await page.getByLabel('Kontaktgruppe').selectOption('1');
  await page.getByLabel('Ledighedsdato').fill(copenhagenDato(-240));
  await page.getByLabel('A-kasse (valgfri)').selectOption('AK01');
  await page.getByLabel('Mobilnummer (valgfrit)').fill('20 30 40 50');
  await expect(page.getByText(/påmindelser om møder som SMS/)).toBeVisible();
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: navn })).toBeVisible();
  const kort = page.getByRole('region', { name: navn });
  await expect(kort).toContainText('20 30 40 50');
  const borgerId = /\/borgere\/([^/]+)\//.exec(page.url())?.[1] ?? '';

  // A meeting to come (indkaldelse and reminder) and one that began 90 minutes ago (no letters).
  const moededag = copenhagenDato(3);
  await opretViaApi(`/api/borgere/${borgerId}/indkaldelser`, {
    samtaletype: 7,
    start: copenhagenInstant(moededag, '10:00'),
    slut: copenhagenInstant(moededag, '10:30'),
    moedeform: 1,
    adresse: 'Stationsvej 2, 2970 Hørsholm',
  });
  const start = new Date(Math.floor((Date.now() - 90 * 60_000) / 60_000) * 60_000);
  await opretViaApi(`/api/borgere/${borgerId}/indkaldelser`, {
    samtaletype: 7,
    start: start.toISOString(),
    slut: new Date(start.getTime() + 30 * 60_000).toISOString(),
    moedeform: 2,
  });

  // Breve og beskeder
  await page.getByRole('tab', { name: 'Breve og beskeder' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Breve og beskeder' })).toBeVisible();
  await expect(page).toHaveTitle(`${navn}: Breve og beskeder – Jobcenter`);
  const tabel = page.getByRole('table', { name: /Breve og påmindelser/ });
  const raekker = tabel.getByRole('row');
  await expect(raekker).toHaveCount(3);
  const indkaldelse = raekker.filter({ hasText: 'Indkaldelse' });
  await expect(indkaldelse).toContainText('Digital Post');
  await expect(indkaldelse).toContainText(/Planlagt til|Sendt/);
  const paamindelse = raekker.filter({ hasText: 'Påmindelse' });
  await expect(paamindelse).toContainText('SMS');
  // The reminder goes the day before the meeting, from 09.00 Copenhagen time.
  await expect(paamindelse).toContainText(`Planlagt til ${visDato(copenhagenDato(2))} kl. 09.00`);
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/breve-fane.png', fullPage: true });

  // The PDF, one click away: a new tab with the letter as the citizen receives it.
  const pdf = indkaldelse.getByRole('link', {
    name: /^Åbn PDF: Indkaldelse \(Digital Post\) .*\(åbner i nyt vindue\)$/,
  });
  await expect(pdf).toHaveAttribute('target', '_blank');
  const href = await pdf.getAttribute('href');
  expect(href).toMatch(/^\/api\/breve\/[0-9a-f-]{36}\/pdf$/);
  const svar = await page.request.get(href ?? '');
  expect(svar.status()).toBe(200);
  expect(svar.headers()['content-type']).toBe('application/pdf');
  expect((await svar.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Mine møder, on the past meeting's day: not "Afholdt" until someone says so.
  const { dato, tid } = copenhagen(start);
  await page.goto(`/moeder?dato=${dato}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mine møder' })).toBeVisible();
  const raekke = page.getByRole('row').filter({ has: page.getByRole('link', { name: navn }) });
  await expect(raekke).toContainText('Udfald ikke registreret');
  await expect(page.getByText(/mangler et udfald/)).toBeVisible();
  await expectNoAxeViolations();
  await raekke.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/mine-moeder.png', fullPage: true });

  // By keyboard: the line above the table leads to the meeting's "Afholdt", which asks for the samtalenotat.
  await page.getByRole('button', { name: `${tid} ${navn}` }).focus();
  await page.keyboard.press('Enter');
  await expect(raekke.getByRole('button', { name: `Afholdt: ${navn} kl. ${tid}` })).toBeFocused();
  await page.keyboard.press('Enter');
  const notat = page.getByLabel('Samtalenotat');
  await expect(notat).toBeFocused();
  await page.keyboard.type('Aftalt: to ansøgninger om ugen. Næste skridt: opfølgning om en måned.');
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/mine-moeder-notat.png', fullPage: true });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Registrér som afholdt' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'er registreret som afholdt' })).toBeVisible();
  await expect(raekke).toContainText('Afholdt');
  await expect(raekke).toContainText('Registreret af Signe Bach');
  await expect(raekke).not.toContainText('Udfald ikke registreret');
  await expectNoAxeViolations();

  // A wrong outcome is corrected: she did not come after all. Her a-kasse is told (kontaktgruppe 1).
  await raekke.getByRole('button', { name: `Ret udfald: ${navn}` }).focus();
  await page.keyboard.press('Enter');
  await expect(raekke.getByRole('button', { name: `Afholdt: ${navn} kl. ${tid}` })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(raekke.getByRole('button', { name: `Udeblevet: ${navn} kl. ${tid}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'A-kasse Nord får besked om udeblivelsen' }),
  ).toBeVisible();
  await expect(raekke).toContainText('Udeblevet');
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/mine-moeder-udeblevet.png', fullPage: true });

  // The person page's Møder tab: the same outcome with the meeting, corrected back to Afholdt with a notat there.
  await raekke.getByRole('link', { name: navn }).click();
  await expect(page.getByRole('heading', { level: 1, name: navn })).toBeVisible();
  const moede = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 3, name: new RegExp(`kl\\. ${tid.replace('.', '\\.')}`) }),
  });
  await expect(moede.locator('.badge').filter({ hasText: 'Udeblevet' })).toBeVisible();
  await moede.getByRole('button', { name: /^Ret udfald/ }).focus();
  await page.keyboard.press('Enter');
  await expect(moede.getByRole('button', { name: /^Afholdt/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(moede.getByLabel('Samtalenotat')).toBeFocused();
  await page.keyboard.type(
    'Borgeren kom alligevel, 20 minutter forsinket. Aftalt: praktik hos Hørsholm Byg.',
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(moede.getByRole('status')).toContainText('er registreret som afholdt');
  await expect(moede).toContainText('Samtalenotat');
  await expect(moede).toContainText('Aftalt: praktik hos Hørsholm Byg.');
  await expectNoAxeViolations();
  await moede.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/moeder-fane.png', fullPage: true });
});
