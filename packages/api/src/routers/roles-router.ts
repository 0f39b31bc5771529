import { z } from "zod";
import { createRole, deleteRole, getRole, listRoles, readRoleMatrix, updateRole, updateRoleMatrix } from "@tillbox/core";
import { authorizedProcedure, publicProcedure, router } from "@tillbox/trpc";
import { accessActor, allScopes, installedScopeCatalogue } from "../access";
import { declaredPermissions } from "../procedure-permissions";

const id = z.object({ id: z.string().uuid() });
const scopes = z.array(z.string().min(1).max(100)).max(500);
const name = z.string().trim().min(1).max(80);
const description = z.string().trim().max(300).nullable().optional();

export const rolesRouter = router({
  /** Scopes grouped by owner (core, then each plugin): the matrix editor's columns. */
  scopes: authorizedProcedure("roles:read").query(() => installedScopeCatalogue()),

  list: authorizedProcedure("roles:read").query(({ ctx }) => listRoles(ctx.db, ctx.tenantId)),

  get: authorizedProcedure("roles:read")
    .input(id)
    .query(({ ctx, input }) => getRole(ctx.db, ctx.tenantId, input.id)),

  create: authorizedProcedure("roles:manage")
    .input(z.object({ key: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, "Use 2–40 lower-case letters, digits and dashes"), name, description, scopes }))
    .mutation(({ ctx, input }) => createRole(ctx.db, accessActor(ctx), input, allScopes())),

  update: authorizedProcedure("roles:manage")
    .input(id.extend({ name: name.optional(), description, scopes: scopes.optional() }))
    .mutation(({ ctx, input: { id: roleId, ...patch } }) => updateRole(ctx.db, accessActor(ctx), roleId, patch, allScopes())),

  delete: authorizedProcedure("roles:manage")
    .input(id)
    .mutation(async ({ ctx, input }) => {
      await deleteRole(ctx.db, accessActor(ctx), input.id);
      return { id: input.id };
    }),

  matrix: authorizedProcedure("roles:read").query(({ ctx }) => readRoleMatrix(ctx.db, ctx.tenantId, installedScopeCatalogue())),

  /** Toggles matrix cells; all changes apply together or not at all. */
  updateMatrix: authorizedProcedure("roles:manage")
    .input(
      z.object({
        changes: z
          .array(z.object({ roleId: z.string().uuid(), scope: z.string().min(1), granted: z.boolean() }))
          .min(1)
          .max(1000),
      }),
    )
    .mutation(({ ctx, input }) => updateRoleMatrix(ctx.db, accessActor(ctx), input.changes, installedScopeCatalogue())),

  /**
   * The caller's scopes and every procedure's declared permission, so the UI hides what the
   * caller can't do from the same declarations the server enforces. Public: it only describes the caller.
   */
  mine: publicProcedure.query(({ ctx }) => {
    const held = ctx.actor.permissions === "all" ? allScopes() : [...ctx.actor.permissions].sort();
    return { kind: ctx.actor.kind, userId: ctx.actor.id, scopes: held, procedures: declaredPermissions() };
  }),
});
