import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient, type Db } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { nextDocumentNumber, renderDocumentNumber, renderNumberPrefix } from "../../../src/billing/invoices/document-number";

const at = new Date("2026-07-04T10:00:00Z");

describe("number formats", () => {
  it("renders {YYYY} {YY} {MM} and pads {SEQ:n}", () => {
    expect(renderDocumentNumber(renderNumberPrefix("INV-{YYYY}-{MM}-{SEQ:5}", at), 42)).toBe("INV-2026-07-00042");
    expect(renderDocumentNumber(renderNumberPrefix("{YY}/{SEQ}", at), 7)).toBe("26/7");
    expect(renderDocumentNumber(renderNumberPrefix("R{SEQ:3}-{YYYY}", at), 1234)).toBe("R1234-2026");
  });

  it("needs exactly one sequence token", () => {
    expect(() => renderNumberPrefix("INV-{YYYY}", at)).toThrow(/exactly one \{SEQ\}/);
    expect(() => renderNumberPrefix("{SEQ}-{SEQ:2}", at)).toThrow(/exactly one/);
  });
});

describe("nextDocumentNumber (real database)", () => {
  let test: TestDb;
  let wide: Db;
  beforeAll(async () => {
    test = await createTestDb();
    // Its own pool, so the finalisations below really run on parallel connections on PostgreSQL.
    wide = test.url ? (new PrismaClient({ adapter: new PrismaPg({ connectionString: test.url, max: 20 }) }) as Db) : test.db;
  });
  afterAll(async () => {
    if (wide !== test.db) await wide.$disconnect();
    await test.close();
  });

  it("hands out 1..N without gaps or duplicates to concurrent finalisations", async () => {
    const n = test.url ? 60 : 25;
    const numbers = await Promise.all(
      Array.from({ length: n }, () =>
        wide.$transaction(
          async (tx) => {
            const number = await nextDocumentNumber(tx, "default", "invoice", "INV-{YYYY}-{SEQ:4}", at);
            // Work after the number is taken, while the sequence row stays locked.
            await tx.$queryRaw`SELECT pg_sleep(0.005)::text`;
            return number;
          },
          { timeout: 60_000, maxWait: 60_000 },
        ),
      ),
    );
    const values = numbers.map((number) => Number(number.slice("INV-2026-".length))).sort((a, b) => a - b);
    expect(values).toEqual(Array.from({ length: n }, (_, index) => index + 1));
  });

  it("gives a rolled-back number back: no gap", async () => {
    const format = "RB-{SEQ}";
    expect(await test.db.$transaction((tx) => nextDocumentNumber(tx, "default", "invoice", format, at))).toBe("RB-1");
    await expect(
      test.db.$transaction(async (tx) => {
        expect(await nextDocumentNumber(tx, "default", "invoice", format, at)).toBe("RB-2");
        throw new Error("finalisation failed");
      }),
    ).rejects.toThrow("finalisation failed");
    expect(await test.db.$transaction((tx) => nextDocumentNumber(tx, "default", "invoice", format, at))).toBe("RB-2");
  });

  it("restarts when the rendered prefix changes (new year), and keeps kinds apart", async () => {
    const format = "Y-{YYYY}-{SEQ}";
    const take = (when: Date, kind: "invoice" | "credit_note" = "invoice") =>
      test.db.$transaction((tx) => nextDocumentNumber(tx, "default", kind, format, when));
    expect(await take(new Date("2026-12-31T23:59:59Z"))).toBe("Y-2026-1");
    expect(await take(new Date("2026-12-31T23:59:59Z"))).toBe("Y-2026-2");
    expect(await take(new Date("2027-01-01T00:00:00Z"))).toBe("Y-2027-1");
    expect(await take(new Date("2027-01-01T00:00:00Z"), "credit_note")).toBe("Y-2027-1");
  });
});
