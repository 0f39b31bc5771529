// Plugins depend on @tillbox/plugin-sdk only; this re-exports the host's component kit so
// plugin screens look native and pick up theme changes for free.
export * from "@tillbox/ui";
// The back-office list (sorting, paging, CSV export), so a plugin's tables behave like the host's.
export * from "@tillbox/ui/data-table";
// Labelled fields with their hint and error wired for screen readers, and a form-level error.
export * from "@tillbox/ui/field";
// Amounts are integer minor units; plugins show them the way the host does.
export { formatMoney } from "@tillbox/core/money";
