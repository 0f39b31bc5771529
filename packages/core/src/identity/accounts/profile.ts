import { z } from "zod";
import { Prisma } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { activeUser, type AccountsContext } from "./context";
import { countryCodes } from "./countries";

const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => countryCodes.has(code), "must be an ISO 3166-1 alpha-2 country code");

/** Member state prefix (EL = Greece, XI = Northern Ireland) + 2–12 characters; VIES does the real check. */
const euVatId = /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,12}$/;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const billingAddressSchema = z.object({
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).optional(),
  city: z.string().trim().min(1).max(100),
  postalCode: z.string().trim().min(1).max(20),
  region: z.string().trim().max(100).optional(),
  country,
});

/** A patch: omitted fields stay, null clears. */
export const profileUpdateSchema = z.strictObject({
  name: optionalText(200),
  company: optionalText(200),
  billingAddress: billingAddressSchema.nullable().optional(),
  vatId: z
    .string()
    .transform((value) => value.replace(/[\s.-]/g, "").toUpperCase())
    .refine((value) => euVatId.test(value), "must be an EU VAT id starting with its country prefix, e.g. DE123456789")
    .nullable()
    .optional(),
  country: country.nullable().optional(),
  locale: z.enum(["en", "de"]).optional(),
});

export type ProfileUpdate = z.input<typeof profileUpdateSchema>;
export type BillingAddress = z.infer<typeof billingAddressSchema>;

/** The caller's profile as the account procedures return it. */
export const profileSchema = z.object({
  id: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  billingAddress: billingAddressSchema.nullable(),
  vatId: z.string().nullable(),
  country: z.string().nullable(),
  locale: z.string(),
});
export type Profile = z.infer<typeof profileSchema>;

function toProfile(user: Awaited<ReturnType<typeof activeUser>>): Profile {
  const address = billingAddressSchema.safeParse(user.billingAddress);
  return {
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    name: user.name,
    company: user.company,
    billingAddress: address.success ? address.data : null,
    vatId: user.vatId,
    country: user.country,
    locale: user.locale,
  };
}

export async function getProfile(ctx: AccountsContext, input: { tenantId: string; userId: string }): Promise<Profile> {
  return toProfile(await activeUser(ctx, input.tenantId, input.userId));
}

/** Where an edit came from, for the audit entry; `impersonatedBy` is the admin acting as the user. */
export interface ProfileEditOrigin {
  impersonatedBy?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

/** Validation errors name the field path, e.g. `billingAddress.country must be …`. */
export async function updateProfile(
  ctx: AccountsContext,
  input: { tenantId: string; userId: string; patch: ProfileUpdate; origin?: ProfileEditOrigin },
): Promise<Profile> {
  const parsed = profileUpdateSchema.safeParse(input.patch);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "patch"} ${issue.message}`).join("; ");
    throw new DomainError("INVALID_PROFILE", detail);
  }
  const user = await activeUser(ctx, input.tenantId, input.userId);
  const patch = parsed.data;
  const changed = Object.keys(patch).filter((key) => patch[key as keyof typeof patch] !== undefined);
  const updated = await ctx.db.$transaction(async (tx) => {
    const row = await tx.user.update({
      where: { id: user.id },
      data: {
        name: patch.name === "" ? null : patch.name,
        company: patch.company === "" ? null : patch.company,
        billingAddress: patch.billingAddress === null ? Prisma.DbNull : patch.billingAddress,
        vatId: patch.vatId,
        country: patch.country,
        locale: patch.locale,
      },
    });
    // Field names only: the audit log must not become a second copy of personal data. An edit made
    // while impersonating is the admin's: they are the actor, the user stays the target.
    const impersonatedBy = input.origin?.impersonatedBy ?? null;
    await recordAudit(tx, {
      tenantId: input.tenantId,
      actorId: impersonatedBy ?? user.id,
      action: "user.profile_updated",
      targetType: "user",
      targetId: user.id,
      data: impersonatedBy ? { fields: changed, impersonation: true } : { fields: changed },
      ip: input.origin?.ip ?? null,
      userAgent: input.origin?.userAgent ?? null,
    });
    return row;
  });
  return toProfile(updated);
}
