export {
  checkDraftText,
  findPoints,
  formatLines,
  FOUND_AT,
  HEADING_SCORE,
  type DraftTextCheck,
  type Evidence,
  type Outcome,
  type PointFound,
  type PointMentioned,
  type PointMissing,
  type PointOutcome,
  type PointResult,
} from './check-draft-text.ts';
export { KEYWORD_FILE_SUFFIX, parseKeywordFile, type LocatedKeywords } from './keywords.ts';
export type { SkippedLines } from './structure.ts';
export { detectDocumentType, DOCUMENT_TYPES, type TextDocumentType } from './document-type.ts';
export { pointExamples, EXAMPLES_PER_POINT, type PointExample } from './examples.ts';
