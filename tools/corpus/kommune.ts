import type { SubstanceArea } from '../../schemas/index.ts';
import type { Random } from './random.ts';
import { INSTITUTIONS, OFFERS, TOWN_PARTS, type InstitutionTemplate, type OfferTemplate } from './vocabulary.ts';

/** One synthetic municipality: every name, number and promise its three documents draw on. */
export interface Kommune {
  nummer: number;
  /** "Syntetisk 07": the site appends "Kommune". */
  navn: string;
  slug: string;
  by: string;
  postnr: string;
  center: string;
  gade: string;
  telefon: string;
  ungeTelefon: string;
  borgerraadgiverTelefon: string;
  email: string;
  ungeEmail: string;
  hjemmeside: string;
  leder: string;
  omraader: SubstanceArea[];
  /** A large kommune writes longer documents with more offers (like the real Skanderborg standard). */
  stor: boolean;
  garantiDage: number;
  ungeAlder: { fra: number; til: number };
  opfoelgningMaaneder: number[];
  gavekort: { beloeb: number; hyppighed: string; maks: number; alderTil: number } | undefined;
  offers: OfferTemplate[];
  institutions: InstitutionTemplate[];
  aabning: { dag: string; tid: string }[];
  telefontid: string;
  godkendtAf: string;
}

const FIRST_NAMES = [
  'Anne',
  'Bo',
  'Camilla',
  'Dorte',
  'Erik',
  'Frida',
  'Gitte',
  'Henrik',
  'Ida',
  'Jens',
  'Karen',
  'Lars',
  'Mette',
  'Niels',
  'Ole',
  'Pia',
  'Rasmus',
  'Sofie',
  'Tina',
  'Ulrik',
];
const LAST_NAMES = ['Testesen', 'Prøvesen', 'Modelsen', 'Eksempelsen', 'Fiktivsen', 'Syntesen', 'Skabelonsen', 'Udkastsen'];
const STREETS = ['Syntesevej', 'Prøvegade', 'Testvej', 'Modelallé', 'Fiktivvej', 'Eksempelgade', 'Skabelonvej', 'Udkaststræde', 'Attrapvej', 'Kopigade'];
const CENTER_PATTERNS = [
  (by: string) => `Rusmiddelcenter ${by}`,
  (by: string) => `${by} Rusmiddelcenter`,
  (by: string) => `Center for Rusmiddelbehandling ${by}`,
  (by: string) => `Misbrugscenter ${by}`,
  (by: string) => `Rusmiddelbehandlingen i ${by}`,
];

/** A Danish-looking phone number that cannot be dialled: Danish numbers never start with 0. */
function fakePhone(random: Random): string {
  const pair = () => String(random.int(0, 99)).padStart(2, '0');
  return `0${random.int(1, 9)} ${pair()} ${pair()} ${pair()}`;
}

export function makeKommune(nummer: number, width: number, random: Random): Kommune {
  const digits = String(nummer).padStart(width, '0');
  const navn = `Syntetisk ${digits}`;
  const slug = `syntetisk-${digits}`;
  const by = `${random.pick(TOWN_PARTS.prefix)}${random.pick(TOWN_PARTS.stem)}`;
  const omraader: SubstanceArea[] = random.chance(0.85) ? ['alkohol', 'stof'] : ['stof'];
  const stor = random.chance(0.2);
  const offers = random.sample(
    OFFERS.filter((offer) => offer.omraader.some((area) => omraader.includes(area))),
    stor ? random.int(16, 23) : random.int(8, 16),
  );
  const gavekort = random.chance(0.55)
    ? {
        beloeb: random.pick([100, 150, 200, 250]),
        hyppighed: random.pick([
          'ved hvert 2. fremmøde',
          'ved hvert 3. fremmøde',
          'hver anden uge ved stabilt fremmøde',
          'når et delmål i behandlingsplanen er nået',
        ]),
        maks: random.pick([5, 6, 8, 10, 12]),
        alderTil: random.pick([25, 30]),
      }
    : undefined;
  const endHour = random.pick(['15.00', '15.30', '16.00']);
  return {
    nummer,
    navn,
    slug,
    by,
    postnr: `0${String(100 + nummer * 7).slice(-3)}`,
    center: random.pick(CENTER_PATTERNS)(by),
    gade: `${random.pick(STREETS)} ${random.int(1, 120)}`,
    telefon: fakePhone(random),
    ungeTelefon: fakePhone(random),
    borgerraadgiverTelefon: fakePhone(random),
    email: `rusmiddel@${slug}.example`,
    ungeEmail: `ung@${slug}.example`,
    hjemmeside: `www.${slug}.example/rusmiddel`,
    leder: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
    omraader,
    stor,
    garantiDage: random.pick([14, 14, 14, 14, 10, 7]),
    ungeAlder: { fra: random.pick([13, 15, 15, 16, 18]), til: random.pick([24, 25, 25, 29, 30]) },
    opfoelgningMaaneder: random.pick([
      [1, 6],
      [1, 6],
      [1, 3, 6],
      [1, 6, 12],
      [3, 6],
    ]),
    gavekort,
    offers,
    institutions: random.sample(INSTITUTIONS, random.pick([0, 2, 3, 4, 5, 6])),
    aabning: random.chance(0.5)
      ? [
          { dag: 'Mandag-torsdag', tid: `kl. 8.00-${endHour}` },
          { dag: 'Fredag', tid: 'kl. 8.00-13.00' },
        ]
      : [{ dag: 'Mandag-fredag', tid: `kl. 8.30-${endHour}` }],
    telefontid: random.pick(['mandag-fredag kl. 9.00-12.00', 'alle hverdage kl. 8.00-10.00', 'mandag-torsdag kl. 9.00-14.00']),
    godkendtAf: random.pick(['byrådet', 'kommunalbestyrelsen', 'Social- og Sundhedsudvalget']),
  };
}
