import { afterEach, describe, expect, it } from "vitest";
import { createMessages, fillMessage } from "../src/messages";

const { translate } = createMessages({ refund: "Refund {amount}?", cancel: "Cancel" }, { de: { refund: "{amount} erstatten?", cancel: "Abbrechen" } });

function pageLanguage(lang: string) {
  (globalThis as { document?: unknown }).document = { documentElement: { lang } };
}

afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
});

describe("createMessages", () => {
  it("answers in the page's language and fills placeholders", () => {
    pageLanguage("de-DE");
    expect(translate("refund", { amount: "12,00 €" })).toBe("12,00 € erstatten?");
    expect(translate("cancel")).toBe("Abbrechen");
  });

  it("falls back to English for a language without a catalogue, and on the server", () => {
    pageLanguage("fr");
    expect(translate("refund", { amount: "€12.00" })).toBe("Refund €12.00?");
    delete (globalThis as { document?: unknown }).document;
    expect(translate("cancel")).toBe("Cancel");
  });
});

describe("fillMessage", () => {
  it("leaves a placeholder without a value visible rather than printing undefined", () => {
    expect(fillMessage("Refund {amount} to {customer}", { amount: 5 })).toBe("Refund 5 to {customer}");
  });
});
