import { checkDataset, formatStylish, hasErrors } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { checkedData } from '../../src/model/checked-handoff.ts';
import { buildSiteData, type SiteData } from '../../src/model/site-data.ts';

let cached: SiteData | undefined;

/** The pages' view of data/, for tests that compare it with the built site: checked here as the build checks it. */
export function siteData(): SiteData {
  if (cached) return cached;
  const files = loadDatasetFromDisk();
  const result = checkDataset(files);
  if (hasErrors(result.diagnostics)) throw new Error(`Data har fejl:\n${formatStylish(result.diagnostics.filter((d) => d.severity === 'error'))}`);
  cached = buildSiteData(checkedData(result), files.today);
  return cached;
}
