import type { Db, Prisma } from "@tillbox/db";
import { DomainError } from "../../errors";
import { isUuid } from "../access/uuid";

export type UserStatusFilter = "active" | "suspended" | "deleted";

export interface UserListQuery {
  /** Matches email or name, case-insensitively. */
  search?: string;
  status?: UserStatusFilter;
  /** A role key such as "admin". */
  role?: string;
  page?: number;
  pageSize?: number;
  /** Newest first when omitted. */
  sort?: UserListSort;
}

export const userSortKeys = ["email", "name", "lastLoginAt", "createdAt"] as const;
export interface UserListSort {
  by: (typeof userSortKeys)[number];
  direction: "asc" | "desc";
}

/** The id breaks ties, so a page boundary never repeats or skips a user; never-signed-in users sort last either way. */
function orderOf(sort: UserListSort | undefined): Prisma.UserOrderByWithRelationInput[] {
  if (!sort) return [{ createdAt: "desc" }, { id: "asc" }];
  const { by, direction } = sort;
  const key = by === "name" || by === "lastLoginAt" ? { [by]: { sort: direction, nulls: "last" as const } } : { [by]: direction };
  return [key, { id: "asc" }];
}

const summarySelect = {
  id: true,
  email: true,
  name: true,
  company: true,
  status: true,
  emailVerifiedAt: true,
  lastLoginAt: true,
  createdAt: true,
  roles: { select: { role: { select: { key: true, name: true } } } },
} as const;

type SummaryRow = Prisma.UserGetPayload<{ select: typeof summarySelect }>;

const summary = ({ roles, ...user }: SummaryRow) => ({ ...user, roles: roles.map(({ role }) => role) });

export type UserSummary = ReturnType<typeof summary>;

/** Newest first unless sorted. Deleted (anonymised) accounts only appear when asked for with status "deleted". */
export async function listUsers(db: Db, tenantId: string, query: UserListQuery = {}) {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, query.pageSize ?? 25));
  const search = query.search?.trim();
  const where: Prisma.UserWhereInput = {
    tenantId,
    status: query.status ?? { not: "deleted" },
    ...(search ? { OR: [{ email: { contains: search, mode: "insensitive" } }, { name: { contains: search, mode: "insensitive" } }] } : {}),
    ...(query.role ? { roles: { some: { role: { key: query.role } } } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({ where, select: summarySelect, orderBy: orderOf(query.sort), skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { items: rows.map(summary), total, page, pageSize, pageCount: Math.ceil(total / pageSize) };
}

/** The admin's user page: profile, roles, activity and what the user owns. */
export async function getUserDetail(db: Db, tenantId: string, userId: string) {
  const user = isUuid(userId)
    ? await db.user.findFirst({
        where: { id: userId, tenantId },
        select: {
          ...summarySelect,
          locale: true,
          country: true,
          vatId: true,
          billingAddress: true,
          updatedAt: true,
          lockedUntil: true,
          _count: { select: { apiKeys: { where: { revokedAt: null } } } },
        },
      })
    : null;
  if (!user) throw new DomainError("USER_NOT_FOUND", `No user with id "${userId}" (field: userId).`, "NOT_FOUND");
  const { _count, roles, ...rest } = user;
  return { ...rest, roles: roles.map(({ role }) => role), activeApiKeyCount: _count.apiKeys };
}
