import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QueryStates, type QueryLike } from "../src/query-states";

type Rows = { items: string[] };
const base = { isPending: false, isError: false, error: null, data: undefined };
const render = (query: QueryLike<Rows>, extra: Record<string, unknown> = {}) =>
  renderToStaticMarkup(
    h(QueryStates<Rows>, {
      query,
      formatError: (error) => `failed: ${String(error)}`,
      skeletonClassName: "h-64",
      isEmpty: (data) => data.items.length === 0,
      empty: { title: "Nothing here" },
      children: (data) => h("ul", { "data-testid": "rows" }, data.items.join(",")),
      ...extra,
    }),
  );

describe("<QueryStates>", () => {
  it("shows the skeleton while pending", () => {
    const html = render({ ...base, isPending: true });
    expect(html).toContain('data-slot="skeleton"');
    expect(html).not.toContain("rows");
  });

  it("shows the formatted error with the optional title", () => {
    const html = render({ ...base, isError: true, error: "boom" }, { errorTitle: "Could not load" });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Could not load");
    expect(html).toContain("failed: boom");
  });

  it("shows the empty state for empty data and the children otherwise", () => {
    expect(render({ ...base, data: { items: [] } })).toContain("Nothing here");
    const html = render({ ...base, data: { items: ["a", "b"] } });
    expect(html).toContain('<ul data-testid="rows">a,b</ul>');
    expect(html).not.toContain("Nothing here");
  });

  it("keeps stale data beside a refetch error unless errorHidesData is set", () => {
    const failed = { ...base, isError: true, error: "boom", data: { items: ["a"] } };
    expect(render(failed)).toContain("rows");
    expect(render(failed, { errorHidesData: true })).not.toContain("rows");
  });
});
