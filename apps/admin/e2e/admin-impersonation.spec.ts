import { expect, test } from "./support/fixtures";
import { openUserDetail } from "./support/admin-users";
import { demo, WEB_URL } from "./support/env";
import { trpcData } from "./support/trpc";
import { userIdOf } from "./support/users";

test("the owner impersonates the customer under a banner and ends it with one click", async ({ ownerPage, ownerRequest }) => {
  // The set-up can't warm the signed-in portal account page (signed out, it redirects before
  // rendering), so `next dev` may compile it on this test's hand-over.
  test.setTimeout(180_000);
  await openUserDetail(ownerPage, demo.customer.email);
  const requests: { method: string; url: string }[] = [];
  ownerPage.on("request", (request) => requests.push({ method: request.method(), url: request.url() }));
  await ownerPage.getByRole("button", { name: "Impersonate" }).click();
  await ownerPage.getByRole("dialog").getByRole("button", { name: "Start impersonation" }).click();

  // Handed over to the portal, acting as the customer, clearly bannered.
  await expect(ownerPage).toHaveURL(`${WEB_URL}/account`, { timeout: 120_000 });
  // The back-office posted the single-use hand-over token as a form to the portal: no URL carried it
  // (the admin's CSP allows this one cross-origin form action).
  expect(requests).toContainEqual({ method: "POST", url: `${WEB_URL}/api/auth/impersonate` });
  expect(requests.filter((request) => request.url.includes("handoff"))).toEqual([]);
  const banner = ownerPage.getByTestId("impersonation-banner");
  await expect(banner).toContainText("You are viewing as");
  await expect(banner).toContainText(/customer/i);
  await expect(ownerPage.getByText(demo.customer.email).first()).toBeVisible();
  // Every portal page carries it, not just the account page.
  await ownerPage.goto(`${WEB_URL}/`);
  await expect(banner).toContainText("You are viewing as");

  await banner.getByRole("button", { name: "End impersonation" }).click();
  await expect(ownerPage.getByTestId("impersonation-banner")).toHaveCount(0);
  // The portal session was the customer's only; it is gone, not left behind.
  await ownerPage.goto(`${WEB_URL}/account`);
  await expect(ownerPage).toHaveURL(/\/auth\/sign-in/);

  // The back-office session was never replaced, and both the start and the stop (pressed while
  // acting as the customer) are audited under the owner.
  const customerId = await userIdOf(ownerRequest, demo.customer.email);
  const audit = await trpcData<{ items: { action: string; actorEmail: string | null }[] }>(ownerRequest, "audit.list", {
    targetId: customerId,
    actionPrefix: "user.impersonate",
    limit: 10,
  });
  // Newest first: this run's stop and start (a reused dev database may hold older ones below).
  const [stop, start] = audit.items;
  expect(stop).toMatchObject({ action: "user.impersonate.stop", actorEmail: demo.owner.email });
  expect(start).toMatchObject({ action: "user.impersonate.start", actorEmail: demo.owner.email });
});
