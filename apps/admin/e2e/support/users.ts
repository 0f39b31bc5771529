import type { APIRequestContext } from "@playwright/test";
import { uniqueEmail, WEB_URL, type Login } from "./env";
import { linkIn, waitForMail } from "./mailbox";
import { trpcData, trpcMutation } from "./trpc";

export interface TestUser extends Login {
  name: string;
}

/**
 * A verified customer, arranged through the portal's public API (sign up, then the emailed
 * verification token): the specs that need "some user" should not depend on the sign-up UI.
 */
export async function createVerifiedUser(request: APIRequestContext, ownerRequest: APIRequestContext, label: string): Promise<TestUser> {
  const user = { email: uniqueEmail(label), password: `e2e ${label} passphrase ${Date.now()}`, name: `E2E ${label}` };
  await trpcMutation(request, `${WEB_URL}/auth.signUp`, { email: user.email, password: user.password, name: user.name, locale: "en" });
  const mail = await waitForMail(ownerRequest, user.email, "verify-email");
  const token = new URL(linkIn(mail.text, "/auth/verify")).searchParams.get("token");
  await trpcMutation(request, `${WEB_URL}/auth.verifyEmail`, { token });
  return user;
}

/** The user's id, looked up by email through the back-office users API (as the owner). */
export async function userIdOf(ownerRequest: APIRequestContext, email: string): Promise<string> {
  const page = await trpcData<{ items: { id: string; email: string }[] }>(ownerRequest, "users.list", { search: email, page: 1, pageSize: 5 });
  const user = page.items.find((item) => item.email === email);
  if (!user) throw new Error(`No user ${email} in users.list`);
  return user.id;
}
