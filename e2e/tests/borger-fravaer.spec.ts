import type { Locator } from '@playwright/test';
import { copenhagenDato, copenhagenInstant, visDato } from '../support/borger-data.js';
import { expect, test } from '../support/fixtures.js';
import { tabTo } from '../support/keyboard.js';

// Issue 4: fravær with its consequences before saving (R8–R12), shown in the person page's status chips.

// A dagpengemodtager (kontaktgruppe 1) in A-kasse Nord.
test.use({ borgerData: { fornavn: 'Sara', efternavnPrefix: 'Fravaer', akasse: 'AK01' } });

test('sb22300 registers sorgorlov with its consequences before saving, and deletes it with a correction', async ({
  sagsbehandler: page,
  borger,
  opretViaApi,
  personside,
  expectNoAxeViolations,
}) => {
  // One meeting within the next two weeks: the fravær's period will cover it.
  const moededag = copenhagenDato(3);
  await opretViaApi(`/api/borgere/${borger.id}/indkaldelser`, {
    samtaletype: 7,
    start: copenhagenInstant(moededag, '10:00'),
    slut: copenhagenInstant(moededag, '10:30'),
    moedeform: 2,
  });

  const kort = await personside('moeder');
  await expect(kort.getByRole('button', { name: 'Selvbookingspligt' })).toBeVisible();
  await expect(kort.getByRole('button', { name: 'Joblog påkrævet' })).toBeVisible();
  await expect(kort.getByRole('button', { name: /Ingen a-dagpenge/ })).toHaveCount(0);
  await expect(kort).toContainText('A-kasse Nord');
  await expect(page.getByRole('tab')).toHaveText([
    /^Møder/,
    /^Fravær/,
    /^Plan/,
    /^Joblog/,
    /^CV/,
    /^Kontaktpersoner/,
    /^Breve og beskeder/,
    /^Historik/,
  ]);
  await expectNoAxeViolations();

  // Every click, choice and field entry counts as one user action, from opening the panel to "Gem".
  let handlinger = 0;
  const klik = async (target: Locator) => {
    handlinger += 1;
    await target.click();
  };
  const udfyld = async (target: Locator, value: string) => {
    handlinger += 1;
    await target.fill(value);
  };
  const vaelg = async (target: Locator, value: string) => {
    handlinger += 1;
    await target.selectOption(value);
  };

  const idag = copenhagenDato(0);
  const slut = copenhagenDato(13);
  await klik(kort.getByRole('link', { name: 'Registrér fravær' }));
  const panel = page.getByRole('region', { name: 'Registrér fravær' });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/borgere/${borger.id}/fravaer\\?registrer=ny$`));
  await expect(panel.getByLabel('Årsag')).toBeFocused();
  await expect(panel.getByLabel('Startdato')).toHaveValue(idag);
  // R10: 78 is never offered.
  await expect(panel.getByLabel('Årsag').locator('option[value="78"]')).toHaveCount(0);
  await vaelg(panel.getByLabel('Årsag'), '79');
  await udfyld(panel.getByLabel('Slutdato (valgfri)'), slut);

  // The consequences, before anything is saved
  const konsekvenser = panel.getByRole('status');
  await expect(konsekvenser).toContainText(`Selvbookingspligt bortfalder fra ${visDato(idag)}`);
  await expect(konsekvenser).toContainText(`Ingen a-dagpenge fra ${visDato(idag)} (sorgorlov)`);
  const flyttes = konsekvenser.getByRole('link', { name: '1 møde i perioden bør flyttes' });
  await expect(flyttes).toHaveAttribute('href', new RegExp(`^/borgere/${borger.id}/moeder\\?flyt=`));
  // R9: when the a-kasse is told (issue 18)
  await expect(konsekvenser).toContainText(
    'A-kasse Nord får besked om fraværet, når du gemmer, og om hver senere ændring eller sletning',
  );
  await expect(konsekvenser).toContainText(`${visDato(moededag)} kl. 10.00–10.30 · Jobsamtale`);
  const ingenEndnu = await page.request.get(`/api/borgere/${borger.id}/fravaer`);
  expect(((await ingenEndnu.json()) as { items: unknown[] }).items).toEqual([]);
  await expectNoAxeViolations();

  await klik(panel.getByRole('button', { name: 'Gem' }));
  await expect(page.getByRole('heading', { name: 'Fraværet er registreret' })).toBeVisible();
  test.info().annotations.push({ type: 'handlinger', description: String(handlinger) });
  expect(handlinger).toBeLessThanOrEqual(6);
  await expect(panel).toBeHidden();

  // The chips follow the new registration
  const fritaget = kort.getByRole('button', { name: /^Fritaget for selvbooking \(Sorgorlov til / });
  await expect(fritaget).toBeVisible();
  await expect(kort.getByRole('button', { name: 'Ingen a-dagpenge (sorgorlov)' })).toBeVisible();
  await expect(kort.getByRole('button', { name: 'Selvbookingspligt' })).toHaveCount(0);
  await tabTo(page, fritaget, 60);
  await expect(
    page.getByRole('tooltip').filter({ hasText: 'fritager for pligten til selv at booke' }),
  ).toBeVisible();
  await fritaget.blur();
  await kort.getByRole('button', { name: 'Ingen a-dagpenge (sorgorlov)' }).hover();
  await expect(page.getByRole('tooltip').filter({ hasText: 'kan ikke modtage a-dagpenge' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Fravær/ })).toHaveText('Fravær 1 aktive eller kommende');

  // The meeting in the period is marked on the Møder tab and offered to be moved (issue 18)
  await page.getByRole('link', { name: '1 møde i perioden bør flyttes' }).click();
  await expect(page).toHaveURL(new RegExp(`/borgere/${borger.id}/moeder\\?flyt=`));
  await expect(page.getByRole('button', { name: 'Flyt mødet' })).toBeFocused();
  await expect(page.getByText(/^Ligger i borgerens fravær \(Sorgorlov /)).toBeVisible();
  await expectNoAxeViolations();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /Ret mødet/ })).toBeVisible();
  await page.getByRole('tab', { name: /^Fravær/ }).click();

  // The fravær in the list, and its history
  const fravaer = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Sorgorlov (79)' }) });
  await expect(fravaer).toContainText(`${visDato(idag)}–${visDato(slut)}`);
  await expect(fravaer).toContainText('Aktiv');
  await fravaer.getByRole('button', { name: /^Historik/ }).click();
  const historik = fravaer.getByRole('table');
  await expect(historik).toContainText('Oprettet');
  await expect(historik).toContainText('sb22300');
  await expect(historik).toContainText(`Sorgorlov (79), ${visDato(idag)}–${visDato(slut)}`);
  await expectNoAxeViolations();

  // Deleting asks for the berigtigelseskommentar inline (R12)
  await fravaer.getByRole('button', { name: /^Slet/ }).click();
  await expect(fravaer.getByLabel('Berigtigelseskommentar')).toBeFocused();
  await fravaer.getByRole('button', { name: 'Bekræft sletning' }).click();
  await expect(fravaer.getByText('Skriv en berigtigelseskommentar')).toBeVisible();
  await expectNoAxeViolations();
  await fravaer.getByLabel('Berigtigelseskommentar').fill('Registreret på den forkerte borger');
  await fravaer.getByRole('button', { name: 'Bekræft sletning' }).click();

  const slettet = page
    .locator('.alert')
    .filter({ has: page.getByRole('heading', { name: 'Fraværet er slettet' }) });
  await expect(slettet).toBeVisible();
  await expect(page.getByText('Borgeren har intet registreret fravær')).toBeVisible();
  // The chips return
  await expect(kort.getByRole('button', { name: 'Selvbookingspligt' })).toBeVisible();
  await expect(kort.getByRole('button', { name: /^Fritaget for selvbooking/ })).toHaveCount(0);
  await expect(kort.getByRole('button', { name: 'Ingen a-dagpenge (sorgorlov)' })).toHaveCount(0);
  // The deletion and its comment stay in the fravær's history
  await slettet.getByRole('button', { name: 'Vis historik' }).click();
  const versioner = slettet.getByRole('table');
  await expect(versioner.getByRole('row')).toHaveCount(3);
  await expect(versioner).toContainText('Slettet');
  await expect(versioner).toContainText('Berigtigelse: Registreret på den forkerte borger');
  await expectNoAxeViolations();

  // And in the citizen's history
  await page.getByRole('tab', { name: 'Historik' }).click();
  await expect(page.getByRole('table')).toContainText('Fravær slettet: Sorgorlov');
});
