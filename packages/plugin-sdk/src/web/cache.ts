import { revalidateTag, unstable_cache } from "next/cache";

/**
 * Data caching for plugin pages, by tag. Next 16 offers two tagged caches: `"use cache"` +
 * cacheTag (needs cacheComponents, which the apps do not enable: their layouts read the enabled
 * plugins on every request) and unstable_cache({ tags }). Both are invalidated by
 * revalidateTag(tag, profile); Next 16 deprecates the one-argument form, "max" is its
 * recommended profile (stale-while-revalidate on the next visit).
 *
 * Tags are "<plugin slug>:<name>" (pluginCacheTag) so one plugin cannot expire another's data,
 * nor the host's.
 */
const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*:[A-Za-z0-9._/:-]+$/;

export function pluginCacheTag(plugin: string, name: string): string {
  return checkedTag(`${plugin}:${name}`);
}

function checkedTag(tag: string): string {
  if (!TAG.test(tag)) throw new Error(`Cache tag "${tag}" must look like "<plugin slug>:<name>" (use pluginCacheTag).`);
  return tag;
}

export interface CachedByTagOptions {
  /** Seconds before a background refresh; false (default) keeps the value until its tag is revalidated. */
  revalidate?: number | false;
  /** Extra cache key parts, when two cached functions would otherwise share a key. */
  key?: string[];
}

/**
 * `fn` cached across requests under `tags`; its arguments are part of the key. The value must be
 * JSON-serializable (it is stored as JSON). Outside a Next server (tests, scripts) there is no
 * cache to use, so `fn` simply runs.
 */
export function cachedByTag<TArgs extends unknown[], TResult>(
  tags: readonly string[],
  fn: (...args: TArgs) => Promise<TResult>,
  options: CachedByTagOptions = {},
): (...args: TArgs) => Promise<TResult> {
  const checked = tags.map(checkedTag);
  const cached = unstable_cache(fn, [...checked, ...(options.key ?? [])], { tags: checked, revalidate: options.revalidate ?? false });
  return async (...args) => {
    try {
      return await cached(...args);
    } catch (error) {
      if (isOutsideNext(error)) return fn(...args);
      throw error;
    }
  };
}

/**
 * Marks everything cached under `tag` stale: the next visit serves the old value once and
 * refreshes it. Call it where the data changes (a plugin procedure, a route handler, a function).
 * Outside a Next server there is no cache, so it does nothing.
 */
export function revalidatePluginTag(tag: string): void {
  const checked = checkedTag(tag);
  try {
    revalidateTag(checked, "max");
  } catch (error) {
    if (!isOutsideNext(error)) throw error;
  }
}

// Next throws these invariants when no request or incremental cache is active (plain Node).
function isOutsideNext(error: unknown): boolean {
  const message = error instanceof Error ? error.message : "";
  return /incrementalCache missing|static generation store missing/.test(message);
}
