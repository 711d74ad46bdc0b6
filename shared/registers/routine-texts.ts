/**
 * Standard texts for the routines, in bokmål and nynorsk: a short starting point for the
 * DPO, written for Ombud, to be adapted to the organisation before it is adopted. Each is
 * a routine in the sense of art. 24 (internal control): who does what, and by when.
 * Paragraphs are separated by blank lines; steps are numbered in the text.
 */
import type { LocalizedText } from '../model/common'
import type { RoutineKind } from '../model/routine'

export interface RoutineTemplate {
  title: LocalizedText
  text: LocalizedText
}

const requests: RoutineTemplate = {
  title: { nb: 'Rutine for henvendelser fra de registrerte', nn: 'Rutine for førespurnader frå dei registrerte' },
  text: {
    nb: `Rutinen gjelder krav om innsyn, retting, sletting, begrensning, dataportabilitet, protest og trekk av samtykke (personvernforordningen art. 7 nr. 3 og art. 15–22). Fristene står i art. 12.

1. Den som tar imot et krav, sender det samme dag til personvernombudet. Et krav kan komme muntlig, på e-post, i chat eller i et brev, og trenger ikke nevne loven.
2. Personvernombudet fører kravet i henvendelsesloggen med saksnummer, type og mottatt dato. Loggen skal ikke inneholde personopplysninger; de ligger i saken.
3. Bekreft identiteten før opplysninger gis ut eller endres, med så få opplysninger som mulig, for eksempel innlogging med BankID. Er du i tvil om hvem som spør, be om det som trengs straks (art. 12 nr. 6).
4. Svar uten ugrunnet opphold og senest én måned etter at kravet kom inn. Svar i samme form som kravet; et krav sendt elektronisk besvares elektronisk når det er mulig.
5. Er kravet sammensatt, eller kommer det mange krav, kan fristen forlenges med inntil to måneder til. Den som spør, skal da få vite det, med begrunnelse, innen én måned etter at kravet kom inn.
6. Det er gratis å bruke rettighetene. Bare når et krav er åpenbart grunnløst eller urimelig, særlig fordi det gjentas, kan vi kreve et rimelig gebyr eller avslå det (art. 12 nr. 5).
7. Avslår vi helt eller delvis, skal svaret begrunne avslaget og si at personen kan klage til Datatilsynet og bringe saken inn for domstolene (art. 12 nr. 4).
8. Rettinger, slettinger og begrensninger meldes til dem vi har gitt opplysningene til, hvis det er mulig uten uforholdsmessig innsats (art. 19).
9. Svaret arkiveres i saken, og status og svardato føres i loggen.`,
    nn: `Rutinen gjeld krav om innsyn, retting, sletting, avgrensing, dataportabilitet, protest og å trekkje tilbake samtykke (personvernforordninga art. 7 nr. 3 og art. 15–22). Fristane står i art. 12.

1. Den som tek imot eit krav, sender det same dag til personvernombodet. Eit krav kan kome munnleg, på e-post, i chat eller i eit brev, og treng ikkje nemne lova.
2. Personvernombodet fører kravet i loggen over førespurnader med saksnummer, type og dato det kom inn. Loggen skal ikkje innehalde personopplysningar; dei ligg i saka.
3. Stadfest identiteten før opplysningar vert gjevne ut eller endra, med så få opplysningar som mogleg, til dømes innlogging med BankID. Er du i tvil om kven som spør, be om det som trengst med ein gong (art. 12 nr. 6).
4. Svar utan ugrunna opphald og seinast éin månad etter at kravet kom inn. Svar i same form som kravet; eit krav sendt elektronisk vert svara elektronisk når det er mogleg.
5. Er kravet samansett, eller kjem det mange krav, kan fristen forlengjast med inntil to månader til. Den som spør, skal då få vite det, med grunngjeving, innan éin månad etter at kravet kom inn.
6. Det er gratis å bruke rettane. Berre når eit krav openbert er grunnlaust eller urimeleg, særleg fordi det vert gjenteke, kan vi krevje eit rimeleg gebyr eller avslå det (art. 12 nr. 5).
7. Avslår vi heilt eller delvis, skal svaret grunngje avslaget og seie at personen kan klage til Datatilsynet og bringe saka inn for domstolane (art. 12 nr. 4).
8. Rettingar, slettingar og avgrensingar vert melde til dei vi har gjeve opplysningane til, dersom det er mogleg utan uforholdsmessig stor innsats (art. 19).
9. Svaret vert arkivert i saka, og status og svardato vert førte i loggen.`,
  },
}

