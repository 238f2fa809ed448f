export { checkDataset, hasErrors, sortDiagnostics } from './check.ts';
export type { CheckResult, DatasetFiles, Located } from './dataset.ts';
export type { Diagnostic, Severity, TextFile } from './types.ts';
export { RULES, type RuleId } from './rule-catalogue.ts';
export { formatStylish } from './format/stylish.ts';
export { formatJson } from './format/json.ts';
export { formatSarif } from './format/sarif.ts';
export { revisionStatus, newestDatedYear, type RevisionStatus } from './rules/revision.ts';
export { normalizeForExcerpt } from './normalize.ts';
