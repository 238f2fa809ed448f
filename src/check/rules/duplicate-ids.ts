import { diagnostic } from '../rule-catalogue.ts';
import { locate, type PathSegment } from '../locate.ts';
import type { ParsedYaml } from '../parse-yaml.ts';
import type { Diagnostic } from '../types.ts';

/** Reports every item of `items` whose `id` was used by an earlier item. Rule: duplicate-id. */
export function checkDuplicateIds(parsed: ParsedYaml, listPath: PathSegment[], items: readonly { id: string }[], what: string): Diagnostic[] {
  // The index of each id's first use; positions are read only for a duplicate, as a file without one never needs them.
  const firstIndex = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  items.forEach((item, index) => {
    const earlierIndex = firstIndex.get(item.id);
    if (earlierIndex === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    const { line, column } = locate(parsed, [...listPath, index, 'id']);
    const earlier = locate(parsed, [...listPath, earlierIndex, 'id']).line;
    diagnostics.push(
      diagnostic(
        'duplicate-id',
        parsed.file,
        line,
        column,
        `Id'et "${item.id}" (${what}) er allerede brugt på linje ${earlier}. Id'er bruges i adresser og henvisninger og skal være entydige: giv det et andet id.`,
      ),
    );
  });
  return diagnostics;
}