const breaches: RoutineTemplate = {
  title: { nb: 'Rutine for håndtering av avvik', nn: 'Rutine for handtering av avvik' },
  text: {
    nb: `Et avvik er et brudd på personopplysningssikkerheten: opplysninger er kommet på avveie, er endret uten lov eller er blitt utilgjengelige (personvernforordningen art. 4 nr. 12). Fristene står i art. 33 og 34.

1. Alle som oppdager et mulig avvik, melder det straks til personvernombudet og til IT-ansvarlig, også utenfor arbeidstid og også når de er usikre.
2. Databehandlere skal varsle oss uten ugrunnet opphold når de blir kjent med et brudd (art. 33 nr. 2). Databehandleravtalene sier hvordan.
3. Personvernombudet fører avviket i avviksloggen med tidspunktet da virksomheten ble kjent med det. Fristen på 72 timer regnes fra dette tidspunktet.
4. Stans bruddet og begrens skaden: steng tilgangen, be en feil mottaker slette opplysningene, hent tilbake det som kan hentes.
5. Vurder risikoen for de berørte: hvilke opplysninger, hvor mange personer, hvor lett de kan identifiseres, og hva som kan skje med dem.
6. Meld bruddet til Datatilsynet i Altinn uten ugrunnet opphold og om mulig innen 72 timer, med mindre det trolig ikke medfører risiko for de berørte. Meldingen kan sendes i flere omganger når ikke alt er kjent (art. 33 nr. 4). Sendes den senere enn 72 timer, skal den begrunne forsinkelsen.
7. Er risikoen høy, varsle de berørte uten ugrunnet opphold, i et klart og enkelt språk: hva som har skjedd, hva det kan bety for dem, hva vi gjør, og hvem de kan kontakte (art. 34). Unntakene står i art. 34 nr. 3.
8. Alle avvik dokumenteres i loggen, også de som ikke meldes, med faktum, virkninger, tiltak og begrunnelsen for beslutningene (art. 33 nr. 5).
9. Når avviket er lukket, gjennomgår vi årsaken og oppdaterer risikovurderinger og rutiner der det trengs.`,
    nn: `Eit avvik er eit brot på personopplysningstryggleiken: opplysningar har kome på avvegar, er endra utan lov eller har vorte utilgjengelege (personvernforordninga art. 4 nr. 12). Fristane står i art. 33 og 34.

1. Alle som oppdagar eit mogleg avvik, melder det straks til personvernombodet og til IT-ansvarleg, også utanfor arbeidstid og også når dei er usikre.
2. Databehandlarar skal varsle oss utan ugrunna opphald når dei vert kjende med eit brot (art. 33 nr. 2). Databehandlaravtalane seier korleis.
3. Personvernombodet fører avviket i avviksloggen med tidspunktet då verksemda vart kjend med det. Fristen på 72 timar vert rekna frå dette tidspunktet.
4. Stans brotet og avgrens skaden: steng tilgangen, be ein feil mottakar slette opplysningane, hent tilbake det som kan hentast.
5. Vurder risikoen for dei det gjeld: kva for opplysningar, kor mange personar, kor lett dei kan identifiserast, og kva som kan skje med dei.
6. Meld brotet til Datatilsynet i Altinn utan ugrunna opphald og om mogleg innan 72 timar, med mindre det truleg ikkje fører med seg risiko for dei det gjeld. Meldinga kan sendast i fleire omgangar når ikkje alt er kjent (art. 33 nr. 4). Vert ho send seinare enn 72 timar, skal ho grunngje forseinkinga.
7. Er risikoen høg, varsle dei det gjeld utan ugrunna opphald, i eit klart og enkelt språk: kva som har skjedd, kva det kan tyde for dei, kva vi gjer, og kven dei kan kontakte (art. 34). Unntaka står i art. 34 nr. 3.
8. Alle avvik vert dokumenterte i loggen, også dei som ikkje vert melde, med fakta, verknader, tiltak og grunngjevinga for avgjerdene (art. 33 nr. 5).
9. Når avviket er lukka, går vi gjennom årsaka og oppdaterer risikovurderingar og rutinar der det trengst.`,
  },
}

