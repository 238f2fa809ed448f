/** How serious a diagnostic is. Errors fail the build and the CLI; warnings are findings shown on the site. */
export type Severity = 'error' | 'warning';

/** One problem, located in one file. Every face of the check (build, CLI, browser) reports this shape. */
export interface Diagnostic {
  /** Path of the file, relative to the project root where possible. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** Stable, permanent rule id in kebab-case. */
  ruleId: string;
  /** Danish message: what is wrong, why, and what to do. */
  message: string;
  /** Site-relative link to the page that explains the rule or the mandatory point. */
  docsUrl: string;
}

/** A file's path and its text, as read from disk or pasted in the browser. */
export interface TextFile {
  path: string;
  text: string;
}
