import de from "../messages/de.json";
import en from "../messages/en.json";

export type LabelKey = keyof typeof en;
export type Labels = (key: LabelKey, values?: Record<string, string>) => string;

const catalogues: Record<string, Record<LabelKey, string>> = { en, de };

/**
 * A document's printed words in the customer's language (messages/<locale>.json), English for a
 * language without a catalogue. Values fill {name} placeholders.
 */
export function documentLabels(locale: string): Labels {
  const catalogue = catalogues[locale.toLowerCase().split(/[-_]/)[0] ?? ""] ?? en;
  return (key, values = {}) => catalogue[key].replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * The locale a customer's documents are printed in: their language with its number and date
 * formats, English documents in British style (day before month, as EU invoices expect).
 */
export function documentLocale(customerLocale: string | null | undefined): string {
  const language = (customerLocale ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return language !== "en" && Object.hasOwn(catalogues, language) ? customerLocale! : "en-GB";
}
