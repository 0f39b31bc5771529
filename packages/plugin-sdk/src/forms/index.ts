"use client";

// Forms for the apps and plugins: react-hook-form with the zod resolver, fed by the API's schemas,
// and the mapping of a server's field errors onto the form. Components come from @tillbox/ui (Field).
export { useZodForm, zodFormResolver, applyServerErrors, formLevelError, fieldError, serverRootError } from "./use-zod-form";
export { serverFieldErrors, splitServerErrors, type ServerErrorSplit } from "./server-errors";
export { Controller, useWatch, type FieldPath, type UseFormRegisterReturn, type UseFormReturn } from "react-hook-form";
