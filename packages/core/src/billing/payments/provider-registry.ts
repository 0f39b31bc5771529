import type { DbOrTx } from "@tillbox/db";
import type { PaymentProvider, PaymentProviderRegistration, ProviderAvailability } from "./provider-contract";

/** The enabled payment providers, as core receives them (packages/api builds it from the installed plugins). */
export interface PaymentProviders {
  /** Providers offered at checkout for a customer's country and the cart's currency. */
  forCheckout(country: string | null, currency: string): PaymentProvider[];
  get(key: string): PaymentProvider | null;
}

/** What the host hands a provider besides its settings (plugins that keep their own tables need the db). */
export interface ProviderHost {
  db?: DbOrTx;
}

export interface ProviderEntry {
  registration: PaymentProviderRegistration;
  /** The plugin's validated settings; `countries` / `currencies` limit where it is offered (empty = everywhere). */
  settings: Record<string, unknown>;
}

function availabilityOf(settings: Record<string, unknown>): ProviderAvailability {
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === "string").map((item) => item.toUpperCase()) : [];
  return { countries: list(settings.countries), currencies: list(settings.currencies) };
}

/** Offered when the list is empty or names the value; a customer without a country only sees unrestricted providers. */
export function isAvailable(availability: ProviderAvailability, country: string | null, currency: string): boolean {
  const countryOk = availability.countries.length === 0 || (country !== null && availability.countries.includes(country.toUpperCase()));
  const currencyOk = availability.currencies.length === 0 || availability.currencies.includes(currency.toUpperCase());
  return countryOk && currencyOk;
}

/**
 * A registry over already-enabled providers; each provider is created once from its settings and
 * the host's services. A provider that says it is unavailable (unavailableReason, e.g. missing env
 * keys) is left out quietly: the plugin's status shows why. One whose create throws is left out and
 * logged; the others work.
 */
export function createPaymentProviders(entries: readonly ProviderEntry[], host: ProviderHost = {}): PaymentProviders {
  const services = host.db ? { db: host.db } : undefined;
  const built = entries.flatMap((entry) => {
    try {
      if (entry.registration.unavailableReason?.()) return [];
      // Enabled before this environment refused it (a development database run in production): never offered.
      if (entry.registration.refuseEnable?.({ nodeEnv: process.env.NODE_ENV ?? "development" })) return [];
      return [{ provider: entry.registration.create(entry.settings, services), availability: availabilityOf(entry.settings) }];
    } catch (error) {
      console.error(`Payment provider "${entry.registration.key}" is unavailable:`, error instanceof Error ? error.message : error);
      return [];
    }
  });
  return {
    forCheckout: (country, currency) => built.filter((entry) => isAvailable(entry.availability, country, currency)).map((entry) => entry.provider),
    get: (key) => built.find((entry) => entry.provider.key === key)?.provider ?? null,
  };
}

/** A registry of the given providers, available everywhere (tests, scripts). */
export function staticPaymentProviders(providers: readonly PaymentProvider[]): PaymentProviders {
  return createPaymentProviders(providers.map((provider) => ({ registration: { key: provider.key, create: () => provider }, settings: {} })));
}
