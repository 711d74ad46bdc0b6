/**
 * The registers of issue 10 from end to end, on the sample company: screen an activity,
 * write and sign off its DPIA, log a breach and watch its 72-hour clock, log a request,
 * attach a signed agreement (PDF) to a processor, write a routine from the standard text
 * and mark it reviewed. axe checks every page and dialog on the way.
 */
import { RISK_KINDS, RISK_KIND_INFO, NECESSITY, NECESSITY_POINTS } from '../../shared/law/dpia-method'
import { onePagePdf } from '../../resources/sample-registers'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { AuditPage } from './pages/audit-page'
import { alertDialog } from './pages/dialogs'
import { pickFile } from './pages/file-chooser'
import { ProcessorsPage } from './pages/register-pages'
import { BreachesPage, DpiaPage, RequestsPage, RoutinesPage } from './pages/registers-logs'
import { StartPage } from './pages/start-page'

/** Today in the browser's time zone, as the date fields show it. */
function todayIso(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
const norwegian = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`

test.beforeEach(async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
})

test('screen an activity, then write its DPIA and sign it off', async ({ page }) => {
  const dpia = new DpiaPage(page)
  await dpia.gotoActivity('Kundeundersøkelser')
  await expect(dpia.screeningResult).toContainText('Resultat: DPIA er ikke påkrevd')
  await dpia.screen(['Evaluering eller poengsetting', 'Behandling i stor skala'], 'Kari Nordmann, personvernombud')
  await expect(dpia.screeningResult).toContainText('Resultat: DPIA er påkrevd.')
  await expect(dpia.screeningResult).toContainText('Oppfyller 2 av kriteriene i WP248')
  await expectNoAxeViolations(page, 'DPIA-siden med forhåndsvurderingen')

  // The screening now requires a DPIA that is not there: the dashboard says so and links here.
  const audit = new AuditPage(page)
  await audit.goto()
  const finding = audit
    .area('Oppdatering og risikovurdering (art. 24 og 35)')
    .getByRole('listitem')
    .filter({ hasText: '«Kundeundersøkelser»: behandlingen er i gang uten vurdering av personvernkonsekvenser' })
  await finding.getByRole('link', { name: 'Åpne DPIA for «Kundeundersøkelser»' }).click()
  await expect(page).toHaveURL(/#\/dpia\/act-kundeundersokelser$/)

  await page.getByRole('button', { name: 'Start DPIA for denne aktiviteten' }).click()
  const doc = dpia.dpia('DPIA: Kundeundersøkelser')
  await expect(doc.getByRole('heading', { name: 'DPIA: Kundeundersøkelser: versjon 1 (Utkast)' })).toBeVisible()
  // Prefilled from the record; what the record cannot say is written here.
  for (const label of ['Behandlingens art', 'Omfang', 'Sammenheng', 'Formål'])
    await dpia.fillIfEmpty(doc, label, 'Spørreundersøkelse på e-post til kunder som har vært i kontakt med kundeservice.')
  for (const p of NECESSITY_POINTS)
    await dpia.fillIfEmpty(doc, `${NECESSITY[p].label.nb} (${NECESSITY[p].article})`, 'Vurdert: bare navn og e-postadresse brukes, og svarene lagres uten navn.')
  for (const k of RISK_KINDS) {
    const risk = doc.getByRole('group', { name: RISK_KIND_INFO[k].label.nb })
    await risk.getByLabel('Sannsynlighet', { exact: true }).selectOption('2')
    await risk.getByLabel('Alvorlighet', { exact: true }).selectOption('1')
    await risk.getByLabel('Sannsynlighet etter tiltakene', { exact: true }).selectOption('1')
    await risk.getByLabel('Alvorlighet etter tiltakene', { exact: true }).selectOption('1')
  }
  await expect(doc.getByRole('img', { name: /^Risikokart/ })).toBeVisible()
  await dpia.field(doc, 'Rådet gitt dato').fill(todayIso())
  await dpia.field(doc, 'Gitt av').fill('Kari Nordmann, personvernombud')
  await dpia.field(doc, 'Rådet').fill('Undersøkelsen kan gjennomføres når svarene lagres uten navn.')
  await dpia.field(doc, 'Følges rådet?').selectOption('yes')
  await dpia.field(doc, 'Hva de mente, eller hvorfor synspunktene ikke er innhentet').fill('Ikke innhentet: risikoen er lav, og undersøkelsen er frivillig.')
  await dpia.field(doc, 'Utfall').selectOption('proceed')
  await dpia.field(doc, 'Begrunnelse').fill('Lav restrisiko for alle tre risikoene.')
  await dpia.field(doc, 'Godkjent av (navn og rolle)').fill('Ola Hansen, administrerende direktør')
  await expect(doc.getByText('Vurderingen kan godkjennes ennå')).toHaveCount(0)
  await expectNoAxeViolations(page, 'DPIA-utkastet')
  await doc.getByRole('button', { name: 'Godkjenn versjon 1' }).click()
  await expect(doc.getByRole('status').filter({ hasText: 'Versjon 1 er godkjent og låst.' })).toBeVisible()
  await expect(doc.getByRole('button', { name: 'Start ny versjon' })).toBeVisible()

  // Signed off, the DPIA answers the screening: the finding is gone.
  await audit.goto()
  await expect(audit.area('Oppdatering og risikovurdering (art. 24 og 35)')).not.toContainText('«Kundeundersøkelser»: behandlingen er i gang')
})

test('log a breach and see its clock, and log a request with its deadline', async ({ page }) => {
  const breaches = new BreachesPage(page)
  await breaches.goto()
  // The sample's three: reported in time, not reportable, reported late.
  await expect(breaches.row('Innlogging med stjålet passord i kundesystemet')).toContainText('Meldt innen fristen')
  await expect(breaches.row('Faktura sendt på e-post til feil kunde')).toContainText('Ikke meldt: vurdert til trolig ingen risiko.')
  await expect(breaches.row('Liste over inkassosaker tilgjengelig for feil leverandør')).toContainText('Meldt etter fristen')
  await expectNoAxeViolations(page, 'avviksloggen')

  await breaches.main.getByRole('link', { name: 'Nytt avvik' }).click()
  // Discovered now: the clock runs from here.
  await expect(breaches.clock).toContainText('igjen')
  await breaches.main.getByLabel('Kort tittel').fill('Minnepinne med lønnsliste mistet')
  await breaches.main.getByLabel('Hva skjedde?').fill('En ukryptert minnepinne med lønnslisten for mars ble mistet på toget.')
  await expectNoAxeViolations(page, 'et nytt avvik')
  await breaches.main.getByRole('button', { name: 'Lagre', exact: true }).click()
  await expect(page).toHaveURL(/#\/breaches\/[^/]+$/)
  await expect(breaches.main.getByRole('heading', { name: 'Minnepinne med lønnsliste mistet', level: 1 })).toBeVisible()
  await expect(breaches.clock).toContainText('Fristen går ut')
  await expect(breaches.clock).toContainText('igjen')
  await breaches.goto()
  await expect(breaches.row('Minnepinne med lønnsliste mistet')).toContainText('Fristen går ut')

  const requests = new RequestsPage(page)
  await requests.goto()
  await expectNoAxeViolations(page, 'henvendelsesloggen')
  await requests.main.getByRole('link', { name: 'Ny henvendelse' }).click()
  await requests.main.getByLabel('Referanse til saken (for eksempel saksnummer)').fill('Sak 2026/200')
  await requests.main.getByLabel('Type krav').selectOption({ label: 'Innsyn (art. 15)' })
  await requests.main.getByLabel('Identiteten er bekreftet').check()
  await expectNoAxeViolations(page, 'en ny henvendelse')
  await requests.main.getByRole('button', { name: 'Lagre', exact: true }).click()
  await expect(page).toHaveURL(/#\/requests\/[^/]+$/)
  await expect(requests.main.getByRole('status', { name: 'Svarfrist' })).toContainText('Frist:')
  await requests.goto()
  await expect(requests.row('Sak 2026/200')).toContainText('Mottatt')
  // The sample's overdue request is marked.
  await expect(requests.row('Sak 2024/147')).toContainText('Forfalt')
})

test('attach a signed agreement to a processor, and write a routine and mark it reviewed', async ({ page }) => {
  const processors = new ProcessorsPage(page)
  await processors.goto()
  await processors.open('Relaywell Inc.')
  const panel = page.getByRole('main').getByRole('region', { name: 'Vedlegg: signert databehandleravtale' })
  await expect(panel).toContainText('Ingen vedlegg.')
  const pdf = onePagePdf('Databehandleravtale – Relaywell Inc.', ['Testfil for Ombud.'])
  await pickFile(page, () => panel.getByRole('button', { name: 'Legg ved fil …' }).click(), {
    name: 'relaywell-avtale.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(pdf),
  })
  await expect(panel.getByRole('status')).toHaveText('«relaywell-avtale.pdf» er lagt ved.')
  await expect(panel.getByRole('listitem')).toContainText('relaywell-avtale.pdf (Signert databehandleravtale')
  await expect(panel.getByRole('button', { name: 'Åpne relaywell-avtale.pdf' })).toBeVisible()
  await expectNoAxeViolations(page, 'databehandleren med vedlegg')

  const routines = new RoutinesPage(page)
  await routines.goto()
  // The sample has routines for requests and breaches; the other three are missing.
  await expect(routines.row('Henvendelser fra de registrerte')).toContainText('Skrevet i Ombud')
  await expect(routines.row('Sletting')).toContainText('Mangler')
  await expectNoAxeViolations(page, 'rutinene')

  await routines.openKind('Sletting')
  await routines.main.getByRole('button', { name: 'Skriv fra standardteksten' }).click()
  const editor = routines.editor('Rutine for sletting')
  await expect(editor.getByLabel('Rutinen (bokmål)')).toHaveValue(/^Personopplysninger skal ikke lagres lenger enn formålet krever/)
  await expect(editor.getByLabel('Rutinen (nynorsk)')).toHaveValue(/^Personopplysningar skal ikkje lagrast lenger/)
  await editor.getByLabel('Ansvarlig').fill('IT-sjefen')
  await expectNoAxeViolations(page, 'en ny rutine fra standardteksten')
  await editor.getByRole('button', { name: 'Lagre', exact: true }).click()
  await expect(routines.main.getByRole('status').filter({ hasText: 'Rutinen er lagret.' })).toBeVisible()

  const saved = routines.editor('Rutine for sletting')
  await expect(saved.getByLabel('Sist gjennomgått')).toHaveValue('')
  await saved.getByRole('button', { name: 'Merk som gjennomgått i dag' }).click()
  await expect(saved.getByRole('status')).toHaveText(`Rutinen er merket som gjennomgått ${norwegian(todayIso())}.`)
  await expect(saved.getByLabel('Sist gjennomgått')).toHaveValue(todayIso())
  await expect(saved.getByLabel('Ansvarlig')).toHaveValue('IT-sjefen')

  // A date after today is refused at the field.
  const tomorrow = new Date(Date.now() + 36 * 3_600_000).toISOString().slice(0, 10)
  if (tomorrow > todayIso()) {
    await saved.getByLabel('Sist gjennomgått').fill(tomorrow)
    await expect(saved.getByText('Datoen kan ikke være senere enn i dag.', { exact: false })).toBeVisible()
    await saved.getByLabel('Sist gjennomgått').fill(todayIso())
  }

  // The delete question is a dialog: checked, then declined.
  await saved.getByRole('button', { name: 'Slett' }).click()
  const dialog = alertDialog(page, 'Slette rutinen?')
  await expect(dialog).toBeVisible()
  await expectNoAxeViolations(page, 'spørsmålet om å slette rutinen')
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(dialog).toBeHidden()

  await routines.goto()
  await expect(routines.row('Sletting')).toContainText('Skrevet i Ombud')
  await expect(routines.row('Sletting')).toContainText(norwegian(todayIso()))

  // The dashboard no longer misses it, and links the routines still missing to their page.
  const audit = new AuditPage(page)
  await audit.goto()
  const review = audit.area('Oppdatering og risikovurdering (art. 24 og 35)')
  await expect(review).not.toContainText('ingen rutine for sletting')
  await review.getByRole('link', { name: 'Åpne rutinen for internkontroll' }).click()
  await expect(page).toHaveURL(/#\/routines\/internal-control$/)
  await expect(routines.main.getByRole('heading', { name: 'Internkontroll', level: 1 })).toBeVisible()
  await expectNoAxeViolations(page, 'en rutine som mangler')
})
