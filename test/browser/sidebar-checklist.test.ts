import { cellText, selectProject, until, useSession } from '../helpers/browser';

/** Issue 9 §7: the ISR tab is drawn from its declaration alone (sidebar/panels/checklist.ts). */
const s = useSession();

test('the ISR tab: answer a characteristic « en partie », save: the sheet shows the word and the counts follow', async () => {
  await selectProject(s, 'Innovation de rupture', 'P-0002');
  await s.sidebar.getByRole('tab', { name: 'ISR' }).click();
  const item = s.sidebar.locator('fieldset.choices').filter({ hasText: 'Elle se déploie à différentes échelles' });
  // The seed's sentence is the help of its characteristic.
  expect(await item.textContent()).toContain("Elle se déploie à différentes échelles d'action en simultané");
  await item.getByLabel('en partie').check();
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(
    async () => (await cellText(s, 'Innovation de rupture', 'P-0002', 'Elle se déploie à différentes échelles')) === 'en partie',
    'the sheet shows the answer',
  );
  await until(async () => (await cellText(s, 'Innovation de rupture', 'P-0002', 'Caractéristiques en partie')) === '1', 'the count follows');
  expect(await cellText(s, 'Projets', 'P-0002', 'ISR : caractéristiques réunies')).toBe('1');
});
