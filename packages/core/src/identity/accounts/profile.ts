import { Prisma } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { activeUser, type AccountsContext } from "./context";
import { billingAddressSchema, profileUpdateSchema, type Profile, type ProfileUpdate } from "./profile-schema";

export { billingAddressSchema, profileSchema, profileUpdateSchema, type BillingAddress, type Profile, type ProfileUpdate } from "./profile-schema";

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
