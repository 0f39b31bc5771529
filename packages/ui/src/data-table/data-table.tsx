"use client";

import { rowSortingFeature, tableFeatures, useTable, type ColumnDef, type RowData, type SortingState, type Updater } from "@tanstack/react-table";
import { useMemo, type ComponentProps, type ReactNode } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "../card";
import type { EmptyState } from "../page-header";
import { Pagination } from "../pagination";
import { QueryStates, type QueryLike } from "../query-states";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../table";
import { cn } from "../utils";
import type { CsvValue } from "./csv";
import { CsvButton } from "./csv-button";
import { SortButton } from "./sort-button";

export interface DataTableColumn<Row extends RowData> {
  /** Unique per table; for a sortable column also the sort key the server understands. */
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  sortable?: boolean;
  /** The first click sorts descending (dates, amounts: newest or largest first). */
  descFirst?: boolean;
  className?: string;
  /** The column's value in a CSV export; columns without it are left out of the file. */
  csv?: (row: Row) => CsvValue;
  /** The CSV header when `header` is not plain text. */
  csvHeader?: string;
}

export interface DataTableSort {
  id: string;
  desc: boolean;
}

/** Where the list is: numbered pages, or cursor pages counted as they are walked (useCursorPages). */
export interface DataTablePaging {
  page: number;
  pageCount: number;
  /** Unknown for cursor lists. */
  total?: number;
  /** Replaces "Page 2 of 7 · 163 in total" (a cursor list knows no page count). */
  summary?: ReactNode;
  onPageChange: (page: number) => void;
}

export interface DataTableProps<Row extends RowData> {
  columns: readonly DataTableColumn<Row>[];
  query: QueryLike<{ items: Row[] }>;
  /** ui must not import the plugin SDK, so the app passes its own error formatter. */
  formatError: (error: unknown) => ReactNode;
  empty: ComponentProps<typeof EmptyState>;
  getRowId: (row: Row) => string;
  rowTestId?: (row: Row) => string;
  testId?: string;
  /** Set for a list that is one section of a page: title, description and table share one card. */
  title?: ReactNode;
  description?: ReactNode;
  /** Filters above the table; they belong to the page, which puts them into the query. */
  toolbar?: ReactNode;
  /** The server sorts: the table only says which column and direction was asked for. */
  sort?: DataTableSort | null;
  onSortChange?: (sort: DataTableSort | null) => void;
  /** Without it, the list is one page. */
  paging?: DataTablePaging;
  /** Export every row matching the current filters (not only this page). */
  csv?: {
    filename: string;
    rows: () => Promise<Row[]>;
    /** Values the file needs that the screen shows inside another column (a currency beside an amount). */
    extraColumns?: { header: string; value: (row: Row) => CsvValue }[];
  };
}

const features = tableFeatures({ rowSortingFeature });
const noRows: never[] = [];

/**
 * The back-office list: a card with a table, server-side sorting, paging, filters above it, an
 * optional CSV export, and the loading, error and empty states of its query. Sorting goes through
 * TanStack Table's sorting state in manual mode: the server orders the rows, the table keeps the
 * header's state, click cycle and aria-sort.
 */
export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const { columns, query, sort = null, onSortChange } = props;
  const tableColumns = useMemo<ColumnDef<typeof features, Row>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        // TanStack only sorts accessor columns; the server orders rows, so the value is never read.
        accessorFn: () => null,
        enableSorting: Boolean(column.sortable && onSortChange),
        sortDescFirst: column.descFirst ?? false,
      })),
    [columns, onSortChange],
  );
  const sorting: SortingState = sort ? [{ id: sort.id, desc: sort.desc }] : [];
  const table = useTable({
    features,
    columns: tableColumns,
    data: query.data?.items ?? noRows,
    getRowId: props.getRowId,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      onSortChange?.(next[0] ? { id: next[0].id, desc: next[0].desc } : null);
    },
    manualSorting: true,
    enableMultiSort: false,
  });
  const byId = new Map(columns.map((column) => [column.id, column]));
  const tableMarkup = (
    <Table data-testid={props.testId}>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id} className="hover:bg-transparent">
            {group.headers.map((header, index) => {
              const column = byId.get(header.column.id)!;
              const direction = header.column.getIsSorted();
              return (
                <TableHead
                  key={header.id}
                  className={cn(edgePadding(index, group.headers.length), column.className)}
                  aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined}
                >
                  {header.column.getCanSort() ? (
                    <SortButton direction={direction} onClick={header.column.getToggleSortingHandler()}>
                      {column.header}
                    </SortButton>
                  ) : (
                    column.header
                  )}
                </TableHead>
              );
            })}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow key={row.id} data-testid={props.rowTestId?.(row.original)}>
            {row.getAllCells().map((cell, index, cells) => {
              const column = byId.get(cell.column.id)!;
              return (
                <TableCell key={cell.id} className={cn(edgePadding(index, cells.length), column.className)}>
                  {column.cell(row.original)}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  const states = (children: () => ReactNode, embedded: boolean) => (
    <QueryStates
      query={query}
      formatError={props.formatError}
      skeletonClassName={embedded ? "mx-6 mb-6 h-32" : "h-64 w-full"}
      errorClassName={embedded ? "mx-6 mb-6 w-auto" : undefined}
      errorIcon={!embedded}
      isEmpty={(data) => data.items.length === 0}
      empty={embedded ? { className: "mx-6 mb-6", ...props.empty } : props.empty}
    >
      {children}
    </QueryStates>
  );

  // A list with a title sits in its card with everything else (a section of a bigger page).
  if (props.title) {
    return (
      <Card className="gap-0 pb-0">
        <CardHeader className="pb-4">
          <CardTitle>{props.title}</CardTitle>
          {props.description ? <CardDescription>{props.description}</CardDescription> : null}
          {props.toolbar || props.csv ? (
            <div className="flex flex-wrap items-end justify-between gap-3 pt-2">
              {props.toolbar}
              {props.csv ? <CsvButton columns={columns} csv={props.csv} /> : null}
            </div>
          ) : null}
        </CardHeader>
        {states(() => tableMarkup, true)}
        {props.paging && query.data && (query.data.items.length > 0 || props.paging.page > 1) ? (
          <Pagination {...props.paging} className="border-t px-6 py-3" />
        ) : null}
      </Card>
    );
  }

  return (
    <div className="grid gap-4">
      {props.toolbar || props.csv ? (
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0 flex-1">{props.toolbar}</div>
          {props.csv ? <CsvButton columns={columns} csv={props.csv} /> : null}
        </div>
      ) : null}
      {states(
        () => (
          <Card className="py-0">{tableMarkup}</Card>
        ),
        false,
      )}
      {props.paging && query.data && (query.data.items.length > 0 || props.paging.page > 1) ? <Pagination {...props.paging} /> : null}
    </div>
  );
}

/** The card's first and last columns line up with its padding. */
function edgePadding(index: number, count: number): string | undefined {
  return index === 0 ? "pl-6" : index === count - 1 ? "pr-6" : undefined;
}
