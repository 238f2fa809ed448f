import type { TopicKey } from '../model/site-data.ts';

/** An Astro component as a module exports it. */
type Component = (props: Record<string, unknown>) => unknown;

// Each topic folder's components, found by file name: a new topic folder brings its own, with no list to update.
const facts = import.meta.glob<{ default: Component }>('./*/Fact.astro', { eager: true });
const answers = import.meta.glob<{ default: Component }>('./*/Rights.astro', { eager: true });

/** The component that shows a topic's described value on the document page. */
export function factComponent(key: TopicKey): Component {
  const module = facts[`./${key}/Fact.astro`];
  if (!module) throw new Error(`src/topics/${key}/Fact.astro mangler`);
  return module.default;
}

/** The component that answers a topic's question on the rights page, one fact at a time. */
export function rightsComponent(key: TopicKey): Component {
  const module = answers[`./${key}/Rights.astro`];
  if (!module) throw new Error(`src/topics/${key}/Rights.astro mangler`);
  return module.default;
}
