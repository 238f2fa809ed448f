import { da } from '../../i18n/da.ts';
import { listColumn } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const klageadgang: TopicModule<'klageadgang'> = {
  key: 'klageadgang',
  label: 'Klageadgang',
  comparison: {
    slug: 'klageadgang',
    title: 'Klageadgang',
    intro: 'Hvor du klager, og hvor lang tid du har, alt efter hvad klagen handler om.',
    order: 60,
    columns: (['socialfaglig-afgoerelse', 'sundhedsfaglig-behandling', 'personale-og-sagsbehandling', 'borgerraadgiver', 'kvalitetsstandarden'] as const).map(
      (subject) =>
        listColumn(
          'klageadgang',
          da.complaintSubjects[subject],
          (route) =>
            `${route.instans}${route.omraade ? ` (${da.complaints.areaOnly(da.areas[route.omraade])})` : ''}${route.frist ? ` (frist: ${da.deadlineValue(route.frist)})` : ''}`,
          (route) => route.emne === subject,
        ),
    ),
  },
  rights: {
    id: 'klage',
    question: 'Hvor klager jeg?',
    order: 80,
    after: (kommune) => ({ href: `/klage/${kommune.id}/`, text: da.rights.complaintGuide(kommune.navn) }),
  },
  scaffoldHint: 'hvor og hvordan man klager',
};
