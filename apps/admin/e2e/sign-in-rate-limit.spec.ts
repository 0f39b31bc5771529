import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { ADMIN_URL, WEB_URL } from "./support/env";
import { submitWebSignIn } from "./support/sign-in";
import { createVerifiedUser } from "./support/users";

/** One Auth.js credentials sign-in, as a form post would send it (CSRF token from /api/auth/csrf). */
async function postCredentials(request: APIRequestContext, baseUrl: string, email: string, password: string) {
  const { csrfToken } = (await (await request.get(`${baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  return request.post(`${baseUrl}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken, callbackUrl: `${baseUrl}/` },
    maxRedirects: 0,
  });
}

test("eleven wrong passwords within a minute: the eleventh answer is 429 with Retry-After", async ({ request, ownerRequest }) => {
  const user = await createVerifiedUser(request, ownerRequest, "limit-http");
  for (let attempt = 1; attempt <= 10; attempt++) {
    const response = await postCredentials(request, ADMIN_URL, user.email, `wrong password ${attempt}`);
    expect(response.status(), `attempt ${attempt}`).not.toBe(429);
    expect(response.headers()["location"] ?? "", `attempt ${attempt}`).toContain("code=invalid");
  }
  const refused = await postCredentials(request, ADMIN_URL, user.email, "wrong password 11");
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  // Refused before the password is even checked: the right one is turned away too, with no session.
  const correct = await postCredentials(request, ADMIN_URL, user.email, user.password);
  expect(correct.status()).toBe(429);
  const cookies = await request.storageState();
  expect(cookies.cookies.map((cookie) => cookie.name)).not.toContain("tillbox.admin.session");
});

test("the portal's sign-in form says to wait after eleven wrong passwords", async ({ page, request, ownerRequest }) => {
  const user = await createVerifiedUser(request, ownerRequest, "limit-ui");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await submitWebSignIn(page, { email: user.email, password: `wrong password ${attempt}` });
    await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  }
  await submitWebSignIn(page, { email: user.email, password: "wrong password 11" });
  await expect(page.getByText(/Too many attempts/i)).toBeVisible();
  await expect(page.getByText("The email or password is incorrect.")).toHaveCount(0);
  await submitWebSignIn(page, user);
  await expect(page.getByText(/Too many attempts/i)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${WEB_URL}/auth/sign-in`));
});
