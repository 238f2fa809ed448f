import type { OfferForm, SubstanceArea } from '../../schemas/index.ts';
import { slugify } from '../../src/check/slug.ts';

/**
 * Word lists for the synthetic corpus. Every place, person, institution and number here is invented; web and
 * e-mail addresses use the reserved .example domain, and phone numbers start with 0, which no Danish number does.
 */

export const TOWN_PARTS = {
  prefix: ['Nørre ', 'Sønder ', 'Øster ', 'Vester ', 'Store ', 'Lille ', 'Ny ', 'Gammel ', '', '', ''],
  stem: ['Syntrup', 'Testrup', 'Prøvested', 'Modelby', 'Fiktbjerg', 'Eksempelstrup', 'Skabelund', 'Attrapløse', 'Udkastholm', 'Kopinge', 'Skitsebæk', 'Tænkeby'],
};

export interface OfferTemplate {
  key: string;
  navn: string;
  former: OfferForm[];
  omraader: SubstanceArea[];
  hjemmel?: string[];
  /** Which chapter of the treatment description the offer belongs to. */
  gruppe: 'alkohol' | 'stof' | 'unge' | 'familie' | 'substitution' | 'andet';
  /** Whom it is for, after "til": may use {ungeFra} and {ungeTil}. */
  maalgruppe: string;
  /** 'unge' takes the kommune's youth ages; a fixed range is written into `maalgruppe`. */
  alder?: 'unge' | { fra?: number; til?: number };
  beskrivelse: string;
  varighed?: string;
}

