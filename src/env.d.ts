/// <reference types="astro/client" />

/** The checked data set, handed to the pages by the data-check integration (src/integrations/data-check.ts). */
declare module 'virtual:rusmiddelstandarder/checked-data' {
  const checked: import('./model/checked-handoff.ts').CheckedDataset;
  export default checked;
}
