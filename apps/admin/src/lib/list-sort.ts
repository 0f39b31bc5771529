import type { DataTableSort } from "@tillbox/ui/data-table";

/**
 * A list's sort in its URL: "email" ascending, "-email" descending, so a sorted list can be
 * shared and reloaded like its filters. Keys the list doesn't sort by are ignored.
 */
export function sortFromParam<Key extends string>(param: string, keys: readonly Key[]): { by: Key; direction: "asc" | "desc" } | undefined {
  const desc = param.startsWith("-");
  const by = (desc ? param.slice(1) : param) as Key;
  return keys.includes(by) ? { by, direction: desc ? "desc" : "asc" } : undefined;
}

export function sortToParam(sort: DataTableSort | null): string | null {
  return sort ? `${sort.desc ? "-" : ""}${sort.id}` : null;
}

export function tableSortOf(sort: { by: string; direction: "asc" | "desc" } | undefined): DataTableSort | null {
  return sort ? { id: sort.by, desc: sort.direction === "desc" } : null;
}

/** Every page of a paged list, one request at a time (for exports), up to `limit` rows. */
export async function fetchAllPages<Row>(fetchPage: (page: number) => Promise<{ items: Row[]; pageCount: number }>, limit = 10_000): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchPage(page);
    rows.push(...result.items);
    if (page >= result.pageCount || rows.length >= limit) return rows.slice(0, limit);
  }
}

/** Every page of a cursor list, one request at a time (for exports), up to `limit` rows. */
export async function fetchAllCursorPages<Row>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: Row[]; nextCursor?: string | null }>,
  limit = 10_000,
): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  for (;;) {
    const result = await fetchPage(cursor);
    rows.push(...result.items);
    if (!result.nextCursor || rows.length >= limit) return rows.slice(0, limit);
    cursor = result.nextCursor;
  }
}
