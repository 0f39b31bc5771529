import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { isUuid } from "../../identity/access/uuid";
import type { Cart, CartItem, CatalogueSnapshot, CataloguePrice } from "../checkout/line-items";
import { assertCurrencyEnabled } from "../money/validate";
import { singleCategoryOf } from "./categories";
import { findAddOn, findBundle, findPlan } from "./owners";
import { subscriptionStatusesHoldingPlan } from "./plans";

const MAX_ITEMS = 50;
const MAX_QUANTITY = 10_000;

const invalid = (code: string, message: string, field: string, status: DomainError["status"] = "BAD_REQUEST") =>
  new DomainError(code, `${message} (field: ${field}).`, status);

function checkQuantity(item: CartItem, index: number) {
  const quantity = item.quantity ?? 1;
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    throw invalid("QUANTITY_INVALID", `Quantity must be a whole number from 1 to ${MAX_QUANTITY}`, `items[${index}].quantity`);
  }
}

/** The active price in the cart's currency, or an error naming the item's field. */
async function priceOf(db: DbOrTx, tenantId: string, owner: Record<string, string>, currency: string, field: string): Promise<CataloguePrice> {
  const price = await db.price.findFirst({ where: { tenantId, ...owner, currency, active: true } });
  if (!price) throw invalid("PRICE_NOT_AVAILABLE", `Not sold in ${currency}`, field);
  return { id: price.id, currency: price.currency, unitAmount: price.unitAmount };
}

/**
 * Loads the catalogue rows a cart refers to, for the pure line-item handlers, and refuses a cart
 * that can't be sold: unknown or archived items, no price in the cart's currency, an add-on
 * restricted to plans the cart (or the subscription it's attached to) doesn't have, two plans of
 * one isSingle category. Errors name the field (`items[1].planId`).
 */
export async function loadCatalogueSnapshot(db: DbOrTx, tenantId: string, cart: Cart): Promise<CatalogueSnapshot> {
  if (cart.tenantId !== tenantId) throw invalid("CART_TENANT_MISMATCH", "The cart belongs to another tenant", "tenantId");
  const currencyExponent = await assertCurrencyEnabled(db, tenantId, cart.currency, "currency");
  if (!Array.isArray(cart.items) || cart.items.length === 0) throw invalid("CART_EMPTY", "The cart has no items", "items");
  if (cart.items.length > MAX_ITEMS) throw invalid("CART_TOO_LARGE", `A cart holds at most ${MAX_ITEMS} items`, "items");

  const categories = new Map(
    (await db.planCategory.findMany({ where: { tenantId }, select: { id: true, parentId: true, isSingle: true } })).map((row) => [row.id, row]),
  );
  const snapshot: CatalogueSnapshot = { plans: {}, addOns: {}, bundles: {}, currencyExponent };
  const singles = new Map<string, number>();

  for (const [index, item] of cart.items.entries()) {
    checkQuantity(item, index);
    if (item.kind !== "plan") continue;
    const field = `items[${index}].planId`;
    const plan = await findPlan(db, tenantId, item.planId, field);
    if (plan.status !== "active") throw invalid("PLAN_ARCHIVED", `"${plan.name}" is archived and can't be bought`, field, "CONFLICT");
    const price = await priceOf(db, tenantId, { planId: plan.id }, cart.currency, field);
    const singleCategoryId = singleCategoryOf(plan.categoryId, categories);
    if (singleCategoryId) {
      if (singles.has(singleCategoryId)) throw invalid("CART_SINGLE_CATEGORY", "Only one plan of this category can be bought at a time", field, "CONFLICT");
      singles.set(singleCategoryId, index);
    }
    snapshot.plans[plan.id] = {
      id: plan.id,
      name: plan.name,
      interval: plan.interval,
      intervalCount: plan.intervalCount,
      trialDays: plan.trialDays,
      tokenGrant: plan.tokenGrant,
      singleCategoryId,
      price,
    };
  }

  for (const [index, item] of cart.items.entries()) {
    if (item.kind === "add_on") await addAddOn(db, tenantId, cart, snapshot, item, index);
    if (item.kind === "token_bundle") {
      const field = `items[${index}].bundleId`;
      const bundle = await findBundle(db, tenantId, item.bundleId, field);
      if (bundle.status !== "active") throw invalid("BUNDLE_ARCHIVED", `"${bundle.name}" is archived and can't be bought`, field, "CONFLICT");
      const price = await priceOf(db, tenantId, { bundleId: bundle.id }, cart.currency, field);
      snapshot.bundles[bundle.id] = { id: bundle.id, name: bundle.name, tokens: bundle.tokens, price };
    }
  }
  return snapshot;
}

/**
 * An add-on goes with a plan: the subscription it names (the caller's own, still live) or a plan in
 * the same cart. A recurring add-on needs a recurring plan to be billed with; a restricted one only
 * goes with its plans.
 */
async function addAddOn(db: DbOrTx, tenantId: string, cart: Cart, snapshot: CatalogueSnapshot, item: Extract<CartItem, { kind: "add_on" }>, index: number) {
  const field = `items[${index}].addOnId`;
  const addOn = await findAddOn(db, tenantId, item.addOnId, field);
  if (addOn.status !== "active") throw invalid("ADD_ON_ARCHIVED", `"${addOn.name}" is archived and can't be bought`, field, "CONFLICT");
  const price = await priceOf(db, tenantId, { addOnId: addOn.id }, cart.currency, field);
  const planIds = (await db.addOnPlan.findMany({ where: { tenantId, addOnId: addOn.id }, select: { planId: true } })).map((row) => row.planId).sort();

  let attachedPlans: { id: string; recurring: boolean }[];
  if (item.subscriptionId !== undefined) {
    const subscriptionField = `items[${index}].subscriptionId`;
    const subscription = isUuid(item.subscriptionId)
      ? await db.subscription.findFirst({
          where: { id: item.subscriptionId, tenantId, userId: cart.userId, status: { in: [...subscriptionStatusesHoldingPlan] } },
          include: { plan: { select: { interval: true } } },
        })
      : null;
    if (!subscription) throw invalid("SUBSCRIPTION_NOT_FOUND", `No live subscription "${item.subscriptionId}" of yours`, subscriptionField, "NOT_FOUND");
    attachedPlans = [{ id: subscription.planId, recurring: subscription.plan.interval !== "one_time" }];
  } else {
    attachedPlans = Object.values(snapshot.plans).map((plan) => ({ id: plan.id, recurring: plan.interval !== "one_time" }));
  }
  if (addOn.recurring && !attachedPlans.some((plan) => plan.recurring)) {
    throw invalid(
      "ADD_ON_NEEDS_SUBSCRIPTION",
      `"${addOn.name}" is billed with a subscription: add a recurring plan or name the subscription`,
      `items[${index}]`,
    );
  }
  if (planIds.length && !attachedPlans.some((plan) => planIds.includes(plan.id))) {
    throw invalid("ADD_ON_NOT_AVAILABLE", `"${addOn.name}" is only available with specific plans`, field);
  }
  snapshot.addOns[addOn.id] = { id: addOn.id, name: addOn.name, recurring: addOn.recurring, planIds, price };
}
