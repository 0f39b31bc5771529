// Shared flat config. The import boundaries below are the DESIGN.md dependency rules:
// apps → api → core → db; plugins → plugin-sdk only; core never imports a plugin.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const pluginMessage = "Core code never imports a plugin; plugins are wired in by `pnpm compose` (*.generated.* files).";
// A path climbing up to a plugins/ folder reaches the repo's plugins; tests resolve it exactly.
const pluginImports = [
  { regex: "^(\\.\\./)+plugins/", message: pluginMessage },
  { regex: "^@tillbox/plugin-(?!sdk(/|$))", message: pluginMessage },
];

const corePackages = {
  group: ["@tillbox/*", "!@tillbox/plugin-sdk", "!@tillbox/plugin-sdk/**"],
  message: "A plugin imports only @tillbox/plugin-sdk (and its /react, /ui, /testing entries).",
};

export const boundaries = {
  core: [{ files: ["**/*.ts", "**/*.tsx"], ignores: ["**/*.generated.*"], rules: { "no-restricted-imports": ["error", { patterns: pluginImports }] } }],
  plugin: [{ files: ["**/*.ts", "**/*.tsx"], rules: { "no-restricted-imports": ["error", { patterns: [corePackages] }] } }],
};

export function config({ plugin = false } = {}) {
  return tseslint.config(
    { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/*.generated.*", "**/client.generated/**", "**/fixtures/**", "next-env.d.ts"] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      languageOptions: { globals: { ...globals.node, ...globals.browser } },
      rules: {
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      },
    },
    ...(plugin ? boundaries.plugin : boundaries.core),
  );
}

export default config();
