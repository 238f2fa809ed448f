import type { LegalProvision } from '../../schemas/index.ts';
import type { SiteData } from './site-data.ts';

/**
 * Where a kommune's documents do not say where to complain, the complaint page still gives the next step: the
 * provisions (data/requirements/bestemmelser.yaml) that say where such a complaint goes in every kommune.
 * Keyed by the complaint question's slug (src/model/complaints.ts); a test checks every id exists.
 */
export const COMPLAINT_LAW: Record<string, string[]> = {
  stofbehandling: ['rsl-60'],
  alkoholbehandling: ['kel-1'],
  sundhedsfaglig: ['kel-1'],
  personale: [],
  ventetid: ['sel-101', 'sul-141', 'rsl-60'],
  kvalitetsstandarden: [],
};

export function complaintLaw(data: SiteData, slug: string): LegalProvision[] {
  return (COMPLAINT_LAW[slug] ?? []).flatMap((id) => {
    const provision = data.provisions.get(id);
    return provision ? [provision] : [];
  });
}
