/**
 * The standard clauses in bokmål. Plain language a customer understands; the legal
 * references are kept where a reader may need them to look the rule up.
 */
import type { ClausePhrases } from './phrases'

export const NB: ClausePhrases = {
  lang: 'nb',
  wordLanguage: 'nb-NO',
  docTitle: (company) => `Personvernerklæring for ${company}`,
  updated: 'Sist oppdatert',
  page: 'Side',
  pageOf: 'av',
  contents: 'Innhold',
  months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  and: 'og',
  missing: (what) => `[mangler i protokollen: ${what}]`,
  missingWhat: {
    company: 'virksomhetens navn',
    purposes: 'formål',
    dataCategories: 'kategorier av personopplysninger',
    basis: 'behandlingsgrunnlag',
    interest: 'den berettigede interessen',
    law: 'lovhjemmel',
    retention: 'lagringstid',
    consequence: 'følgen av å ikke gi opplysningene',
    logic: 'logikken',
    consequences: 'betydningen for den registrerte',
    contact: 'kontaktadresse',
  },
  titles: {
    introduction: 'Om denne personvernerklæringen',
    controller: 'Hvem er behandlingsansvarlig?',
    dpo: 'Personvernombud',
    purposes: 'Hva vi bruker opplysningene til',
    'legitimate-interests': 'Når vi bygger på berettiget interesse',
    sources: 'Opplysninger vi får fra andre',
    recipients: 'Hvem vi deler opplysningene med',
    transfers: 'Overføring til land utenfor EØS',
    retention: 'Hvor lenge vi lagrer opplysningene',
    requirement: 'Må du gi oss opplysningene?',
    'automated-decisions': 'Automatiserte avgjørelser og profilering',
    rights: 'Rettighetene dine',
    'right-access': 'Rett til innsyn',
    'right-rectification': 'Rett til retting',
    'right-erasure': 'Rett til sletting',
    'right-restriction': 'Rett til begrensning av behandlingen',
    'right-portability': 'Rett til dataportabilitet',
    'right-objection': 'Retten til å protestere',
    'consent-withdrawal': 'Du kan trekke tilbake samtykket ditt',
    complaint: 'Klage til Datatilsynet',
    cookies: 'Informasjonskapsler (cookies)',
    changes: 'Endringer i personvernerklæringen',
  },

  introduction: {
    lead: (company) =>
      `Denne erklæringen forklarer hvordan ${company} samler inn og bruker personopplysninger, og hvilke rettigheter du har.`,
    groups: 'Erklæringen gjelder disse gruppene:',
    definition:
      'Personopplysninger er alle opplysninger som kan knyttes til deg, direkte eller indirekte, for eksempel navnet ditt, adressen din eller kundenummeret ditt.',
    law: 'Vi behandler personopplysninger etter personopplysningsloven og personvernforordningen (GDPR).',
  },
  controller: {
    lead: (company) =>
      `${company} er behandlingsansvarlig for personopplysningene som er beskrevet her. Det betyr at vi bestemmer hvorfor og hvordan opplysningene brukes, og at vi har ansvaret for at det skjer i tråd med regelverket.`,
    contact: 'Du kan kontakte oss slik:',
    labels: {
      orgNumber: 'Organisasjonsnummer',
      address: 'Postadresse',
      email: 'E-post',
      phone: 'Telefon',
      website: 'Nettsted',
      customerService: 'Kundeservice',
    },
    representative: 'Vår representant i EØS (personvernforordningen artikkel 27):',
  },
  dpo: {
    lead: 'Vi har et personvernombud som skal se til at vi følger personvernreglene. Du kan kontakte ombudet om alt som gjelder behandlingen av opplysningene dine. Ombudet har taushetsplikt.',
    labels: { name: 'Navn', email: 'E-post', phone: 'Telefon' },
    none: 'Vi har ikke oppnevnt personvernombud. Spørsmål om personvern kan du rette til oss på kontaktopplysningene ovenfor.',
  },
  purposes: {
    lead: 'Tabellen viser hva vi bruker personopplysninger til, hvilke opplysninger vi bruker, hva som gir oss rett til det (behandlingsgrunnlaget etter personvernforordningen artikkel 6), og hvor lenge vi lagrer dem.',
    header: ['Formål', 'Opplysninger', 'Behandlingsgrunnlag', 'Lagringstid'],
    special: 'Særlige kategorier',
    criminal: 'Opplysninger om straffedommer og lovovertredelser',
    specialBasis: 'For særlige kategorier',
    criminalBasis: 'For opplysninger om straffbare forhold',
    lawPrefix: 'jf.',
    newPurpose: 'Hvis vi vil bruke opplysningene til et nytt formål, gir vi deg informasjon om det før vi begynner.',
    none: 'Vi behandler ikke personopplysninger om personer utenfor virksomheten.',
  },
  legitimateInterests: {
    lead: 'For noen behandlinger bygger vi på berettiget interesse (personvernforordningen artikkel 6 nr. 1 bokstav f). Da har vi vurdert at interessen vår veier tyngre enn hensynet til personvernet ditt. Interessene er:',
    objection:
      'Du kan protestere mot disse behandlingene av grunner knyttet til din særlige situasjon, se avsnittet om retten til å protestere. Ta kontakt hvis du vil vite mer om avveiningen vi har gjort.',
    none: 'Vi bruker ikke berettiget interesse som behandlingsgrunnlag.',
  },
  sources: {
    lead: 'Noen opplysninger får vi ikke fra deg selv, men fra andre. Tabellen viser hvor opplysningene kommer fra, og hva slags opplysninger det gjelder.',
    header: ['Kilde', 'Opplysninger', 'Brukes til'],
    kinds: {
      'third-party': 'annen virksomhet',
      'public-register': 'offentlig register',
    },
    none: 'Alle opplysningene vi bruker, får vi fra deg selv.',
  },
  recipients: {
    lead: 'Vi deler bare personopplysninger med andre når vi har grunnlag for det.',
    recipients: 'Opplysninger kan bli utlevert til disse mottakerne:',
    processors:
      'Vi bruker også leverandører som behandler opplysninger på våre vegne (databehandlere). De får bare bruke opplysningene etter våre instrukser, og vi har inngått databehandleravtaler med dem. Leverandørene hjelper oss med:',
    joint: (party, activity) =>
      `Vi er felles behandlingsansvarlige med ${party} for «${activity}». Du kan be om å få hovedinnholdet i avtalen mellom oss.`,
    none: 'Vi deler ikke personopplysninger med andre.',
  },
  transfers: {
    lead: 'Noen mottakere behandler opplysninger i land utenfor EØS. Da sørger vi for at overføringen har et gyldig grunnlag etter personvernforordningen kapittel V.',
    header: ['Mottaker', 'Land', 'Overføringsgrunnlag'],
    module: 'modul',
    derogation: 'unntak',
    fallback: 'Reservegrunnlag',
    copy: (contact) => `Du kan få en kopi av garantiene for overføringen ved å kontakte oss på ${contact}.`,
    adequacy: 'EU-kommisjonens beslutninger om tilstrekkelig beskyttelsesnivå er offentlig tilgjengelige.',
    none: 'Vi overfører ikke personopplysninger til land utenfor EØS.',
    decision: 'beslutning',
  },
  retention: {
    paragraphs: [
      'Vi lagrer ikke personopplysninger lenger enn vi trenger dem til formålet de ble samlet inn for, eller så lenge loven krever det. Lagringstiden for hver behandling, og hva den bygger på, står i tabellen over formålene.',
      'Når lagringstiden er ute, sletter eller anonymiserer vi opplysningene.',
    ],
  },
  requirement: {
    lead: 'For disse behandlingene er det et krav i lov eller avtale at du gir oss opplysninger, eller et vilkår for å inngå en avtale med oss. Her ser du også hva som skjer hvis du ikke gir dem:',
    labels: {
      statutory: 'Lovpålagt',
      contractual: 'Nødvendig for å inngå eller oppfylle avtalen',
      'statutory-and-contractual': 'Lovpålagt og nødvendig for avtalen',
    },
    otherwiseVoluntary: 'For de andre behandlingene er det ikke et krav i lov eller avtale at du gir oss opplysninger.',
    none: 'Det er ikke et krav i lov eller avtale at du gir oss personopplysninger.',
  },
  automated: {
    lead: 'Vi bruker automatiserte avgjørelser eller profilering i disse tilfellene:',
    header: ['Behandling', 'Hvordan det fungerer', 'Hva det betyr for deg'],
    kinds: { decision: 'Automatisert avgjørelse', profiling: 'Profilering', both: 'Automatisert avgjørelse med profilering' },
    humanReview:
      'Når en avgjørelse som har rettsvirkning for deg, eller som påvirker deg i betydelig grad, treffes helt automatisk, har du rett til å få den vurdert av en person hos oss, til å si din mening og til å bestride avgjørelsen.',
    none: 'Vi treffer ingen avgjørelser om deg som utelukkende bygger på automatisert behandling, og vi bruker ikke profilering.',
  },
  rights: {
    paragraphs: [
      'Personvernregelverket gir deg flere rettigheter. Det er gratis å bruke dem. Vi svarer så raskt vi kan, og senest innen én måned. Er saken omfattende, kan fristen forlenges med inntil to måneder til; da sier vi fra innen den første måneden.',
    ],
    howTo: 'Slik går du fram:',
    steps: (contact) => [
      `Send en henvendelse til ${contact}.`,
      'Vi kan be deg bekrefte hvem du er, slik at vi ikke gir opplysninger til feil person.',
      'Du får svar fra oss innen fristen.',
    ],
  },
  rightAccess: [
    'Du kan be om å få vite om vi behandler opplysninger om deg, og i så fall få en kopi av opplysningene. Du har også rett til å få vite hva vi bruker dem til, hvem som har fått dem, hvor lenge vi lagrer dem, og hvor vi har fått dem fra.',
  ],
  rightRectification: ['Hvis opplysningene vi har om deg, er feil eller ufullstendige, kan du be oss rette eller supplere dem.'],
  rightErasure: [
    'Du kan be oss slette opplysninger om deg, for eksempel når vi ikke lenger trenger dem, når du trekker tilbake et samtykke, eller når du har protestert og vi ikke har tungtveiende grunner til å fortsette.',
    'Opplysninger som vi er pålagt å ta vare på, for eksempel fordi loven krever at vi oppbevarer dem, kan vi ikke slette før fristen er ute.',
  ],
  rightRestriction: [
    'Du kan be oss begrense behandlingen av opplysningene dine, for eksempel mens vi undersøker om de er riktige, eller mens vi vurderer en protest fra deg. Da lagrer vi opplysningene, men bruker dem ikke til annet enn det du samtykker til eller det loven tillater.',
  ],
  rightPortability: [
    'Opplysninger du selv har gitt oss, og som vi behandler på grunnlag av samtykke eller avtale, kan du få utlevert i et strukturert og maskinlesbart format. Du kan også be oss sende dem direkte til en annen virksomhet når det er teknisk mulig.',
  ],
  objection: {
    lead: 'Når vi behandler opplysningene dine fordi vi har en berettiget interesse, eller for å utføre en oppgave i allmennhetens interesse (personvernforordningen artikkel 6 nr. 1 bokstav f og e), kan du når som helst protestere mot behandlingen av grunner knyttet til din særlige situasjon.',
    stop: 'Da stanser vi behandlingen, med mindre vi kan påvise tvingende berettigede grunner for behandlingen som går foran dine interesser, rettigheter og friheter, eller den er nødvendig for å fastsette, gjøre gjeldende eller forsvare et rettskrav.',
    marketing:
      'Bruker vi opplysningene dine til direkte markedsføring, kan du når som helst protestere mot det, også mot profilering som er knyttet til slik markedsføring. Du trenger ikke begrunne protesten: Vi slutter da alltid å bruke opplysningene dine til direkte markedsføring (personvernforordningen artikkel 21 nr. 2 og 3).',
    applies: 'Dette gjelder disse behandlingene:',
    how: (contact) => `Du protesterer ved å kontakte oss på ${contact}.`,
  },
  consent: {
    lead: 'Når behandlingen bygger på samtykke, kan du når som helst trekke samtykket tilbake. Det skal være like enkelt å trekke det tilbake som å gi det. Behandlingen som skjedde før du trakk samtykket, er fortsatt lovlig.',
    applies: 'Dette gjelder:',
    how: (contact) => `Du trekker tilbake samtykket ved å kontakte oss på ${contact}.`,
    none: 'Ingen av behandlingene våre bygger i dag på samtykke. Hvis vi ber om samtykke senere, kan du når som helst trekke det tilbake.',
  },
  complaint: {
    lead: 'Hvis du mener at vi behandler personopplysninger i strid med regelverket, kan du klage til Datatilsynet. Du kan gjerne ta kontakt med oss først, men det er ikke et vilkår for å klage.',
    address: 'Datatilsynet, Postboks 458 Sentrum, 0105 Oslo. Nettsted: datatilsynet.no.',
  },
  cookies: {
    paragraphs: [
      'Nettstedet vårt bruker informasjonskapsler (cookies), små tekstfiler som lagres i nettleseren din. Reglene for dette står i ekomloven § 3-15.',
      'Informasjonskapsler som er nødvendige for at nettstedet skal virke, eller for å levere en tjeneste du har bedt om, bruker vi uten samtykke. Alle andre, for eksempel til statistikk eller markedsføring, bruker vi bare hvis du har samtykket i banneret for informasjonskapsler. Samtykket må oppfylle kravene i personvernforordningen: det må være frivillig, informert og gitt ved en aktiv handling.',
      'At nettleseren din tillater informasjonskapsler, regner vi ikke som samtykke. Du kan når som helst endre eller trekke tilbake samtykket i innstillingene for informasjonskapsler på nettstedet.',
    ],
    applies: 'Dette gjelder:',
  },
  changes: {
    paragraphs: [
      'Vi oppdaterer denne erklæringen når vi endrer hvordan vi behandler personopplysninger, eller når regelverket endres. Datoen øverst viser når erklæringen sist ble endret eller publisert.',
      'Ved vesentlige endringer, for eksempel når vi vil bruke opplysninger til et nytt formål, gir vi deg beskjed før endringen trer i kraft.',
    ],
  },
}
