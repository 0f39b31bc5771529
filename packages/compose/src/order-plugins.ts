import { compareStrings } from "./discover";
import type { ProblemList } from "./errors";

interface Node {
  slug: string;
  manifest: { dependsOn: string[] };
}

/**
 * Dependency order (a plugin after everything it depends on), ties broken alphabetically so
 * the generated files never change unless the plugins do.
 */
export function orderPlugins<T extends Node>(plugins: T[], problems: ProblemList): T[] {
  const bySlug = new Map(plugins.map((plugin) => [plugin.slug, plugin]));
  for (const plugin of plugins) {
    for (const dependency of plugin.manifest.dependsOn) {
      if (!bySlug.has(dependency)) {
        problems.add(`plugin "${plugin.slug}" depends on "${dependency}", which is not installed`);
      }
    }
  }
  const ordered: T[] = [];
  const placed = new Set<string>();
  let remaining = [...plugins].sort((a, b) => compareStrings(a.slug, b.slug));
  while (remaining.length > 0) {
    // A missing dependency is already reported; do not let it also block ordering.
    const ready = remaining.find((plugin) => plugin.manifest.dependsOn.every((dep) => placed.has(dep) || !bySlug.has(dep)));
    if (!ready) {
      problems.add(`dependency cycle: ${findCycle(remaining, bySlug).join(" -> ")}`);
      return ordered;
    }
    ordered.push(ready);
    placed.add(ready.slug);
    remaining = remaining.filter((plugin) => plugin !== ready);
  }
  return ordered;
}

/** Every remaining node has an unplaced dependency, so walking them must revisit one: that loop is the cycle. */
function findCycle(remaining: Node[], bySlug: Map<string, Node>): string[] {
  const unplaced = new Set(remaining.map((node) => node.slug));
  const path: string[] = [];
  let current = remaining[0]!;
  while (!path.includes(current.slug)) {
    path.push(current.slug);
    const next = [...current.manifest.dependsOn].sort(compareStrings).find((dep) => unplaced.has(dep));
    current = bySlug.get(next!)!;
  }
  const cycle = path.slice(path.indexOf(current.slug));
  // Start at the alphabetically first member, so the same cycle always prints the same way.
  const first = cycle.indexOf([...cycle].sort(compareStrings)[0]!);
  const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
  return [...rotated, rotated[0]!];
}
