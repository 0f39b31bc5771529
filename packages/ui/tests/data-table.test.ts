import { NextIntlClientProvider } from "next-intl";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import de from "../messages/de.json";
import en from "../messages/en.json";
import { cursorsForPage, DataTable, tableCsv, type DataTableColumn, type DataTableProps } from "../src/data-table";

type Person = { id: string; email: string; joined: string };
const columns: DataTableColumn<Person>[] = [
  { id: "email", header: "Email", sortable: true, cell: (row) => row.email },
  { id: "joined", header: "Joined", sortable: true, descFirst: true, cell: (row) => row.joined },
  { id: "note", header: "Note", cell: () => "—" },
];
const page = {
  items: [
    { id: "1", email: "ada@x.test", joined: "2026" },
    { id: "2", email: "bob@x.test", joined: "2025" },
  ],
};
const query = { isPending: false, isError: false, error: null, data: page };

function render(extra: Partial<DataTableProps<Person>> = {}, locale: "en" | "de" = "en") {
  const props: DataTableProps<Person> = {
    columns,
    query,
    formatError: String,
    empty: { title: "Nobody" },
    getRowId: (row) => row.id,
    rowTestId: (row) => `row-${row.email}`,
    testId: "people",
    paging: { page: 2, pageCount: 2, total: 27, onPageChange: () => {} },
    onSortChange: () => {},
    ...extra,
  };
  const table = h(DataTable<Person>, props);
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale, timeZone: "UTC", messages: { ui: locale === "en" ? en : de }, children: table }));
}

describe("<DataTable>", () => {
  it("renders a row per item in the server's order, with the row's test id and every column", () => {
    const html = render();
    expect(html.indexOf('data-testid="row-ada@x.test"')).toBeLessThan(html.indexOf('data-testid="row-bob@x.test"'));
    expect(html.match(/<td/g)).toHaveLength(6);
    expect(html).toContain("Page 2 of 2");
    expect(html).toContain("27 in total");
  });

  it("offers sorting only on sortable columns and marks the sorted one for assistive technology", () => {
    const html = render({ sort: { id: "joined", desc: true } });
    expect(html.match(/<button type="button"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toMatch(/<th[^>]*aria-sort="descending"[^>]*>.*?Joined/);
    expect(html).not.toMatch(/<th[^>]*aria-sort[^>]*>.*?Email/);
    expect(html).toMatch(/<th[^>]*>Note<\/th>/);
  });

  it("renders headers as plain text when the page doesn't sort", () => {
    expect(render({ onSortChange: undefined })).not.toContain("aria-sort");
    expect(render({ onSortChange: undefined })).toMatch(/<th[^>]*>Email<\/th>/);
  });

  it("shows the empty state for no rows and an export button when exporting is offered, in the page's language", () => {
    expect(render({ query: { ...query, data: { items: [] } } })).toContain("Nobody");
    expect(render({ csv: { filename: "people.csv", rows: async () => [] } })).toContain("Export CSV");
    const german = render({ csv: { filename: "people.csv", rows: async () => [] } }, "de");
    expect(german).toContain("CSV exportieren");
    expect(german).toContain("Seite 2 von 2");
  });
});

describe("tableCsv", () => {
  it("exports the columns with a csv value in screen order, then the extra ones, under their CSV headers", () => {
    const exported: DataTableColumn<Person>[] = [
      { id: "email", header: "Email", cell: (row) => row.email, csv: (row) => row.email },
      { id: "note", header: "Note", cell: () => "—" },
      { id: "joined", header: h("b", null, "Joined"), cell: (row) => row.joined, csv: (row) => Number(row.joined), csvHeader: "joined_year" },
    ];
    const text = tableCsv(exported, [{ header: "id", value: (row) => row.id }], page.items);
    expect(text).toBe("Email,joined_year,id\r\nada@x.test,2026,1\r\nbob@x.test,2025,2\r\n");
  });
});

describe("cursor pages", () => {
  it("pushes the next cursor going forward, pops going back, and stays on the last page without one", () => {
    expect(cursorsForPage([], 2, "c1")).toEqual(["c1"]);
    expect(cursorsForPage(["c1"], 3, "c2")).toEqual(["c1", "c2"]);
    expect(cursorsForPage(["c1", "c2"], 2, "c3")).toEqual(["c1"]);
    expect(cursorsForPage(["c1", "c2"], 1, "c3")).toEqual([]);
    expect(cursorsForPage(["c1"], 3, null)).toEqual(["c1"]);
  });
});
