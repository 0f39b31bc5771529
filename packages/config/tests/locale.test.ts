import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, negotiateLocale, toAppLocale } from "../src/locale";

describe("negotiateLocale", () => {
  it("prefers the signed-in user's language over the cookie and the browser", () => {
    expect(negotiateLocale({ userLocale: "de-AT", cookie: "en", acceptLanguage: "en-US" })).toBe("de");
    expect(negotiateLocale({ userLocale: "en", cookie: "de", acceptLanguage: "de" })).toBe("en");
  });

  it("takes the switcher's cookie for a visitor, then the browser's languages by weight", () => {
    expect(negotiateLocale({ cookie: "de", acceptLanguage: "en" })).toBe("de");
    expect(negotiateLocale({ acceptLanguage: "fr-FR, en;q=0.5, de;q=0.8" })).toBe("de");
    expect(negotiateLocale({ userLocale: "fr", cookie: "xx", acceptLanguage: "de-CH;q=0.9" })).toBe("de");
  });

  it("falls back to English for unknown or malformed input", () => {
    expect(negotiateLocale({})).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "fr, es;q=0.8, de;q=0" })).toBe("en");
    expect(localeFromAcceptLanguage(";;,q=abc")).toBeNull();
    expect(toAppLocale("  DE_de ")).toBe("de");
  });
});
