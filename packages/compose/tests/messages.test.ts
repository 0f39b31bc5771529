import { afterAll, describe, expect, it } from "vitest";
import { makeRoot, problemsOf, read, removeRoots, run, write } from "./fixture-root";

afterAll(removeRoots);

describe("compose merges every message source of an app into one catalogue", () => {
  it("puts the app's strings under app, the kit's under ui and each plugin's under its slug", async () => {
    const root = makeRoot("valid");
    write(root, "apps/web/messages/en.json", '{ "nav": { "billing": "Billing" } }\n');
    write(root, "apps/web/messages/de.json", '{ "nav": { "billing": "Abrechnung" } }\n');
    write(root, "packages/ui/messages/de.json", '{ "cancel": "Abbrechen" }\n');
    await run(root);
    const messages = read(root, "apps/web/src/messages.generated.ts");
    const catalogue = JSON.parse(messages.slice(messages.indexOf("= {", messages.indexOf("composedMessages")) + 2, messages.lastIndexOf(";"))) as Record<
      string,
      Record<string, unknown>
    >;
    expect(catalogue.de).toEqual({
      app: { nav: { billing: "Abrechnung" } },
      ui: { cancel: "Abbrechen" },
      alpha: { title: "Alpha (de)", nested: { count: "{n} Dinge" } },
    });
    expect(Object.keys(catalogue.en!)).toEqual(["app", "alpha"]);
    // The admin app gets the kit and the plugins but not the portal's own strings.
    expect(read(root, "apps/admin/src/messages.generated.ts")).not.toContain("Abrechnung");
  });

  it("refuses a plugin locale that lacks a key of its English catalogue, naming file and key", async () => {
    const root = makeRoot("valid");
    write(root, "plugins/alpha/messages/de.json", '{ "title": "Alpha (de)" }\n');
    expect(await problemsOf(root)).toEqual(["plugins/alpha/messages/de.json: missing nested.count"]);
  });

  it("refuses host messages that are not a JSON object", async () => {
    const root = makeRoot("valid");
    write(root, "apps/admin/messages/de.json", '["Abbrechen"]\n');
    expect(await problemsOf(root)).toEqual(["apps/admin/messages/de.json: must be a JSON object of messages"]);
  });
});