const deletion: RoutineTemplate = {
  title: { nb: 'Rutine for sletting', nn: 'Rutine for sletting' },
  text: {
    nb: `Personopplysninger skal ikke lagres lenger enn formålet krever (personvernforordningen art. 5 nr. 1 bokstav e). Lagringstiden for hver behandling står i protokollen.

1. Den som er ansvarlig for en behandling, sørger for at opplysningene slettes eller anonymiseres når lagringstiden i protokollen er ute, helst automatisk.
2. Der sletting ikke skjer automatisk, slettes det minst én gang i året etter en fast plan. Personvernombudet kontrollerer at det er gjort.
3. Sikkerhetskopier slettes etter sin egen syklus. Opplysninger som er slettet i systemene, hentes ikke tilbake fra en sikkerhetskopi til annet enn gjenoppretting.
4. Når en avtale med en databehandler opphører, skal databehandleren slette eller levere tilbake opplysningene og bekrefte det skriftlig (art. 28 nr. 3 bokstav g).
5. Krav om sletting fra de registrerte følger rutinen for henvendelser. Opplysninger vi må lagre etter lov, for eksempel regnskapsmateriale etter bokføringsloven, slettes ikke før fristen er ute (art. 17 nr. 3).
6. Det føres en kort logg over hva som er slettet, når og av hvem, uten å gjenta opplysningene som er slettet.`,
    nn: `Personopplysningar skal ikkje lagrast lenger enn formålet krev (personvernforordninga art. 5 nr. 1 bokstav e). Lagringstida for kvar behandling står i protokollen.

1. Den som er ansvarleg for ei behandling, syter for at opplysningane vert sletta eller anonymiserte når lagringstida i protokollen er ute, helst automatisk.
2. Der sletting ikkje skjer automatisk, vert det sletta minst éin gong i året etter ein fast plan. Personvernombodet kontrollerer at det er gjort.
3. Tryggingskopiar vert sletta etter sin eigen syklus. Opplysningar som er sletta i systema, vert ikkje henta tilbake frå ein tryggingskopi til anna enn gjenoppretting.
4. Når ein avtale med ein databehandlar tek slutt, skal databehandlaren slette eller levere tilbake opplysningane og stadfeste det skriftleg (art. 28 nr. 3 bokstav g).
5. Krav om sletting frå dei registrerte følgjer rutinen for førespurnader. Opplysningar vi må lagre etter lov, til dømes rekneskapsmateriale etter bokføringslova, vert ikkje sletta før fristen er ute (art. 17 nr. 3).
6. Det vert ført ein kort logg over kva som er sletta, når og av kven, utan å gjenta opplysningane som er sletta.`,
  },
}

const internalControl: RoutineTemplate = {
  title: { nb: 'Rutine for internkontroll på personvernområdet', nn: 'Rutine for internkontroll på personvernområdet' },
  text: {
    nb: `Virksomheten skal kunne vise at den følger personvernregelverket (personvernforordningen art. 5 nr. 2 og art. 24). Internkontrollen er de faste oppgavene som sørger for det.

1. Protokollen over behandlingsaktiviteter (art. 30) oppdateres når en behandling endres, og hver aktivitet gjennomgås minst én gang i året.
2. Før en ny behandling starter, vurderes om den krever en vurdering av personvernkonsekvenser (art. 35). Vurderingen gjøres før behandlingen starter.
3. Ingen databehandler tas i bruk før det er inngått en databehandleravtale (art. 28). Overføring til land utenfor EØS krever et gyldig overføringsgrunnlag (art. 44–49).
4. Rutinene for henvendelser, avvik og sletting gjennomgås minst én gang i året, og etter hvert alvorlig avvik.
5. Ansatte som behandler personopplysninger, får opplæring når de begynner, og deretter jevnlig.
6. Personvernombudet rapporterer minst én gang i året til ledelsen om status, avvik og hva som bør forbedres. Ledelsen beslutter tiltakene og følger dem opp.`,
    nn: `Verksemda skal kunne vise at ho følgjer personvernregelverket (personvernforordninga art. 5 nr. 2 og art. 24). Internkontrollen er dei faste oppgåvene som syter for det.

1. Protokollen over behandlingsaktivitetar (art. 30) vert oppdatert når ei behandling vert endra, og kvar aktivitet vert gjennomgått minst éin gong i året.
2. Før ei ny behandling startar, vert det vurdert om ho krev ei vurdering av personvernkonsekvensar (art. 35). Vurderinga vert gjord før behandlinga startar.
3. Ingen databehandlar vert teken i bruk før det er inngått ein databehandlaravtale (art. 28). Overføring til land utanfor EØS krev eit gyldig overføringsgrunnlag (art. 44–49).
4. Rutinane for førespurnader, avvik og sletting vert gjennomgåtte minst éin gong i året, og etter kvart alvorleg avvik.
5. Tilsette som behandlar personopplysningar, får opplæring når dei byrjar, og deretter jamleg.
6. Personvernombodet rapporterer minst éin gong i året til leiinga om status, avvik og kva som bør betrast. Leiinga avgjer tiltaka og følgjer dei opp.`,
  },
}

