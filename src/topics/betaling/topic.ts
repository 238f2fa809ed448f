import { da } from '../../i18n/da.ts';
import { item, topicCell, values } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const betaling: TopicModule<'betaling'> = {
  key: 'betaling',
  label: 'Betaling',
  comparison: {
    slug: 'betaling',
    title: 'Betaling for kost og logi',
    intro: 'Hvad du selv skal betale, fx for mad og ophold under døgnbehandling.',
    order: 100,
    columns: [
      {
        header: 'Ambulant behandling',
        cell: (document) =>
          topicCell(document, 'betaling', (payment) =>
            payment.ambulant_gratis === undefined
              ? { kind: 'not-described' }
              : values([item(document, payment.kilde, payment.ambulant_gratis ? 'Gratis' : 'Ikke gratis', payment)]),
          ),
      },
      {
        header: 'Kost og logi',
        cell: (document) =>
          topicCell(document, 'betaling', (payment) =>
            payment.kost_og_logi ? values([item(document, payment.kilde, payment.kost_og_logi, payment)]) : { kind: 'not-described' },
          ),
      },
      {
        header: da.fields.withoutGrant,
        cell: (document) =>
          topicCell(document, 'betaling', (payment) =>
            payment.uden_bevilling ? values([item(document, payment.kilde, payment.uden_bevilling, payment)]) : { kind: 'not-described' },
          ),
      },
    ],
  },
  rights: { id: 'betaling', question: 'Hvad koster det, og skal jeg selv betale?', order: 50 },
  scaffoldHint: 'betaling for behandling og for kost og logi',
};
