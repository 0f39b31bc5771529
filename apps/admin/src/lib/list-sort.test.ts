import { describe, expect, it } from "vitest";
import { fetchAllCursorPages, fetchAllPages, sortFromParam, sortToParam, tableSortOf } from "./list-sort";

describe("a list's sort in the URL", () => {
  const keys = ["email", "createdAt"] as const;
  it("reads ascending, descending and ignores keys the list can't sort by", () => {
    expect(sortFromParam("email", keys)).toEqual({ by: "email", direction: "asc" });
    expect(sortFromParam("-createdAt", keys)).toEqual({ by: "createdAt", direction: "desc" });
    expect(sortFromParam("-passwordHash", keys)).toBeUndefined();
    expect(sortFromParam("", keys)).toBeUndefined();
  });
  it("writes the table's sort back the same way, and no parameter for none", () => {
    expect(sortToParam({ id: "email", desc: true })).toBe("-email");
    expect(sortToParam(null)).toBeNull();
    expect(tableSortOf(sortFromParam(sortToParam({ id: "createdAt", desc: false })!, keys))).toEqual({ id: "createdAt", desc: false });
  });
});

describe("fetchAllPages", () => {
  it("asks page after page until the last, and stops at the limit", async () => {
    const asked: number[] = [];
    const fetchPage = async (page: number) => (asked.push(page), { items: [page * 10, page * 10 + 1], pageCount: 3 });
    expect(await fetchAllPages(fetchPage)).toEqual([10, 11, 20, 21, 30, 31]);
    expect(asked).toEqual([1, 2, 3]);
    expect(await fetchAllPages(fetchPage, 3)).toEqual([10, 11, 20]);
  });
});

describe("fetchAllCursorPages", () => {
  it("follows each next cursor until there is none, and stops at the limit", async () => {
    const pages: Record<string, { items: string[]; nextCursor: string | null }> = {
      start: { items: ["a", "b"], nextCursor: "c2" },
      c2: { items: ["c"], nextCursor: "c3" },
      c3: { items: ["d"], nextCursor: null },
    };
    const asked: (string | undefined)[] = [];
    const fetchPage = async (cursor: string | undefined) => (asked.push(cursor), pages[cursor ?? "start"]!);
    expect(await fetchAllCursorPages(fetchPage)).toEqual(["a", "b", "c", "d"]);
    expect(asked).toEqual([undefined, "c2", "c3"]);
    expect(await fetchAllCursorPages(fetchPage, 3)).toEqual(["a", "b", "c"]);
  });
});
