export {
  checkDraftText,
  formatLines,
  FOUND_AT,
  HEADING_SCORE,
  type DraftTextCheck,
  type Evidence,
  type PointFound,
  type PointMissing,
  type PointResult,
} from './check-draft-text.ts';
export { KEYWORD_FILE_SUFFIX, parseKeywordFile, type LocatedKeywords } from './keywords.ts';
export type { SkippedLines } from './structure.ts';
