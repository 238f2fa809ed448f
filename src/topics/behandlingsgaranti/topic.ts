import { da } from '../../i18n/da.ts';
import { listColumn, orNotDescribedShort } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const behandlingsgaranti: TopicModule<'behandlingsgaranti'> = {
  key: 'behandlingsgaranti',
  label: 'Behandlingsgaranti',
  comparison: {
    slug: 'behandlingsgaranti',
    title: 'Behandlingsgaranti',
    intro: 'Hvor hurtigt behandlingen skal begynde, efter du har bedt om den.',
    order: 30,
    columns: [
      listColumn('behandlingsgaranti', 'Senest', (g) => da.fields.days(g.dage)),
      listColumn('behandlingsgaranti', 'Regnet fra', (g) => orNotDescribedShort(g.regnet_fra)),
      listColumn('behandlingsgaranti', 'Gælder', (g) => orNotDescribedShort(g.gaelder_for)),
    ],
  },
  rights: { id: 'behandlingsgaranti', question: 'Hvor hurtigt får jeg hjælp, og hvor længe skal jeg vente?', order: 20 },
  scaffoldHint: 'hvor hurtigt behandlingen skal begynde',
};
