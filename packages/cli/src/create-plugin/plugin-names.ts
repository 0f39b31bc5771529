/** Every spelling of a plugin slug the templates need, derived from the slug alone. */
export interface PluginNames {
  /** gift-cards: folder, manifest slug, permission and event prefix. */
  slug: string;
  /** Gift cards: what operators read (manifest name, sidebar label, titles). */
  name: string;
  /** giftCards: tRPC namespace and identifiers (compose camelCases the slug the same way). */
  camelName: string;
  /** GiftCards: Prisma model and type names. */
  PascalName: string;
  /** gift_cards: table names. */
  tablePrefix: string;
}

export function pluginNames(slug: string): PluginNames {
  const words = slug.split("-");
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const PascalName = words.map(capitalise).join("");
  return {
    slug,
    name: capitalise(words.join(" ")),
    camelName: PascalName.charAt(0).toLowerCase() + PascalName.slice(1),
    PascalName,
    tablePrefix: words.join("_"),
  };
}
