export * from "./data-table";
export { toCsv, downloadCsv, type CsvValue } from "./csv";
export { cursorsForPage, useCursorPages } from "./use-cursor-pages";
