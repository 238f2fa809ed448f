import { da } from '../../i18n/da.ts';
import type { ListItem } from '../columns.ts';

type Route = ListItem<'klageadgang'>;
type Deadline = NonNullable<Route['frist']>;

/** A deadline as the pages show it: the source's text, or "Ingen frist" when the source says there is none, and its condition. */
export interface DeadlineView {
  text: string;
  /** The source says explicitly that there is no deadline. */
  none: boolean;
  /** The condition under which the deadline applies, when the source limits it. */
  condition?: string;
}

export function deadlineView(deadline: Deadline | undefined): DeadlineView | undefined {
  if (deadline === undefined) return undefined;
  if (typeof deadline === 'string') return { text: deadline, none: false };
  if ('ingen' in deadline) return { text: da.deadline.none, none: true };
  return { text: deadline.tekst, none: false, condition: deadline.betingelse.tekst };
}

/** "Send the complaint to X. X looks at the case again and sends it on to Y": who gets the complaint first, and then. */
export function reconsiderationSteps(route: Route): { first: string; then?: string } | undefined {
  if (!route.genvurdering?.kommunen_foerst) return undefined;
  const then = route.genvurdering.derefter;
  // When the route names the body that decides last as its instans (the source names the appeal body), the complaint
  // still goes first to whoever made the decision; the data does not name it, so neither does the page.
  const first = then && !then.startsWith(route.instans) ? route.instans : da.complaints.decisionMaker;
  // The sentence ends with its own full stop; the data's text may carry one already.
  const next = then?.replace(/\.+$/, '') ?? (first === route.instans ? undefined : route.instans);
  return { first, then: next };
}
