import type { OfferForm } from '../../../schemas/index.ts';
import { da } from '../../i18n/da.ts';
import { age, listColumn } from '../columns.ts';
import type { TopicModule } from '../types.ts';

const offerColumn = (form: OfferForm, header: string) =>
  listColumn(
    'tilbud',
    header,
    (offer) => `${offer.navn}${age(offer.alder)}${offer.planlagt ? ` (${da.fields.planned.toLowerCase()})` : ''}`,
    (offer) => offer.former.includes(form),
  );

export const tilbud: TopicModule<'tilbud'> = {
  key: 'tilbud',
  label: 'Tilbud',
  comparison: {
    slug: 'tilbud',
    title: 'Tilbud',
    intro: 'Hvilke slags behandling kommunerne tilbyder.',
    order: 20,
    columns: [
      offerColumn('ambulant', 'Ambulant'),
      offerColumn('dag', 'Dagbehandling'),
      offerColumn('doegn', 'Døgnbehandling'),
      offerColumn('anonym', 'Anonym'),
      offerColumn('substitution', 'Substitution'),
      offerColumn('unge', 'Unge'),
      offerColumn('paaroerende', 'Pårørende'),
    ],
  },
  scaffoldHint: 'behandlings- og støttetilbuddene',
};
