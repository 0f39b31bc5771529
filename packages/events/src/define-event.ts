import type { z } from "zod";

/** One entry of the event catalogue: a name and the zod schema of its payload. */
export interface EventDefinition<TName extends string = string, TSchema extends z.ZodType = z.ZodType> {
  name: TName;
  schema: TSchema;
  description: string;
}

/** Core events are `<entity>.<pastVerb>`; plugin events are `<slug>/<entity>.<pastVerb>`. */
export const EVENT_NAME_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9_]+(?:\.[a-z0-9_]+)+$/;

export function defineEvent<TName extends string, TSchema extends z.ZodType>(
  name: TName,
  schema: TSchema,
  description: string,
): EventDefinition<TName, TSchema> {
  if (!EVENT_NAME_PATTERN.test(name)) {
    throw new Error(`Event name "${name}" must look like "entity.pastVerb" or "<plugin-slug>/entity.pastVerb".`);
  }
  return { name, schema, description };
}

export type EventPayload<T extends EventDefinition> = z.infer<T["schema"]>;