export const OFFERS: OfferTemplate[] = [
  { key: 'alkohol-ambulant', navn: 'Ambulant alkoholbehandling', former: ['ambulant'], omraader: ['alkohol'], hjemmel: ['sul-141'], gruppe: 'alkohol',
    maalgruppe: 'borgere over 18 år, der ønsker at ændre deres forbrug af alkohol', alder: { fra: 18 },
    beskrivelse: 'Behandlingen består af individuelle samtaler, hvor borgeren sammen med en behandler sætter mål for forbruget.', varighed: 'typisk 8-12 samtaler' },
  { key: 'alkohol-gruppe', navn: 'Gruppeforløb om alkohol', former: ['ambulant'], omraader: ['alkohol'], hjemmel: ['sul-141'], gruppe: 'alkohol',
    maalgruppe: 'borgere, der har gennemført en afklarende samtale',
    beskrivelse: 'Grupperne mødes en gang om ugen og arbejder med tilbagefaldsforebyggelse og hverdagens udfordringer.', varighed: '10 gruppemøder' },
  { key: 'alkohol-medicinsk', navn: 'Medicinsk alkoholbehandling', former: ['medicinsk', 'sundhed'], omraader: ['alkohol'], hjemmel: ['sul-141'], gruppe: 'alkohol',
    maalgruppe: 'borgere, hvor lægen vurderer, at medicin kan støtte behandlingen',
    beskrivelse: 'Lægen kan ordinere abstinensbehandling og antabus som supplement til samtalerne.' },
  { key: 'alkohol-dag', navn: 'Dagbehandling for alkohol', former: ['dag'], omraader: ['alkohol'], hjemmel: ['sul-141'], gruppe: 'alkohol',
    maalgruppe: 'borgere, som har brug for mere struktur end ambulante samtaler giver',
    beskrivelse: 'Dagbehandlingen foregår fire dage om ugen med faste aktiviteter, undervisning og samtaler.', varighed: '6-8 uger' },
  { key: 'alkohol-online', navn: 'Online alkoholbehandling', former: ['online', 'ambulant'], omraader: ['alkohol'], hjemmel: ['sul-141'], gruppe: 'alkohol',
    maalgruppe: 'borgere, der foretrækker samtaler via video',
    beskrivelse: 'Samtalerne foregår over en sikker videoforbindelse og følger samme metoder som de fysiske samtaler.' },
  { key: 'stof-ambulant', navn: 'Ambulant stofbehandling', former: ['ambulant'], omraader: ['stof'], hjemmel: ['sel-101'], gruppe: 'stof',
    maalgruppe: 'borgere over 18 år med et behandlingskrævende forbrug af stoffer', alder: { fra: 18 },
    beskrivelse: 'Behandlingen tilrettelægges ud fra behandlingsplanen og består af individuelle samtaler og gruppeforløb.', varighed: 'op til 6 måneder' },
  { key: 'stof-dag', navn: 'Dagbehandling for stofbrugere', former: ['dag'], omraader: ['stof'], hjemmel: ['sel-101'], gruppe: 'stof',
    maalgruppe: 'borgere, der har brug for et intensivt forløb uden døgnophold',
    beskrivelse: 'Forløbet har faste mødetider alle hverdage og kombinerer gruppebehandling med individuelle samtaler.', varighed: '12 uger' },
  { key: 'stof-kognitiv', navn: 'Kognitiv gruppebehandling', former: ['ambulant'], omraader: ['stof'], hjemmel: ['sel-101'], gruppe: 'stof',
    maalgruppe: 'borgere, som er motiverede for at arbejde med deres tanker om rusmidler',
    beskrivelse: 'Gruppen arbejder med kognitive metoder og motiverende samtale.', varighed: '14 mødegange' },
  { key: 'stof-anonym', navn: 'Anonym stofbehandling', former: ['anonym', 'ambulant'], omraader: ['stof'], hjemmel: ['sel-101a'], gruppe: 'stof',
    maalgruppe: 'borgere med et stofforbrug, som ikke har andre væsentlige sociale problemer',
    beskrivelse: 'Borgeren behøver ikke at oplyse navn eller CPR-nummer, og der føres ikke journal med personoplysninger.' },
  { key: 'stof-skadesreduktion', navn: 'Skadesreducerende indsats', former: ['raadgivning', 'sundhed'], omraader: ['stof'], hjemmel: ['sel-101'], gruppe: 'stof',
    maalgruppe: 'borgere, der ikke ønsker eller kan profitere af egentlig behandling',
    beskrivelse: 'Indsatsen omfatter sundhedsfaglig rådgivning, udlevering af rent brugsudstyr og hjælp til kontakt med egen læge.' },
  { key: 'stof-efterbehandling', navn: 'Efterbehandling', former: ['ambulant'], omraader: ['stof', 'alkohol'], hjemmel: ['sel-101'], gruppe: 'stof',
    maalgruppe: 'borgere, der har afsluttet et behandlingsforløb og ønsker støtte til at fastholde forandringen',
    beskrivelse: 'Efterbehandlingen består af samtaler med længere mellemrum og et åbent netværksmøde hver måned.', varighed: 'op til 3 måneder' },
  { key: 'substitution', navn: 'Substitutionsbehandling', former: ['substitution', 'medicinsk'], omraader: ['stof'], hjemmel: ['sel-101', 'sul-142'], gruppe: 'substitution',
    maalgruppe: 'borgere over 18 år med opioidafhængighed', alder: { fra: 18 },
    beskrivelse: 'Lægen ordinerer metadon eller buprenorphin, og medicinen udleveres i ambulatoriet efter en fast plan.' },
  { key: 'substitution-sundhed', navn: 'Sundhedsklinik', former: ['sundhed', 'medicinsk'], omraader: ['stof'], hjemmel: ['sul-142'], gruppe: 'substitution',
    maalgruppe: 'borgere i substitutionsbehandling',
    beskrivelse: 'Sygeplejersker tilbyder sårpleje, vaccination og hjælp til kontakt med sygehuset.' },
  { key: 'dagtilbud', navn: 'Aktivitets- og samværstilbud', former: ['dag'], omraader: ['stof'], hjemmel: ['sel-104'], gruppe: 'substitution',
    maalgruppe: 'borgere i vedvarende substitutionsbehandling, som har brug for et fast holdepunkt i hverdagen',
    beskrivelse: 'Tilbuddet har åbent på hverdage og byder på morgenmad, samvær og praktiske aktiviteter.' },
  { key: 'unge-raadgivning', navn: 'Ungerådgivningen', former: ['unge', 'raadgivning', 'ambulant'], omraader: ['stof', 'alkohol'], hjemmel: ['sel-101'], gruppe: 'unge',
    maalgruppe: 'unge mellem {ungeFra} og {ungeTil} år med et bekymrende forbrug af rusmidler', alder: 'unge',
    beskrivelse: 'Den unge kan få rådgivning og behandling uden henvisning, og forældre kan deltage, hvis den unge ønsker det.', varighed: '10-12 samtaler' },
  { key: 'unge-gruppe', navn: 'Ungegruppe', former: ['unge', 'ambulant'], omraader: ['stof'], hjemmel: ['sel-101'], gruppe: 'unge',
    maalgruppe: 'unge mellem {ungeFra} og {ungeTil} år, som bruger hash eller andre stoffer', alder: 'unge',
    beskrivelse: 'Gruppen mødes ugentligt og arbejder med mål for uddannelse, fritid og venskaber.', varighed: '8 uger' },
  { key: 'unge-familie', navn: 'Familiesamtaler for unge', former: ['unge', 'familie'], omraader: ['stof', 'alkohol'], gruppe: 'unge',
    maalgruppe: 'unge til og med 17 år og deres forældre', alder: { til: 17 },
    beskrivelse: 'Samtalerne foregår sammen med forældrene, og behandleren samarbejder med den unges skole, når det giver mening.' },
  { key: 'paaroerende', navn: 'Pårørenderådgivning', former: ['paaroerende', 'raadgivning'], omraader: ['alkohol', 'stof'], gruppe: 'familie',
    maalgruppe: 'pårørende til borgere med et problematisk forbrug af rusmidler',
    beskrivelse: 'Pårørende kan få op til fem samtaler, også selv om borgeren ikke selv er i behandling.', varighed: 'op til 5 samtaler' },
  { key: 'boern', navn: 'Børnegruppe', former: ['boern', 'familie'], omraader: ['alkohol', 'stof'], gruppe: 'familie',
    maalgruppe: 'børn mellem 7 og 14 år, der vokser op med rusmidler i familien', alder: { fra: 7, til: 14 },
    beskrivelse: 'Børnene mødes med andre børn i samme situation og taler med to faste voksne om det, der fylder.', varighed: '10 mødegange' },
  { key: 'familie', navn: 'Familieorienteret behandling', former: ['familie', 'ambulant'], omraader: ['alkohol', 'stof'], gruppe: 'familie',
    maalgruppe: 'borgere i behandling, der bor sammen med børn under 18 år',
    beskrivelse: 'Partner og børn inddrages i behandlingen, så hele familien får hjælp.' },
  { key: 'nada', navn: 'NADA-øreakupunktur', former: ['sundhed'], omraader: ['alkohol', 'stof'], gruppe: 'andet',
    maalgruppe: 'alle borgere i behandling',
    beskrivelse: 'Øreakupunkturen gives i grupper og kan mindske uro og abstinenser.' },
  { key: 'doegn', navn: 'Døgnbehandling', former: ['doegn'], omraader: ['alkohol', 'stof'], hjemmel: ['sel-107'], gruppe: 'andet',
    maalgruppe: 'borgere, for hvem ambulant behandling ikke er tilstrækkelig',
    beskrivelse: 'Døgnbehandling bevilges efter en samlet vurdering og foregår på en af de døgninstitutioner, kommunen samarbejder med.' },
  { key: 'raadgivning', navn: 'Åben rådgivning', former: ['raadgivning', 'anonym'], omraader: ['alkohol', 'stof'], gruppe: 'andet',
    maalgruppe: 'alle, der har spørgsmål om rusmidler',
    beskrivelse: 'Man kan møde op uden tidsbestilling og få en samtale, og man kan være anonym.' },
];