const dpoRole: RoutineTemplate = {
  title: { nb: 'Personvernombudets rolle', nn: 'Rolla til personvernombodet' },
  text: {
    nb: `Personvernombudets stilling og oppgaver følger av personvernforordningen art. 37–39.

1. Personvernombudet informerer og gir råd til virksomheten og de ansatte om pliktene etter regelverket, og kontrollerer at regelverket og virksomhetens rutiner følges (art. 39 nr. 1).
2. Personvernombudet trekkes inn tidlig i alle saker som gjelder personvern (art. 38 nr. 1), og skal gi råd når det vurderes personvernkonsekvenser (art. 35 nr. 2).
3. Personvernombudet tar ikke imot instrukser om hvordan oppgavene skal utføres, kan ikke avskjediges eller straffes for å utføre dem, og rapporterer direkte til øverste ledelse (art. 38 nr. 3).
4. Personvernombudet får de ressursene og den tilgangen til opplysninger og behandlinger som oppgavene krever (art. 38 nr. 2).
5. Personvernombudet kan ha andre oppgaver, men ikke oppgaver som gir en interessekonflikt, for eksempel å bestemme formål og midler for en behandling (art. 38 nr. 6).
6. De registrerte kan kontakte personvernombudet om alle spørsmål om behandlingen av opplysningene sine (art. 38 nr. 4). Personvernombudet har taushetsplikt om det ombudet får vite i arbeidet (art. 38 nr. 5).
7. Kontaktopplysningene til personvernombudet offentliggjøres og meldes til Datatilsynet (art. 37 nr. 7). Personvernombudet er kontaktpunkt for Datatilsynet (art. 39 nr. 1 bokstav e).`,
    nn: `Stillinga og oppgåvene til personvernombodet følgjer av personvernforordninga art. 37–39.

1. Personvernombodet informerer og gjev råd til verksemda og dei tilsette om pliktene etter regelverket, og kontrollerer at regelverket og rutinane til verksemda vert følgde (art. 39 nr. 1).
2. Personvernombodet vert drege inn tidleg i alle saker som gjeld personvern (art. 38 nr. 1), og skal gje råd når det vert vurdert personvernkonsekvensar (art. 35 nr. 2).
3. Personvernombodet tek ikkje imot instruksar om korleis oppgåvene skal utførast, kan ikkje seiast opp eller straffast for å utføre dei, og rapporterer direkte til øvste leiing (art. 38 nr. 3).
4. Personvernombodet får dei ressursane og den tilgangen til opplysningar og behandlingar som oppgåvene krev (art. 38 nr. 2).
5. Personvernombodet kan ha andre oppgåver, men ikkje oppgåver som gjev ein interessekonflikt, til dømes å fastsetje formål og middel for ei behandling (art. 38 nr. 6).
6. Dei registrerte kan kontakte personvernombodet om alle spørsmål om behandlinga av opplysningane sine (art. 38 nr. 4). Personvernombodet har teieplikt om det ombodet får vite i arbeidet (art. 38 nr. 5).
7. Kontaktopplysningane til personvernombodet vert offentleggjorde og melde til Datatilsynet (art. 37 nr. 7). Personvernombodet er kontaktpunkt for Datatilsynet (art. 39 nr. 1 bokstav e).`,
  },
}

export const ROUTINE_TEMPLATES: Record<RoutineKind, RoutineTemplate> = {
  requests,
  deletion,
  breaches,
  'internal-control': internalControl,
  'dpo-role': dpoRole,
}
