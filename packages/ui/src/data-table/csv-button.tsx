"use client";

import type { RowData } from "@tanstack/react-table";
import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "../button";
import { useMessages } from "../messages";
import { downloadCsv, toCsv, type CsvValue } from "./csv";
import type { DataTableColumn, DataTableProps } from "./data-table";

/** The CSV of a table: its columns that have a `csv` value, in screen order, then the extra ones. */
export function tableCsv<Row extends RowData>(
  columns: readonly DataTableColumn<Row>[],
  extra: { header: string; value: (row: Row) => CsvValue }[],
  rows: readonly Row[],
): string {
  const exported = columns.filter((column) => column.csv);
  const header = [
    ...exported.map((column) => column.csvHeader ?? (typeof column.header === "string" ? column.header : column.id)),
    ...extra.map((column) => column.header),
  ];
  return toCsv(
    header,
    rows.map((row) => [...exported.map((column) => column.csv!(row)), ...extra.map((column) => column.value(row))]),
  );
}

export function CsvButton<Row extends RowData>({ columns, csv }: { columns: readonly DataTableColumn<Row>[]; csv: NonNullable<DataTableProps<Row>["csv"]> }) {
  const { t } = useMessages("ui");
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const run = async () => {
    setBusy(true);
    setFailed(false);
    try {
      downloadCsv(csv.filename, tableCsv(columns, csv.extraColumns ?? [], await csv.rows()));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex items-center gap-2">
      {failed ? <span className="text-sm text-destructive">{t("exportFailed")}</span> : null}
      <Button variant="outline" size="sm" onClick={run} disabled={busy}>
        <Download aria-hidden /> {busy ? t("exporting") : t("exportCsv")}
      </Button>
    </div>
  );
}
