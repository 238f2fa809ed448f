import type { DocumentView } from '../site-data.ts';

/** The date a document gives itself, as it writes it: its approval, else what it says about its own dating. */
export const documentDate = (document: DocumentView): string | undefined => document.approvedAs ?? document.datedAs;
