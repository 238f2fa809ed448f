import { age, listColumn } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const maalgrupper: TopicModule<'maalgrupper'> = {
  key: 'maalgrupper',
  label: 'Målgrupper',
  comparison: {
    slug: 'maalgrupper',
    title: 'Målgrupper',
    intro: 'Hvem kommunernes tilbud er til, og fra hvilken alder.',
    order: 10,
    columns: [listColumn('maalgrupper', 'Målgrupper', (group) => `${group.navn}${age(group.alder)}`)],
  },
  scaffoldHint: 'hvem tilbuddene er til',
};
