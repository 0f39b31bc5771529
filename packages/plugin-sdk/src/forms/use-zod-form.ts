"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type DefaultValues, type Resolver, type FieldPath, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { splitServerErrors } from "./server-errors";

/** The key under which a form keeps its form-level server error (react-hook-form's root errors). */
export const serverRootError = "root.server" as const;

/** react-hook-form's resolver for a zod schema, typed by the schema (its input is the form's values). */
export function zodFormResolver<Schema extends z.ZodType<unknown, FieldValues>>(schema: Schema) {
  // The resolver's overloads can't see through a generic schema; its types are the schema's own.
  return zodResolver(schema as never) as unknown as Resolver<z.input<Schema>, unknown, z.output<Schema>>;
}

/**
 * A react-hook-form form validated by a zod schema: pass the API's own input schema (or one that
 * pipes the form's text into it) so a rule's message is the same on the client as from the server.
 * It validates on submit, then re-checks a field as it changes.
 */
export function useZodForm<Schema extends z.ZodType<unknown, FieldValues>>(schema: Schema, options: { defaultValues: DefaultValues<z.input<Schema>> }) {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodFormResolver(schema),
    defaultValues: options.defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
}

/**
 * Shows a failed call's errors on the form: each error about a field the form has goes to that
 * field (form.setError), everything else to the form's root (read it with formLevelError).
 * `fallback` words an error that names no field, e.g. the SDK's mutationErrorMessage.
 */
export function applyServerErrors<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values, unknown, never>, "setError">,
  error: unknown,
  fields: readonly FieldPath<Values>[],
  fallback: (error: unknown) => string,
): void {
  const split = splitServerErrors(error, fields, fallback);
  for (const [field, message] of Object.entries(split.fields)) form.setError(field as FieldPath<Values>, { type: "server", message }, { shouldFocus: false });
  if (split.form) form.setError(serverRootError, { type: "server", message: split.form });
}

/** The form-level server error set by applyServerErrors, if any. */
export function formLevelError(form: Pick<UseFormReturn<FieldValues, unknown, never>, "formState">): string | undefined {
  return form.formState.errors.root?.server?.message;
}

/** A field's current error message (client rule or server), by its dotted path. */
export function fieldError<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values, unknown, never>, "getFieldState" | "formState">,
  path: FieldPath<Values>,
): string | undefined {
  return form.getFieldState(path, form.formState).error?.message;
}
