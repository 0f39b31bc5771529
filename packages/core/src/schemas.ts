// The API's input schemas that a browser form may validate against before it submits, so a rule
// reads the same whether the form or the server catches it. Only pure zod lives behind this
// entry: no database, no Node built-ins, so client bundles can import it.
export { billingSettingsPatchSchema, intervalChangePolicies, type BillingSettingsPatch } from "./billing/settings/settings-schema";
export { planCreateSchema, planUpdateSchema } from "./billing/catalogue/schemas";
export { profileUpdateSchema } from "./identity/accounts/profile-schema";
