export * from "./data-table";
export { tableCsv } from "./csv-button";
export { toCsv, downloadCsv, type CsvValue } from "./csv";
export { cursorsForPage, useCursorPages } from "./use-cursor-pages";
