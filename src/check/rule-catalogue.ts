import { escapeForDisplay } from './display-escape.ts';
import type { Diagnostic, Severity } from './types.ts';

/** What a rule checks, in Danish, for the rules page and the CLI's help. Ids are permanent. */
export interface RuleDescription {
  severity: Severity;
  /** One sentence: what the rule requires. */
  summary: string;
  /** Why it matters to a citizen or reviewer. */
  why: string;
}

export const RULES = {
  'yaml-syntax': { severity: 'error', summary: 'Filen skal være gyldig YAML.', why: 'En fil, der ikke kan læses, kan ikke kontrolleres eller vises.' },
  'empty-file': { severity: 'error', summary: 'Filen må ikke være tom.', why: 'En tom fil er som regel en fejl ved kopiering eller gemning.' },
  'not-text': {
    severity: 'error',
    summary: 'Filen skal være UTF-8-tekst uden binære data.',
    why: 'Binære data og forkert tegnsæt ødelægger danske bogstaver og kan ikke kontrolleres.',
  },
  'file-too-large': {
    severity: 'error',
    summary: 'Filen må højst være på 2 mio. tegn.',
    why: 'En så stor fil er ikke et enkelt dokument og ville gøre siden langsom.',
  },
  schema: {
    severity: 'error',
    summary: 'Felterne skal have de navne og typer, som skemaet beskriver.',
    why: 'Kun data i den aftalte form kan sammenlignes på tværs af kommuner.',
  },
  'duplicate-id': {
    severity: 'error',
    summary: 'Et id må kun bruges én gang.',
    why: 'Id’er bruges i adresser og henvisninger; to ens id’er gør henvisningerne tvetydige.',
  },
  'dangling-reference': {
    severity: 'error',
    summary: 'En henvisning skal pege på noget, der findes (et afsnit, en lovbestemmelse, et kravkatalog, en kildefil).',
    why: 'En henvisning, der peger ud i ingenting, gør et faktum umuligt at efterprøve.',
  },
  'excerpt-not-in-source': {
    severity: 'error',
    summary: 'Hvert uddrag skal stå ordret i kildedokumentet.',
    why: 'Uddraget er beviset for, at faktummet kommer fra kommunens eget dokument.',
  },
  'precise-fact-without-excerpt': {
    severity: 'error',
    summary: 'Et præcist faktum (tal, telefon, adresse, frist, tid) skal stå i et af sine uddrag.',
    why: 'Præcise oplysninger er dem, borgere handler på; de skal kunne efterprøves ord for ord.',
  },
  'mandatory-point-unaccounted': {
    severity: 'error',
    summary: 'Hvert lovpligtigt punkt skal henvise til de afsnit, der beskriver det (helt eller delvist), eller registreres som ikke beskrevet.',
    why: 'Et punkt, der bare mangler i data, skjuler, om kommunen har beskrevet det.',
  },
  'unknown-point': {
    severity: 'error',
    summary: 'Punkter under krav skal findes i dokumentets kravkatalog (under omtalte_punkter: i det gældende katalog).',
    why: 'Et ukendt punkt er ofte en stavefejl, der skjuler et rigtigt punkt.',
  },
  'unknown-catalogue': {
    severity: 'error',
    summary: 'En kvalitetsstandard skal angive et kravkatalog, der findes; andre dokumenttyper må ikke.',
    why: 'Uden kravkatalog kan det ikke kontrolleres, om standarden har lovens punkter med.',
  },
  'mandatory-point-missing-in-text': {
    severity: 'error',
    summary:
      'Et udkast til en kvalitetsstandard skal beskrive hvert af lovens punkter: under en overskrift om punktet eller i et afsnit, der bruger flere af punktets nøgleord.',
    why: 'Tekstkontrollen (rusmiddelstandard check-text) viser den, der gennemgår et udkast, hvilke punkter der mangler, før standarden vedtages og borgerne mangler svar.',
  },
  'mandatory-point-only-mentioned-in-text': {
    severity: 'error',
    summary:
      'Et punkt, som udkastet kun nævner (en overskrift over en pladsholder som "TBD", en henvisning eller en enkelt sætning i forbifarten), skal beskrives.',
    why: 'En overskrift uden indhold ser ud som en beskrivelse, men giver borgeren intet svar.',
  },
  'pdf-without-text': {
    severity: 'error',
    summary: 'En PDF skal have et tekstlag; en scanning (billeder af siderne) kan ikke læses.',
    why: 'Uden tekst kan kontrollen ikke se, hvad udkastet beskriver; bed om Word-filen eller en PDF gemt fra Word.',
  },
  'unreadable-document': {
    severity: 'error',
    summary: 'En Word- eller PDF-fil skal kunne åbnes.',
    why: 'En beskadiget fil kan ikke kontrolleres; gem den igen fra programmet, den er skrevet i.',
  },
  'section-text-differs': {
    severity: 'error',
    summary:
      'Hvert afsnits tekst skal være kildens tekst mellem afsnittets overskrift og den næste, ord for ord; det, der bevidst er udeladt, skal stå under udeladt med en begrundelse.',
    why: 'Siden viser hele dokumentet; en ændret eller opfundet sætning ville stå der, som om kommunen havde skrevet den.',
  },
  'heading-not-in-source': {
    severity: 'error',
    summary: 'Hver overskrift i en kildes overskriftskort (data/sources/*.headings.yaml) skal stå i kilden, i samme rækkefølge.',
    why: 'Overskriftskortet bestemmer, hvilken del af kilden hvert afsnit skal gengive; en forkert overskrift flytter teksten.',
  },
  'section-without-heading': {
    severity: 'error',
    summary: 'Hvert afsnit skal have mindst én overskrift i kildens overskriftskort, og hvert dokument med en kilde skal have et overskriftskort.',
    why: 'Uden overskrift kan afsnittets tekst ikke sammenlignes med kilden.',
  },
  'omission-not-in-source': {
    severity: 'error',
    summary: 'Udeladt tekst (udeladt, udeladt_fra_kilden) skal stå ordret i kilden, i det afsnit den er udeladt fra.',
    why: 'En udeladelse skal pege på rigtig tekst i kilden; ellers skjuler den en forskel.',
  },
  'excerpt-not-in-cited-section': {
    severity: 'error',
    summary: 'Hvert uddrag skal stå i det afsnit (eller et af de afsnit), faktummet henviser til.',
    why: 'Linket "Kilde: afsnit …" skal føre borgeren til det sted, hvor kommunen faktisk skriver det.',
  },
  'summary-without-excerpt': {
    severity: 'error',
    summary:
      'Et faktum med en sammenfatning i fri tekst (fx gaelder_for, betingelser, hvordan, maalgruppe, beskrivelse) skal have mindst ét uddrag, der ikke er tomt.',
    why: 'En sammenfatning uden uddrag kan ikke efterprøves og kan sige mere, end kilden gør.',
  },
  'explicit-none-without-negation': {
    severity: 'error',
    summary: 'Et felt, der siger "ingen" (ingen: true), skal have et uddrag med en nægtelse (ingen, ikke, uden, intet).',
    why: '"Ingen frist" er et løfte til borgeren; det skal stå i kilden, ikke bare mangle i den.',
  },
  'not-described-but-source-covers': {
    severity: 'error',
    summary: 'Et emne eller punkt, der står som ikke beskrevet, må ikke være dækket af kildens egen tekst, medmindre en begrundelse forklarer hvorfor.',
    why: '"Ikke beskrevet" er en påstand om kommunens dokument; den skal være sand, ellers mister borgeren et svar, kilden giver.',
  },
  'mandatory-point-not-described': {
    severity: 'warning',
    summary: 'Standarden beskriver ikke et af lovens punkter.',
    why: 'Borgeren har krav på at kende kommunens serviceniveau på alle lovens punkter.',
  },
  'mandatory-point-partly-described': {
    severity: 'warning',
    summary: 'Standarden beskriver kun en del af et af lovens punkter (status delvist, med en begrundelse for, hvad der mangler).',
    why: 'Et punkt, der kun er delvist beskrevet, giver borgeren et ufuldstændigt svar; siden viser, hvad der mangler.',
  },
  'revision-overdue': {
    severity: 'warning',
    summary: 'Standarden skal revideres mindst hvert andet år og inden sin egen frist.',
    why: 'En forældet standard kan beskrive regler, klageinstanser og tilbud, der ikke gælder længere.',
  },
  'control-character': {
    severity: 'error',
    summary:
      'Tekst og nøgler må ikke indeholde styretegn eller usynlige tegn, der vender tekstretningen (heller ikke skrevet som escape-sekvens, fx "\\e" eller "\\u202E").',
    why: 'Sådanne tegn kan skjule eller forvanske tekst på siden og i kontrollens output.',
  },
  'blank-value': {
    severity: 'error',
    summary: 'En værdi må ikke bestå af mellemrum alene.',
    why: 'En tom værdi siger intet, og et tomt uddrag findes i enhver tekst, så det beviser intet.',
  },
  'unsafe-markdown': {
    severity: 'error',
    summary:
      'Markdown i afsnittenes tekst må kun linke til http(s), mailto, tel og sidens egne sider, og må ikke indeholde HTML eller billeder fra andre steder.',
    why: 'Data skrives af mange; et javascript:-link eller et billede udefra ville køre kode eller hente noget fra et fremmed domæne hos borgeren.',
  },
  'empty-slug': {
    severity: 'error',
    summary: 'Et navn, der bliver til en adresse (kommune, døgninstitution), skal indeholde bogstaver eller tal.',
    why: 'Et navn uden bogstaver giver en tom adresse, og siden kan ikke bygges.',
  },
  'slug-collision': {
    severity: 'error',
    summary: 'To forskellige navne må ikke give samme adresse (fx "Ærø" og "Aeroe").',
    why: 'Ellers lægges to kommuner eller institutioner stille sammen på én side.',
  },
  'unreadable-file': {
    severity: 'error',
    summary: 'Hver datafil skal være en almindelig fil, der kan læses.',
    why: 'En mappe, et link uden mål, en FIFO eller en fil uden læseadgang kan ikke kontrolleres; den må ikke bare springes over.',
  },
  'awaiting-confirmation': {
    severity: 'error',
    summary: 'Et dokument må ikke have værdier, der venter på at blive bekræftet (til_bekraeftelse).',
    why: 'Importen finder telefonnumre, datoer, afsnit og lovens punkter maskinelt; først når et menneske har kontrolleret dem mod kilden, må de vises som kontrollerede fakta.',
  },
  'document-undated': { severity: 'warning', summary: 'Dokumentet bør være dateret.', why: 'Uden dato kan en borger ikke se, om oplysningerne stadig gælder.' },
} as const satisfies Record<string, RuleDescription>;

export type RuleId = keyof typeof RULES;

/** The site page that explains a rule. Mandatory-point diagnostics link to the point's own page instead. */
export const ruleDocsUrl = (ruleId: RuleId): string => `/regler/#${ruleId}`;
export const pointDocsUrl = (pointId: string): string => `/krav/${pointId}/`;

/** Builds a diagnostic with the rule's default severity and docs link. */
export function diagnostic(ruleId: RuleId, file: string, line: number, column: number, message: string, docsUrl: string = ruleDocsUrl(ruleId)): Diagnostic {
  // Messages quote values from the data: escaped, no value can clear a terminal or forge a line. The file name
  // stays as it is (it identifies the file); every formatter escapes it when it prints it.
  return { file, line, column, severity: RULES[ruleId].severity, ruleId, message: escapeForDisplay(message), docsUrl };
}
