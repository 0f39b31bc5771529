import { describe, expect, it } from "vitest";
import { countryOptions } from "./countries";

describe("countryOptions", () => {
  it("lists every ISO code once with a display name, sorted by name", () => {
    const options = countryOptions("en");
    expect(options).toHaveLength(249);
    expect(new Set(options.map((option) => option.code)).size).toBe(249);
    expect(options.find((option) => option.code === "DE")?.name).toBe("Germany");
    const names = options.map((option) => option.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });
});
