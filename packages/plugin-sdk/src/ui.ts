// Plugins depend on @tillbox/plugin-sdk only; this re-exports the host's component kit so
// plugin screens look native and pick up theme changes for free.
export * from "@tillbox/ui";
// The back-office list (sorting, paging, CSV export), so a plugin's tables behave like the host's.
export * from "@tillbox/ui/data-table";
export * from "@tillbox/ui/field";
// Amounts are integer minor units; plugins show them the way the host does.
export { formatMoney } from "@tillbox/core/money";
