import { z } from "zod";
import {
  addOnCreateSchema,
  addOnUpdateSchema,
  archiveAddOn,
  archiveBundle,
  archivePlan,
  bundleCreateSchema,
  bundleUpdateSchema,
  catalogueIdSchema,
  categoryCreateSchema,
  categoryUpdateSchema,
  countryCodeSchema,
  countryUpsertSchema,
  createAddOn,
  createBundle,
  createCategory,
  createPlan,
  createTaxRate,
  currencyCodeSchema,
  currencyUpsertSchema,
  deleteCategory,
  getAdminAddOn,
  getAdminBundle,
  getAdminPlan,
  listAdminAddOns,
  listAdminBundles,
  listAdminPlans,
  listCategories,
  listCountries,
  listCurrencies,
  listPublicCatalogue,
  listTaxRates,
  publicCatalogueSchema,
  planCreateSchema,
  planUpdateSchema,
  setPrices,
  setPricesSchema,
  suggestPlanCategory,
  taxRateCreateSchema,
  taxRateUpdateSchema,
  unarchiveAddOn,
  unarchiveBundle,
  unarchivePlan,
  updateAddOn,
  updateBundle,
  updateCategory,
  updatePlan,
  updateTaxRate,
  upsertCountry,
  upsertCurrency,
} from "@tillbox/core";
import { authorizedProcedure, publicProcedure, router } from "@tillbox/trpc";
import { billingContextOf } from "../../billing-context";

const read = authorizedProcedure("catalogue:read");
const manage = authorizedProcedure("catalogue:manage");

/**
 * billing.catalogue.*: `plans` is the portal's public catalogue (anyone, one currency: active
 * plans grouped by category, add-ons, token bundles). `admin.*` is the back-office: everything
 * including archived items (catalogue:read) and every write, audited (catalogue:manage).
 */
export const billingCatalogueRouter = router({
  plans: publicProcedure
    .input(z.object({ currency: currencyCodeSchema.optional() }).optional())
    .output(publicCatalogueSchema)
    .query(({ ctx, input }) => listPublicCatalogue(ctx.db, ctx.tenantId, input?.currency)),

  admin: router({
    currencies: router({
      list: read.query(({ ctx }) => listCurrencies(ctx.db, ctx.tenantId)),
      upsert: manage.input(currencyUpsertSchema).mutation(({ ctx, input }) => upsertCurrency(billingContextOf(ctx), input)),
    }),
    countries: router({
      list: read.query(({ ctx }) => listCountries(ctx.db, ctx.tenantId)),
      upsert: manage.input(countryUpsertSchema).mutation(({ ctx, input }) => upsertCountry(billingContextOf(ctx), input)),
    }),
    taxRates: router({
      list: read
        .input(z.object({ country: countryCodeSchema.optional() }).optional())
        .query(({ ctx, input }) => listTaxRates(ctx.db, ctx.tenantId, input ?? {})),
      create: manage.input(taxRateCreateSchema).mutation(({ ctx, input }) => createTaxRate(billingContextOf(ctx), input)),
      update: manage.input(taxRateUpdateSchema).mutation(({ ctx, input }) => updateTaxRate(billingContextOf(ctx), input)),
    }),
    categories: router({
      list: read.query(({ ctx }) => listCategories(ctx.db, ctx.tenantId)),
      /** The category the new-plan form preselects (null: none fits). */
      suggested: read.query(({ ctx }) => suggestPlanCategory(ctx.db, ctx.tenantId)),
      create: manage.input(categoryCreateSchema).mutation(({ ctx, input }) => createCategory(billingContextOf(ctx), input)),
      update: manage.input(categoryUpdateSchema).mutation(({ ctx, input }) => updateCategory(billingContextOf(ctx), input)),
      delete: manage.input(catalogueIdSchema).mutation(({ ctx, input }) => deleteCategory(billingContextOf(ctx), input)),
    }),
    /** Archived: no longer sold; subscribers and purchases keep it. Each plan says who can't buy it (availability). */
    plans: router({
      list: read.query(({ ctx }) => listAdminPlans(ctx.db, ctx.tenantId)),
      get: read.input(catalogueIdSchema).query(({ ctx, input }) => getAdminPlan(ctx.db, ctx.tenantId, input.id)),
      create: manage.input(planCreateSchema).mutation(({ ctx, input }) => createPlan(billingContextOf(ctx), input)),
      update: manage.input(planUpdateSchema).mutation(({ ctx, input }) => updatePlan(billingContextOf(ctx), input)),
      archive: manage.input(catalogueIdSchema).mutation(({ ctx, input }) => archivePlan(billingContextOf(ctx), input)),
      unarchive: manage.input(catalogueIdSchema).mutation(({ ctx, input }) => unarchivePlan(billingContextOf(ctx), input)),
    }),
    addOns: router({
      list: read.query(({ ctx }) => listAdminAddOns(ctx.db, ctx.tenantId)),
      get: read.input(catalogueIdSchema).query(({ ctx, input }) => getAdminAddOn(ctx.db, ctx.tenantId, input.id)),
      create: manage.input(addOnCreateSchema).mutation(({ ctx, input }) => createAddOn(billingContextOf(ctx), input)),
      update: manage.input(addOnUpdateSchema).mutation(({ ctx, input }) => updateAddOn(billingContextOf(ctx), input)),
      archive: manage.input(catalogueIdSchema).mutation(({ ctx, input }) => archiveAddOn(billingContextOf(ctx), input)),
      unarchive: manage.input(catalogueIdSchema).mutation(({ ctx, input }) => unarchiveAddOn(billingContextOf(ctx), input)),
    }),
    bundles: router({
      list: read.query(({ ctx }) => listAdminBundles(ctx.db, ctx.tenantId)),
      get: read.input(catalogueIdSchema).query(({ ctx, input }) => getAdminBundle(ctx.db, ctx.tenantId, input.id)),
      create: manage.input(bundleCreateSchema).mutation(({ ctx, input }) => createBundle(billingContextOf(ctx), input)),
      update: manage.input(bundleUpdateSchema).mutation(({ ctx, input }) => updateBundle(billingContextOf(ctx), input)),
      archive: manage.input(catalogueIdSchema).mutation(({ ctx, input }) => archiveBundle(billingContextOf(ctx), input)),
      unarchive: manage.input(catalogueIdSchema).mutation(({ ctx, input }) => unarchiveBundle(billingContextOf(ctx), input)),
    }),
    /** Replaces the price list of one plan, add-on or bundle (currencies not listed are deactivated). */
    prices: router({
      set: manage.input(setPricesSchema).mutation(({ ctx, input }) => setPrices(billingContextOf(ctx), input)),
    }),
  }),
});
