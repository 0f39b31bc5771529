import { Prisma } from "@tillbox/db";

/**
 * Prisma stores DateTime in `timestamp(3)` columns as UTC wall time. Raw comparisons must do
 * the same, whatever the session's TimeZone, so the instant is passed as text and converted.
 */
export function utcTimestamp(at: Date): Prisma.Sql {
  return Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}
