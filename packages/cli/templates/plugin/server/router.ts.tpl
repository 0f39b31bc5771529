import { z } from "zod";
import { emit } from "@tillbox/plugin-sdk";
import { procedure, router } from "./api";
import { itemCreated } from "./events";

const createInput = z.object({ title: z.string().trim().min(1).max(200) });

/** Mounted as the "{{camelName}}" namespace of the appRouter: trpc.{{camelName}}.list, trpc.{{camelName}}.create. */
export const {{camelName}}Router = router({
  list: procedure("{{slug}}:read").query(({ ctx }) =>
    ctx.db.{{camelName}}Item.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { createdAt: "desc" }, take: 100 }),
  ),

  create: procedure("{{slug}}:manage")
    .input(createInput)
    .mutation(({ ctx, input }) =>
      // One transaction: the item and its event commit (or roll back) together.
      ctx.db.$transaction(async (tx) => {
        const item = await tx.{{camelName}}Item.create({ data: { tenantId: ctx.tenantId, title: input.title } });
        await emit(tx, itemCreated, { itemId: item.id, title: item.title }, { tenantId: ctx.tenantId });
        return item;
      }),
    ),
});

export type {{PascalName}}Router = typeof {{camelName}}Router;