export interface InstitutionTemplate {
  navn: string;
  beliggenhed: string;
  maalgruppe: string;
  alder: { fra?: number; til?: number };
  omraader: SubstanceArea[];
  metoder: string[];
  hjemmeside: string;
}

export const INSTITUTIONS: InstitutionTemplate[] = [
  ['Egely', 'Nørre Syntrup, Nordjylland', 20, 65, ['alkohol', 'stof'], ['12-trinsbehandling', 'kognitiv terapi', 'NADA']],
  ['Lyngbakken', 'Testrup, Midtjylland', 18, undefined, ['alkohol'], ['Minnesota-behandling', 'motiverende samtale']],
  ['Solhøj', 'Prøvested, Sydjylland', 18, 30, ['stof'], ['miljøterapi', 'social færdighedstræning']],
  ['Fjordlyst', 'Modelby, Fyn', 25, 70, ['alkohol', 'stof'], ['dobbeltfokuseret behandling', 'psykoedukation']],
  ['Birkely', 'Fiktbjerg, Sjælland', 18, 67, ['stof'], ['relationspædagogik', 'kognitiv misbrugsbehandling', 'akupunktur']],
  ['Kildegården', 'Eksempelstrup, Vestjylland', 18, undefined, ['alkohol', 'stof'], ['CENAPS-modellen', 'kognitiv terapi']],
  ['Havblik', 'Skabelund, Bornholm', 21, 60, ['alkohol'], ['mindfulness', 'ACT', 'fysisk træning']],
  ['Skovbrynet', 'Attrapløse, Østjylland', 17, 35, ['stof'], ['psykodynamisk terapi', 'tilbagefaldsforebyggelse']],
  ['Engholm', 'Udkastholm, Lolland', 18, 65, ['alkohol', 'stof'], ['12-trinsbehandling', 'familiebehandling']],
  ['Stenvang', 'Kopinge, Nordsjælland', 18, undefined, ['stof'], ['substitutionsnedtrapning', 'miljøterapi']],
  ['Mosegården', 'Skitsebæk, Sønderjylland', 20, 76, ['alkohol', 'stof'], ['dobbeltfokuseret behandling', 'NADA', 'kognitiv terapi']],
  ['Klitly', 'Tænkeby, Vestjylland', 18, 40, ['stof'], ['kognitiv adfærdsterapi', 'ADL-træning']],
].map(([name, place, fra, til, omraader, metoder]) => ({
  navn: `Syntetisk døgntilbud ${name as string}`,
  beliggenhed: place as string,
  maalgruppe: til === undefined
    ? `Personer over ${fra as number} år med afhængighed af ${(omraader as string[]).length === 2 ? 'alkohol og/eller stoffer' : (omraader as string[])[0] === 'alkohol' ? 'alkohol' : 'stoffer'}`
    : `Personer i alderen ${fra as number}-${til as number} år med afhængighed af ${(omraader as string[]).length === 2 ? 'alkohol og/eller stoffer' : (omraader as string[])[0] === 'alkohol' ? 'alkohol' : 'stoffer'}`,
  alder: til === undefined ? { fra: fra as number } : { fra: fra as number, til: til as number },
  omraader: omraader as SubstanceArea[],
  metoder: metoder as string[],
  hjemmeside: `www.${slugify(name as string)}.example`,
}));

