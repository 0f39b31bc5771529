import { z } from "zod";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null)
    .nullable()
    .optional();

/** What an operator may edit on a user; email and password change through the account flows (re-verified). */
export const userPatchSchema = z
  .object({
    name: optionalText(120),
    company: optionalText(160),
    locale: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, "Use a locale such as en or de-AT")
      .optional(),
    country: z
      .string()
      .transform((value) => value.trim().toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}$/, "Use an ISO 3166-1 alpha-2 code such as DE"))
      .nullable()
      .optional(),
    // Loose on purpose: two-letter prefix plus 2–13 characters covers every EU format; VIES checks the rest.
    vatId: z
      .string()
      .transform((value) => value.replace(/[\s.-]/g, "").toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}[A-Z0-9+*]{2,13}$/, "Use a VAT id such as DE123456789"))
      .nullable()
      .optional(),
  })
  .strict();

export type UserPatch = z.input<typeof userPatchSchema>;
