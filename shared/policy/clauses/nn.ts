/**
 * The standard clauses in nynorsk. Written as nynorsk from the start, not a respelling of
 * the bokmål text: a nynorsk document carries no bokmål forms.
 */
import type { ClausePhrases } from './phrases'

export const NN: ClausePhrases = {
  lang: 'nn',
  wordLanguage: 'nn-NO',
  docTitle: (company) => `Personvernerklæring for ${company}`,
  updated: 'Sist oppdatert',
  page: 'Side',
  pageOf: 'av',
  contents: 'Innhald',
  months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  and: 'og',
  missing: (what) => `[manglar i protokollen: ${what}]`,
  missingWhat: {
    company: 'namnet på verksemda',
    purposes: 'formål',
    dataCategories: 'kategoriar av personopplysningar',
    basis: 'behandlingsgrunnlag',
    interest: 'den berettiga interessa',
    law: 'lovheimel',
    retention: 'lagringstid',
    consequence: 'følgja av å ikkje gje opplysningane',
    logic: 'logikken',
    consequences: 'kva det tyder for den registrerte',
    contact: 'kontaktadresse',
  },
  titles: {
    introduction: 'Om denne personvernerklæringa',
    controller: 'Kven er behandlingsansvarleg?',
    dpo: 'Personvernombod',
    purposes: 'Kva vi brukar opplysningane til',
    'legitimate-interests': 'Når vi byggjer på berettiga interesse',
    sources: 'Opplysningar vi får frå andre',
    recipients: 'Kven vi deler opplysningane med',
    transfers: 'Overføring til land utanfor EØS',
    retention: 'Kor lenge vi lagrar opplysningane',
    requirement: 'Må du gje oss opplysningane?',
    'automated-decisions': 'Automatiserte avgjerder og profilering',
    rights: 'Rettane dine',
    'right-access': 'Rett til innsyn',
    'right-rectification': 'Rett til retting',
    'right-erasure': 'Rett til sletting',
    'right-restriction': 'Rett til avgrensing av behandlinga',
    'right-portability': 'Rett til dataportabilitet',
    'right-objection': 'Retten til å protestere',
    'consent-withdrawal': 'Du kan trekkje tilbake samtykket ditt',
    complaint: 'Klage til Datatilsynet',
    cookies: 'Informasjonskapslar (cookies)',
    changes: 'Endringar i personvernerklæringa',
  },

  introduction: {
    lead: (company) =>
      `Denne erklæringa forklarer korleis ${company} samlar inn og brukar personopplysningar, og kva rettar du har.`,
    groups: 'Erklæringa gjeld desse gruppene:',
    definition:
      'Personopplysningar er alle opplysningar som kan knytast til deg, direkte eller indirekte, til dømes namnet ditt, adressa di eller kundenummeret ditt.',
    law: 'Vi behandlar personopplysningar etter personopplysningslova og personvernforordninga (GDPR).',
  },
  controller: {
    lead: (company) =>
      `${company} er behandlingsansvarleg for personopplysningane som er omtalte her. Det tyder at vi avgjer kvifor og korleis opplysningane vert brukte, og at vi har ansvaret for at det skjer i tråd med regelverket.`,
    contact: 'Du kan kontakte oss slik:',
    labels: {
      orgNumber: 'Organisasjonsnummer',
      address: 'Postadresse',
      email: 'E-post',
      phone: 'Telefon',
      website: 'Nettstad',
      customerService: 'Kundeservice',
    },
    representative: 'Representanten vår i EØS (personvernforordninga artikkel 27):',
  },
  dpo: {
    lead: 'Vi har eit personvernombod som skal sjå til at vi følgjer personvernreglane. Du kan kontakte ombodet om alt som gjeld behandlinga av opplysningane dine. Ombodet har teieplikt.',
    labels: { name: 'Namn', email: 'E-post', phone: 'Telefon' },
    none: 'Vi har ikkje oppnemnt personvernombod. Spørsmål om personvern kan du rette til oss på kontaktopplysningane ovanfor.',
  },
  purposes: {
    lead: 'Tabellen viser kva vi brukar personopplysningar til, kva opplysningar vi brukar, kva som gjev oss rett til det (behandlingsgrunnlaget etter personvernforordninga artikkel 6), og kor lenge vi lagrar dei.',
    header: ['Formål', 'Opplysningar', 'Behandlingsgrunnlag', 'Lagringstid'],
    special: 'Særlege kategoriar',
    criminal: 'Opplysningar om straffedommar og lovbrot',
    specialBasis: 'For særlege kategoriar',
    criminalBasis: 'For opplysningar om straffbare forhold',
    lawPrefix: 'jf.',
    newPurpose: 'Dersom vi vil bruke opplysningane til eit nytt formål, gjev vi deg informasjon om det før vi byrjar.',
    none: 'Vi behandlar ikkje personopplysningar om personar utanfor verksemda.',
  },
  legitimateInterests: {
    lead: 'For nokre behandlingar byggjer vi på berettiga interesse (personvernforordninga artikkel 6 nr. 1 bokstav f). Då har vi vurdert at interessa vår veg tyngre enn omsynet til personvernet ditt. Interessene er:',
    objection:
      'Du kan protestere mot desse behandlingane av grunnar knytte til den særlege situasjonen din, sjå avsnittet om retten til å protestere. Ta kontakt dersom du vil vite meir om avveginga vi har gjort.',
    none: 'Vi brukar ikkje berettiga interesse som behandlingsgrunnlag.',
  },
  sources: {
    lead: 'Nokre opplysningar får vi ikkje frå deg sjølv, men frå andre. Tabellen viser kvar opplysningane kjem frå, og kva slags opplysningar det gjeld.',
    header: ['Kjelde', 'Opplysningar', 'Vert brukte til'],
    kinds: {
      'third-party': 'anna verksemd',
      'public-register': 'offentleg register',
    },
    none: 'Alle opplysningane vi brukar, får vi frå deg sjølv.',
  },
  recipients: {
    lead: 'Vi deler berre personopplysningar med andre når vi har grunnlag for det.',
    recipients: 'Opplysningar kan bli utleverte til desse mottakarane:',
    processors:
      'Vi brukar også leverandørar som behandlar opplysningar på vegner av oss (databehandlarar). Dei får berre bruke opplysningane etter instruksane våre, og vi har inngått databehandlaravtalar med dei. Leverandørane hjelper oss med:',
    joint: (party, activity) =>
      `Vi er felles behandlingsansvarlege med ${party} for «${activity}». Du kan be om å få hovudinnhaldet i avtalen mellom oss.`,
    none: 'Vi deler ikkje personopplysningar med andre.',
  },
  transfers: {
    lead: 'Nokre mottakarar behandlar opplysningar i land utanfor EØS. Då syter vi for at overføringa har eit gyldig grunnlag etter personvernforordninga kapittel V.',
    header: ['Mottakar', 'Land', 'Overføringsgrunnlag'],
    module: 'modul',
    derogation: 'unntak',
    fallback: 'Reservegrunnlag',
    copy: (contact) => `Du kan få ein kopi av garantiane for overføringa ved å kontakte oss på ${contact}.`,
    adequacy: 'Avgjerdene til EU-kommisjonen om tilstrekkeleg vernenivå er offentleg tilgjengelege.',
    none: 'Vi overfører ikkje personopplysningar til land utanfor EØS.',
    decision: 'avgjerd',
  },
  retention: {
    paragraphs: [
      'Vi lagrar ikkje personopplysningar lenger enn vi treng dei til formålet dei vart samla inn for, eller så lenge lova krev det. Lagringstida for kvar behandling, og kva ho byggjer på, står i tabellen over formåla.',
      'Når lagringstida er ute, slettar eller anonymiserer vi opplysningane.',
    ],
  },
  requirement: {
    lead: 'For desse behandlingane er det eit krav i lov eller avtale at du gjev oss opplysningar, eller eit vilkår for å inngå ein avtale med oss. Her ser du også kva som skjer dersom du ikkje gjev dei:',
    labels: {
      statutory: 'Lovpålagt',
      contractual: 'Naudsynt for å inngå eller oppfylle avtalen',
      'statutory-and-contractual': 'Lovpålagt og naudsynt for avtalen',
    },
    otherwiseVoluntary: 'For dei andre behandlingane er det ikkje eit krav i lov eller avtale at du gjev oss opplysningar.',
    none: 'Det er ikkje eit krav i lov eller avtale at du gjev oss personopplysningar.',
  },
  automated: {
    lead: 'Vi brukar automatiserte avgjerder eller profilering i desse tilfella:',
    header: ['Behandling', 'Korleis det fungerer', 'Kva det tyder for deg'],
    kinds: { decision: 'Automatisert avgjerd', profiling: 'Profilering', both: 'Automatisert avgjerd med profilering' },
    humanReview:
      'Når ei avgjerd som har rettsverknad for deg, eller som påverkar deg i monaleg grad, vert teken heilt automatisk, har du rett til å få henne vurdert av ein person hos oss, til å seie meininga di og til å gjere innvendingar mot avgjerda.',
    none: 'Vi tek ingen avgjerder om deg som berre byggjer på automatisert behandling, og vi brukar ikkje profilering.',
  },
  rights: {
    paragraphs: [
      'Personvernregelverket gjev deg fleire rettar. Det er gratis å bruke dei. Vi svarar så raskt vi kan, og seinast innan éin månad. Er saka omfattande, kan fristen forlengjast med inntil to månader til; då seier vi frå innan den første månaden.',
    ],
    howTo: 'Slik går du fram:',
    steps: (contact) => [
      `Send ein førespurnad til ${contact}.`,
      'Vi kan be deg stadfeste kven du er, slik at vi ikkje gjev opplysningar til feil person.',
      'Du får svar frå oss innan fristen.',
    ],
  },
  rightAccess: [
    'Du kan be om å få vite om vi behandlar opplysningar om deg, og i så fall få ein kopi av opplysningane. Du har også rett til å få vite kva vi brukar dei til, kven som har fått dei, kor lenge vi lagrar dei, og kvar vi har fått dei frå.',
  ],
  rightRectification: ['Dersom opplysningane vi har om deg, er feil eller ufullstendige, kan du be oss rette eller supplere dei.'],
  rightErasure: [
    'Du kan be oss slette opplysningar om deg, til dømes når vi ikkje lenger treng dei, når du trekkjer tilbake eit samtykke, eller når du har protestert og vi ikkje har tungtvegande grunnar til å halde fram.',
    'Opplysningar som vi er pålagde å ta vare på, til dømes fordi lova krev at vi oppbevarer dei, kan vi ikkje slette før fristen er ute.',
  ],
  rightRestriction: [
    'Du kan be oss avgrense behandlinga av opplysningane dine, til dømes medan vi undersøkjer om dei er rette, eller medan vi vurderer ein protest frå deg. Då lagrar vi opplysningane, men brukar dei ikkje til anna enn det du samtykkjer til eller det lova tillèt.',
  ],
  rightPortability: [
    'Opplysningar du sjølv har gjeve oss, og som vi behandlar på grunnlag av samtykke eller avtale, kan du få utleverte i eit strukturert og maskinlesbart format. Du kan også be oss sende dei direkte til ei anna verksemd når det er teknisk mogleg.',
  ],
  objection: {
    lead: 'Når vi behandlar opplysningane dine fordi vi har ei berettiga interesse, eller for å utføre ei oppgåve i allmenta si interesse (personvernforordninga artikkel 6 nr. 1 bokstav f og e), kan du når som helst protestere mot behandlinga av grunnar knytte til den særlege situasjonen din.',
    stop: 'Då stansar vi behandlinga, med mindre vi kan påvise tvingande berettiga grunnar for behandlinga som går føre interessene, rettane og fridomane dine, eller ho er naudsynt for å fastsetje, gjere gjeldande eller forsvare eit rettskrav.',
    marketing:
      'Brukar vi opplysningane dine til direkte marknadsføring, kan du når som helst protestere mot det, også mot profilering som er knytt til slik marknadsføring. Du treng ikkje grunngje protesten: Vi sluttar då alltid å bruke opplysningane dine til direkte marknadsføring (personvernforordninga artikkel 21 nr. 2 og 3).',
    applies: 'Dette gjeld desse behandlingane:',
    how: (contact) => `Du protesterer ved å kontakte oss på ${contact}.`,
  },
  consent: {
    lead: 'Når behandlinga byggjer på samtykke, kan du når som helst trekkje tilbake samtykket. Det skal vere like enkelt å trekkje det tilbake som å gje det. Behandlinga som skjedde før du trekte samtykket, er framleis lovleg.',
    applies: 'Dette gjeld:',
    how: (contact) => `Du trekkjer tilbake samtykket ved å kontakte oss på ${contact}.`,
    none: 'Ingen av behandlingane våre byggjer i dag på samtykke. Dersom vi ber om samtykke seinare, kan du når som helst trekkje tilbake samtykket.',
  },
  complaint: {
    lead: 'Dersom du meiner at vi behandlar personopplysningar i strid med regelverket, kan du klage til Datatilsynet. Du kan gjerne ta kontakt med oss først, men det er ikkje eit vilkår for å klage.',
    address: 'Datatilsynet, Postboks 458 Sentrum, 0105 Oslo. Nettstad: datatilsynet.no.',
  },
  cookies: {
    paragraphs: [
      'Nettstaden vår brukar informasjonskapslar (cookies), små tekstfiler som vert lagra i nettlesaren din. Reglane for dette står i ekomlova § 3-15.',
      'Informasjonskapslar som er naudsynte for at nettstaden skal verke, eller for å levere ei teneste du har bede om, brukar vi utan samtykke. Alle andre, til dømes til statistikk eller marknadsføring, brukar vi berre dersom du har samtykt i banneret for informasjonskapslar. Samtykket må oppfylle krava i personvernforordninga: det må vere friviljug, informert og gjeve ved ei aktiv handling.',
      'At nettlesaren din tillèt informasjonskapslar, reknar vi ikkje som samtykke. Du kan når som helst endre eller trekkje tilbake samtykket i innstillingane for informasjonskapslar på nettstaden.',
    ],
    applies: 'Dette gjeld:',
  },
  changes: {
    paragraphs: [
      'Vi oppdaterer denne erklæringa når vi endrar korleis vi behandlar personopplysningar, eller når regelverket vert endra. Datoen øvst viser når erklæringa sist vart endra eller publisert.',
      'Ved vesentlege endringar, til dømes når vi vil bruke opplysningar til eit nytt formål, gjev vi deg melding før endringa tek til å gjelde.',
    ],
  },
}
