export { default } from "@tillbox/eslint-config";
