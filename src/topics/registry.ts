import type { TopicKey } from '../model/site-data.ts';
import { pointColumn } from './columns.ts';
import type { Comparison, TopicModule } from './types.ts';
import { anonymitet } from './anonymitet/topic.ts';
import { behandlingsgaranti } from './behandlingsgaranti/topic.ts';
import { betaling } from './betaling/topic.ts';
import { doegninstitutioner } from './doegninstitutioner/topic.ts';
import { frit_valg } from './frit_valg/topic.ts';
import { gavekort } from './gavekort/topic.ts';
import { klageadgang } from './klageadgang/topic.ts';
import { kontakt } from './kontakt/topic.ts';
import { maalgrupper } from './maalgrupper/topic.ts';
import { opfoelgning } from './opfoelgning/topic.ts';
import { tilbud } from './tilbud/topic.ts';

/**
 * Every topic, in the order of the document page. This is the one list of topics: pages, the scaffold and the corpus
 * read it; each topic's label, columns, rights question and scaffold hint live in its own folder (src/topics/<key>/).
 */
export const TOPICS = [
  maalgrupper,
  tilbud,
  behandlingsgaranti,
  frit_valg,
  anonymitet,
  klageadgang,
  doegninstitutioner,
  opfoelgning,
  gavekort,
  betaling,
  kontakt,
] as const;

// A topic in the schema (schemas/document.ts TopicShape) without a module here is a type error, not a silent gap.
type Missing = Exclude<TopicKey, (typeof TOPICS)[number]['key']>;
const everyTopicHasAModule: [Missing] extends [never] ? true : Missing = true;
void everyTopicHasAModule;

export const TOPIC_KEYS: TopicKey[] = TOPICS.map((topic) => topic.key);

/** Comparisons over mandatory points rather than topic fields: where each document describes the point. */
const POINT_COMPARISONS: Comparison[] = [
  {
    slug: 'brugerinddragelse',
    title: 'Brugerinddragelse',
    intro: 'Hvordan du får indflydelse på din egen behandling.',
    order: 110,
    columns: [pointColumn('brugerinddragelse', 'Beskrevet i')],
  },
  {
    slug: 'personale',
    title: 'Personale',
    intro: 'De ansattes uddannelse og efteruddannelse.',
    order: 120,
    columns: [pointColumn('personale', 'Beskrevet i')],
  },
  {
    slug: 'monitorering',
    title: 'Monitorering',
    intro: 'Hvordan kommunen måler, om behandlingen virker.',
    order: 130,
    columns: [pointColumn('monitorering', 'Beskrevet i')],
  },
];

/** The comparison pages (/emner/<slug>/), in the order of the topics index. */
export const COMPARISONS: Comparison[] = [...TOPICS.map((topic) => topic.comparison), ...POINT_COMPARISONS].sort((a, b) => a.order - b.order);

/** The rights-page question answered from a mandatory point (children at home) rather than a topic field. */
export const CHILDREN_QUESTION = {
  id: 'boern',
  question: 'Hvad med mine børn, når jeg drikker eller tager stoffer?',
  order: 70,
  point: 'hjemmeboende-boern',
} as const;

/** The topics with a question on the rights page, in the page's order. */
export const RIGHTS_TOPICS = TOPICS.filter((topic): topic is (typeof TOPICS)[number] & { rights: NonNullable<TopicModule['rights']> } =>
  Boolean(topic.rights),
).sort((a, b) => a.rights.order - b.rights.order);

export const topicModule = <K extends TopicKey>(key: K): TopicModule<K> => TOPICS.find((topic) => topic.key === key) as unknown as TopicModule<K>;
