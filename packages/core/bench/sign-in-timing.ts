/**
 * `pnpm bench:sign-in`: how long a failed sign-in takes for an unknown email versus a wrong
 * password. The unknown path verifies against a dummy argon2id hash so that an attacker cannot
 * tell which addresses exist by timing; a ratio near 1 shows it does. Figures only, no verdict.
 */
import { createTestDb } from "@tillbox/db/testing";
import { authenticate, hashPassword, type AccountsContext } from "../src";

const rounds = Number(process.env.ROUNDS ?? 20);
const test = await createTestDb();
const ctx: AccountsContext = { db: test.db, mailer: { send: async () => {} }, webUrl: "http://localhost:3000" };
const email = "bench@example.com";
await test.db.user.create({
  data: { tenantId: "default", email, emailVerifiedAt: new Date(), passwordHash: await hashPassword("a-long-enough-password-1") },
});

async function failedSignIns(address: string): Promise<number[]> {
  const timings: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await authenticate(ctx, { tenantId: "default", email: address, password: "wrong-password-123", ip: "127.0.0.1", userAgent: "bench" }).catch(() => {});
    timings.push(performance.now() - started);
    // Stay under the lockout threshold: it would change the path being measured.
    await test.db.user.updateMany({ where: { email }, data: { failedLoginCount: 0, lockedUntil: null } });
  }
  return timings.sort((a, b) => a - b);
}

const median = (values: number[]) => values[Math.floor(values.length / 2)]!;
await failedSignIns("warm-up@example.com");
const wrongPassword = median(await failedSignIns(email));
const unknownEmail = median(await failedSignIns("nobody@example.com"));
console.log(`failed sign-in, median of ${rounds}: wrong password ${wrongPassword.toFixed(1)} ms (baseline), unknown email ${unknownEmail.toFixed(1)} ms`);
console.log(`ratio unknown / wrong password: ${(unknownEmail / wrongPassword).toFixed(2)}`);
await test.close();
