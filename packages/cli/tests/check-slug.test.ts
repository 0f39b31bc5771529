import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { appRouter, installedPlugins } from "@tillbox/api";
import { checkSlug, RESERVED_SLUGS, SlugError } from "../src/create-plugin/check-slug";
import { pluginNames } from "../src/create-plugin/plugin-names";

// A repository with one plugin and a composed schema holding one plugin model.
const root = mkdtempSync(path.join(tmpdir(), "tillbox-check-slug-"));
mkdirSync(path.join(root, "plugins/webhooks"), { recursive: true });
mkdirSync(path.join(root, "packages/db/prisma"), { recursive: true });
writeFileSync(path.join(root, "packages/db/prisma/schema.generated.prisma"), 'model GiftCardsItem {\n  id String @id\n  @@map("gift_cards_item")\n}\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const refusal = (slug: string | undefined) => {
  try {
    checkSlug(root, slug);
  } catch (error) {
    if (error instanceof SlugError) return error.message;
    throw error;
  }
  throw new Error(`${slug} was accepted`);
};

describe("checkSlug", () => {
  it("accepts a new kebab-case slug and derives every spelling from it", () => {
    expect(checkSlug(root, "loyalty-points-2")).toEqual({
      slug: "loyalty-points-2",
      name: "Loyalty points 2",
      camelName: "loyaltyPoints2",
      PascalName: "LoyaltyPoints2",
      tablePrefix: "loyalty_points_2",
    });
    expect(pluginNames("faq")).toMatchObject({ name: "Faq", camelName: "faq", PascalName: "Faq", tablePrefix: "faq" });
  });

  it("refuses what is not kebab-case starting with a letter, naming the slug and a fix", () => {
    expect(refusal("Gift Cards")).toBe(
      '"Gift Cards" is not a valid plugin slug: use kebab-case (lowercase letters, digits and dashes, starting with a letter), e.g. "gift-cards".',
    );
    for (const slug of ["2fa", "-x", "x-", "a--b", "a_b", "é"]) expect(refusal(slug)).toMatch(new RegExp(`^"${slug}" is not a valid plugin slug`));
    expect(refusal("2fa")).toContain('e.g. "gift-cards"');
    expect(refusal(undefined)).toMatch(/^Missing plugin slug\. Usage: pnpm create-plugin <slug>/);
  });

  it("refuses a slug whose table and index names would not fit PostgreSQL", () => {
    expect(() => checkSlug(root, "a".repeat(30))).not.toThrow();
    expect(refusal("a".repeat(31))).toBe(
      `"${"a".repeat(31)}" is too long (31 characters): at most 30, so its table and index names fit PostgreSQL's 63-character limit.`,
    );
  });

  it("refuses an existing plugin, a reserved slug and a model that already exists", () => {
    expect(refusal("webhooks")).toBe('"webhooks" already exists: plugins/webhooks is there. Pick another slug or remove that folder.');
    expect(refusal("api-keys")).toBe('"api-keys" is reserved (a core API namespace); pick another slug.');
    expect(refusal("sdk")).toContain("the package @tillbox/plugin-sdk");
    expect(refusal("gift-cards")).toBe(
      '"gift-cards" would add the model GiftCardsItem (table gift_cards_item), which already exists in packages/db/prisma/schema.generated.prisma; pick another slug.',
    );
  });

  it("reserves exactly the appRouter's core namespaces (and sdk)", () => {
    const pluginNamespaces = new Set(installedPlugins.map((plugin) => pluginNames(plugin.slug).camelName));
    const coreNamespaces = Object.keys(appRouter._def.record).filter((name) => !pluginNamespaces.has(name));
    expect(
      RESERVED_SLUGS.filter((slug) => slug !== "sdk")
        .map((slug) => pluginNames(slug).camelName)
        .sort(),
    ).toEqual(coreNamespaces.sort());
  });
});
