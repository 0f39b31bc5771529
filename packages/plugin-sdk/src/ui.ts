// Plugins depend on @tillbox/plugin-sdk only; this re-exports the host's component kit so
// plugin screens look native and pick up theme changes for free.
export * from "@tillbox/ui";
// Labelled fields with their hint and error wired for screen readers, and a form-level error.
export * from "@tillbox/ui/field";
