/** Rows × scenarios, seconds with the ratio to the first scenario (the cold baseline) beside each later one. */
export function formatTable(rows: string[], scenarios: string[], results: Record<string, Record<string, number | null>>): string {
  const baseline = scenarios[0]!;
  const header = ["page", ...scenarios.flatMap((scenario) => (scenario === baseline ? [scenario] : [scenario, `×${baseline}`]))];
  const cell = (value: number | null | undefined) => (value === null || value === undefined ? "-" : `${value.toFixed(1)} s`);
  const body = rows.map((row) => {
    const base = results[baseline]?.[row];
    return [
      row,
      ...scenarios.flatMap((scenario) => {
        const value = results[scenario]?.[row];
        if (scenario === baseline) return [cell(value)];
        return [cell(value), value != null && base ? (value / base).toFixed(2) : "-"];
      }),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((line) => line[column]!.length)));
  const line = (cells: string[]) => cells.map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join("  ");
  return [line(header), ...body.map(line)].join("\n");
}
