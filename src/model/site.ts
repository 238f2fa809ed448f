import checked from 'virtual:rusmiddelstandarder/checked-data';
import { buildSiteData, type SiteData } from './site-data.ts';

let cached: SiteData | undefined;

/**
 * The checked data set as the pages see it, from the data-check integration's virtual module: the build has already
 * stopped on errors before any page renders, so there is nothing to check again here.
 */
export function siteData(): SiteData {
  cached ??= buildSiteData(checked.result, checked.today);
  return cached;
}
