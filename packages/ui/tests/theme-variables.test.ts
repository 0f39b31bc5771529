import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(join(import.meta.dirname, "../../../tooling/tailwind/theme.css"), "utf8");

/** The custom properties a rule block sets, e.g. `:root { --primary: …; }`. */
function variablesOf(selector: string): Set<string> {
  const block = new RegExp(`(^|\\n)${selector.replace(/[.:]/g, "\\$&")}\\s*\\{([^}]*)\\}`).exec(css)?.[2] ?? "";
  return new Set([...block.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]!));
}

describe("theme.css", () => {
  it("gives the dark theme its own value for every colour of the light one", () => {
    const light = variablesOf(":root");
    const dark = variablesOf(".dark");
    light.delete("--radius"); // a size, the same in both
    expect(light.size).toBeGreaterThan(20);
    expect([...light].filter((name) => !dark.has(name))).toEqual([]);
    expect([...dark].filter((name) => !light.has(name))).toEqual([]);
  });

  it("maps every Tailwind colour to a variable both themes define", () => {
    const themed = [...css.matchAll(/--color-[\w-]+:\s*var\((--[\w-]+)\)/g)].map((match) => match[1]!);
    const dark = variablesOf(".dark");
    expect(themed.length).toBeGreaterThan(20);
    expect(themed.filter((name) => !dark.has(name))).toEqual([]);
  });
});