/**
 * General prose by topic. {center}, {kommune} and {by} are filled in per kommune. Several sentences are drawn for
 * each section, so documents differ in length and wording.
 */
export const PROSE: Record<string, string[]> = {
  intro: [
    'Kvalitetsstandarden omfatter {omraadetekst}.',
    'Kvalitetsstandarden er en del af kommunens samlede politik for udsatte borgere og sundhed.',
    'Hvis du har spørgsmål til standarden, er du velkommen til at kontakte {center}.',
    'Standarden er skrevet, så den kan læses af borgere, pårørende og fagfolk uden særlige forudsætninger.',
    'Hvor standarden nævner tidsfrister, gælder de fra den dag, centret modtager henvendelsen.',
    'Denne kvalitetsstandard beskriver den hjælp, som borgere i {kommune} Kommune kan få, når de ønsker behandling for et forbrug af alkohol eller stoffer.',
    'Standarden skal give borgere, pårørende og samarbejdspartnere et klart billede af, hvad de kan forvente af {center}.',
    'Kvalitetsstandarden er udarbejdet på baggrund af gældende lovgivning og kommunens egne politikker på socialområdet.',
    'Standarden bruges også internt som grundlag for at følge op på kvaliteten af behandlingen.',
    'Standarden er offentligt tilgængelig på kommunens hjemmeside og kan udleveres i {center}.',
  ],
  opgaver: [
    'Centret udfører også opsøgende arbejde over for borgere, der ikke selv henvender sig.',
    'Centret rådgiver kommunens øvrige medarbejdere, når de møder borgere med et forbrug af rusmidler.',
    'Opgaverne løses i tæt samarbejde med borgerens netværk, når borgeren ønsker det.',
    'Centret deltager i kommunens arbejde med forebyggelse på skoler og ungdomsuddannelser.',
    '{center} varetager kommunens opgaver med rådgivning og behandling af borgere med et forbrug af rusmidler.',
    'Opgaverne omfatter rådgivning, udredning, ambulant behandling, dagbehandling og visitation til døgnbehandling.',
    'Centret samarbejder med jobcenter, socialpsykiatri, praktiserende læger og regionens psykiatri om borgere med flere problemer.',
    'Centret har også til opgave at forebygge, at unge udvikler et skadeligt forbrug af rusmidler.',
    'Den lægelige behandling varetages af centrets egen læge i samarbejde med sygeplejersker.',
    'Centret har ansvaret for, at borgere med et samtidigt psykisk problem får en koordineret indsats.',
  ],
  vaerdier: [
    'Vi lægger vægt på, at borgeren oplever sammenhæng mellem de forskellige indsatser.',
    'Borgerens egen motivation er drivkraften i behandlingen, og vi arbejder aktivt med at styrke den.',
    'Vi respekterer borgerens ret til selv at vælge mål for behandlingen, også når målet er et reduceret forbrug.',
    'Faglighed, nærvær og tilgængelighed er bærende værdier i centrets arbejde.',
    'Indsatsen bygger på respekt for den enkelte borgers ønsker og på troen på, at forandring er mulig.',
    'Vi møder borgeren med åbenhed, ærlighed og uden fordømmelse.',
    'Behandlingen tager udgangspunkt i borgerens egne mål, ressourcer og netværk.',
    'Vi arbejder ud fra en recovery-orienteret tilgang, hvor borgeren er ekspert i eget liv.',
    'Kommunens værdigrundlag for socialområdet om medborgerskab og inddragelse gælder også for rusmiddelbehandlingen.',
    'Vi tror på, at en tidlig indsats forebygger, at problemerne vokser.',
  ],
  maal: [
    'Andelen af borgere, der er i behandling efter tre måneder, skal øges.',
    'Flere borgere skal opleve, at de bliver inddraget i deres egen behandlingsplan.',
    'Centret vil styrke samarbejdet med jobcentret, så flere borgere kommer i arbejde eller uddannelse.',
    'Målet er, at flere borgere gennemfører deres behandlingsforløb og opnår et reduceret forbrug eller ophør.',
    'Det er et mål, at borgerens samlede livssituation forbedres, herunder bolig, uddannelse og beskæftigelse.',
    'Centret vil nedbringe antallet af borgere, der afbryder behandlingen i de første uger.',
    'Målet er også, at pårørende og børn i familier med rusmidler får tilbudt hjælp.',
    'Vi vil sikre, at ingen borgere venter længere end behandlingsgarantien tillader.',
  ],
  monitorering: [
    'Ventetider og frafald følges hver måned i ledelsen.',
    'Centret deltager i nationale målinger af effekten af alkoholbehandling.',
    'Resultaterne offentliggøres på kommunens hjemmeside.',
    'Centret registrerer alle forløb i det nationale register over stofmisbrugere i behandling.',
    'Resultaterne af behandlingen opgøres en gang om året og drøftes i det politiske udvalg.',
    'Borgerens forbrug, trivsel og sociale situation måles ved indskrivning, undervejs og ved udskrivning.',
    'Der gennemføres en årlig brugertilfredshedsundersøgelse.',
    'Data bruges til at udvikle tilbuddene og til at sammenligne med andre kommuner.',
  ],
  brugerinddragelse: [
    'Borgerne inddrages i tilrettelæggelsen af deres eget forløb og i udviklingen af centrets tilbud.',
    'Centret har et brugerråd, som mødes fire gange om året.',
    'Borgerne kan give feedback efter hver samtale, og tilbagemeldingerne bruges i den daglige planlægning.',
    'Pårørende inviteres en gang om året til et møde om centrets tilbud.',
    'Brugerrådet høres, før kvalitetsstandarden revideres.',
  ],
  visitation: [
    'Henvendelser besvares senest den følgende hverdag.',
    'Borgeren kan tage en bisidder med til alle samtaler.',
    'Hvis borgeren er i tvivl om, hvilket tilbud der passer, hjælper en behandler med at finde det rette tilbud.',
    'Visitationen tager udgangspunkt i en helhedsvurdering af borgerens situation.',
    'Borgere, der i forvejen har en sagsbehandler i kommunen, kan også blive henvist af sagsbehandleren.',
    'Man kan henvende sig personligt, pr. telefon eller digitalt, og man behøver ikke en henvisning fra lægen.',
    'Ved den første samtale afdækkes borgerens forbrug, helbred, sociale situation og ønsker til behandlingen.',
    'Visitationen sker på et tværfagligt visitationsmøde, som holdes hver uge.',
    'Borgeren får skriftligt svar på, hvilken behandling der er bevilget.',
    'Ved behov for døgnbehandling udarbejdes en indstilling, som behandles i kommunens visitationsudvalg.',
    'Unge under 18 år kan henvende sig sammen med en forælder eller en anden voksen, de har tillid til.',
  ],
  behandlingsplan: [
    'Behandlingsplanen skrives i et sprog, som borgeren kan forstå.',
    'Hvis borgeren ønsker det, kan pårørende deltage, når planen udarbejdes.',
    'Ved udskrivning evalueres behandlingsplanen sammen med borgeren.',
    'Ved behandlingens start udarbejdes en skriftlig behandlingsplan sammen med borgeren.',
    'Behandlingsplanen beskriver mål, indsatser og hvordan der følges op.',
    'Planen revideres løbende og mindst hver tredje måned.',
    'Borgeren får en kopi af behandlingsplanen.',
    'Behandlingsplanen kan indgå i en samlet handleplan, hvis borgeren har andre indsatser i kommunen.',
  ],
  handleplaner: [
    'Borgere i stofbehandling har ret til at få udarbejdet en handleplan efter serviceloven.',
    'Handleplanen koordineres med jobcenter og andre afdelinger, så borgeren oplever en sammenhængende indsats.',
    'Målet er, at handleplanen udarbejdes inden for fire uger efter, at borgeren har takket ja.',
    'Handleplanen følges op mindst en gang om året.',
  ],
  personale: [
    'Centret har en fast læge tilknyttet, som deltager i de tværfaglige konferencer.',
    'Der afholdes faglige temadage to gange om året.',
    'Medarbejdere, der arbejder med unge, har særlig viden om unges udvikling og brug af rusmidler.',
    'Personalet består af socialrådgivere, sygeplejersker, pædagoger, psykologer og en læge.',
    'Alle behandlere har en relevant grunduddannelse og efteruddannelse i behandling af afhængighed.',
    'Medarbejderne modtager løbende supervision.',
    'Centret prioriterer, at medarbejderne kender til kognitive metoder og motiverende samtale.',
    'Nye medarbejdere gennemgår et introduktionsforløb.',
  ],
  boern: [
    'Hvis borgeren ønsker det, kan børnene deltage i en familiesamtale.',
    'Behandleren hjælper forældre med at tale med deres børn om rusmidler.',
    'Der kan ydes støtte til forældre, som ønsker at styrke deres forældreevne.',
    'Når en borger i behandling har hjemmeboende børn, spørger behandleren altid ind til børnenes trivsel.',
    'Behandleren har skærpet underretningspligt, hvis der er bekymring for et barn.',
    'Børn og unge i familier med rusmidler kan få tilbudt samtaler og gruppeforløb.',
    'Centret samarbejder med kommunens familieafdeling om familier, hvor der er behov for støtte.',
  ],
  fremtid: [
    'Kommunen ønsker at nedbringe ventetiden til dagbehandling.',
    'Der skal udvikles et tilbud til ældre borgere med et forbrug af alkohol.',
    'Erfaringerne fra de digitale samtaler evalueres, før de gøres permanente.',
    'I de kommende år vil kommunen styrke indsatsen for unge og for borgere med samtidige psykiske lidelser.',
    'Centret vil udvikle flere digitale tilbud, så behandlingen bliver lettere at passe ind i hverdagen.',
    'Samarbejdet med regionens psykiatri skal styrkes gennem faste samarbejdsaftaler.',
    'Kommunen vil undersøge, om tilbuddene til pårørende kan udvides.',
  ],
  doegnkrav: [
    'Inden døgnophold aftales det, hvordan borgerens bolig og økonomi håndteres under opholdet.',
    'Centret følger op på forløbet mindst en gang om måneden under opholdet.',
    'Døgninstitutionen skal sende en statusrapport, når opholdet afsluttes.',
    'Kommunen benytter kun døgninstitutioner, der er godkendt af Socialtilsynet.',
    'Døgninstitutionen skal udarbejde en behandlingsplan i samarbejde med borgeren og centret.',
    'Centret holder kontakt med borgeren under døgnopholdet og planlægger efterbehandling inden udskrivning.',
    'Døgnbehandlingen skal bygge på dokumenterede metoder.',
  ],
  fysiske: [
    'Centret ligger centralt i {by} tæt på busstationen.',
    'Lokalerne er indrettet med samtalerum, grupperum og et køkken, hvor borgerne kan mødes.',
    'Der er adgang for kørestolsbrugere via en rampe ved hovedindgangen.',
    'Centret har parkeringspladser ved bygningen.',
  ],
  behandling: [
    'Samtalerne tager udgangspunkt i motiverende samtale og kognitive metoder.',
    'Borgeren har en fast behandler gennem hele forløbet.',
    'Forløbet kan tilpasses, hvis borgeren har arbejde eller uddannelse.',
    'Der kan arrangeres samtaler uden for almindelig åbningstid efter aftale.',
    'Behandleren og borgeren evaluerer forløbet undervejs og justerer mål og indsats.',
    'Tilbuddet kan kombineres med andre tilbud i centret.',
    'Behandlingen foregår i centrets lokaler eller efter aftale i borgerens eget hjem.',
    'Borgeren kan få hjælp til kontakt med egen læge, jobcenter og andre myndigheder.',
    'Tilbuddet evalueres løbende med udgangspunkt i borgernes tilbagemeldinger.',
    'Der er mulighed for at møde andre i samme situation i gruppeforløb.',
  ],
  lovgrundlag: [
    'Kommunen har pligt til at tilbyde behandling til borgere med et forbrug af stoffer og alkohol.',
    'Behandlingen af stofmisbrug er social behandling efter serviceloven, mens alkoholbehandling hører under sundhedsloven.',
    'Den lægelige behandling af stofmisbrug er omfattet af sundhedsloven og af Sundhedsstyrelsens retningslinjer.',
    'Kommunen skal udarbejde en kvalitetsstandard for stofbehandlingen og revidere den mindst hvert andet år.',
    'For unge under 18 år gælder desuden reglerne i barnets lov.',
    'Borgerens rettigheder i sagsbehandlingen følger af forvaltningsloven og retssikkerhedsloven.',
  ],
  samarbejde: [
    'Centret har faste samarbejdsaftaler med regionens psykiatri om borgere med samtidige psykiske lidelser.',
    'Der afholdes jævnligt koordinerende møder med jobcentret.',
    'Centret samarbejder med kommunens hjemmepleje om ældre borgere med et forbrug af alkohol.',
    'Når borgeren udskrives fra hospitalet, sørger centret for, at behandlingen fortsætter uden afbrydelser.',
    'Samarbejdet med politiet og SSP om unge med et forbrug af rusmidler er formaliseret.',
    'Centret samarbejder med frivillige organisationer om netværk og fritidsaktiviteter.',
    'Borgerens samtykke indhentes, før oplysninger deles med samarbejdspartnere.',
    'Praktiserende læger kan henvise borgere direkte til centret.',
  ],
  udvikling: [
    'Udviklingsplanen beskriver de indsatser, som {center} vil prioritere i perioden.',
    'Planen bygger på kommunens socialpolitik og på erfaringerne fra de seneste år.',
    'Målene følges op hvert halve år i ledergruppen.',
    'Flere borgere skal fastholdes i behandling gennem bedre overgange mellem tilbuddene.',
    'Der skal udvikles et nyt tilbud til borgere med både rusmiddelproblemer og psykiske lidelser.',
    'Ventetiden til den første samtale skal holdes så kort som muligt.',
    'Samarbejdet med boligområderne skal styrkes.',
    'Medarbejderne skal uddannes i en fælles metode til udredning.',
  ],
};
