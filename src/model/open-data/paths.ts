/** Where each download lives under /data/; pages link here and the endpoints are generated at these paths. */
export const DATA_INDEX = '/data/';
export const DATASET_JSON = '/data/rusmiddelstandarder.json';
export const documentJson = (documentId: string): string => `/data/dokumenter/${documentId}.json`;
export const topicCsv = (topicSlug: string): string => `/data/emner/${topicSlug}.csv`;
export const matrixCsv = (catalogueId: string): string => `/data/krav/${catalogueId}.csv`;
export const HSDS_ORGANIZATIONS = '/data/hsds/organizations.json';
export const HSDS_SERVICES = '/data/hsds/services.json';
export const HSDS_MAPPING = '/data/hsds/';
