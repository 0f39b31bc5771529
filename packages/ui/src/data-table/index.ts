export * from "./data-table";
export { toCsv, downloadCsv, type CsvValue } from "./csv";
