import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFile } from '../../../model/open-data/csv.ts';
import { pageUrlFor } from '../../../model/open-data/dataset.ts';
import { csvTopic, topicTable, type CsvTopic } from '../../../model/open-data/tables.ts';
import { siteData } from '../../../model/site.ts';
import { COMPARISONS } from '../../../topics/registry.ts';

export const getStaticPaths = (() =>
  COMPARISONS.map((topic) => ({ params: { emne: topic.slug }, props: { topic: csvTopic(topic) } }))) satisfies GetStaticPaths;

/** The comparison table of /emner/<emne>/ as a spreadsheet: same rows, same columns, same values. */
export const GET: APIRoute<{ topic: CsvTopic }> = ({ props, site }) => csvFile(topicTable(props.topic, siteData().documents, pageUrlFor(site)));
