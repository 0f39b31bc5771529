/**
 * Turns the JSON Schema the API returns for plugin settings (zod's toJSONSchema, io "input")
 * into form fields, and form values back into a settings object. The server validates again;
 * this only keeps the form honest about types.
 */
export type JsonSchema = Record<string, unknown>;

export type SettingsField =
  | { kind: "boolean"; name: string; label: string; description?: string; required: boolean }
  | { kind: "enum"; name: string; label: string; description?: string; required: boolean; options: string[] }
  | { kind: "number"; name: string; label: string; description?: string; required: boolean; integer: boolean; minimum?: number; maximum?: number }
  | { kind: "string"; name: string; label: string; description?: string; required: boolean; inputType: "text" | "url" | "email"; maxLength?: number }
  | { kind: "json"; name: string; label: string; description?: string; required: boolean };

export type FormValue = string | boolean;

/** "timeoutMs" → "Timeout ms", "max_retries" → "Max retries". */
export function humanize(key: string): string {
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Nullable/optional wrappers arrive as anyOf [X, {type:"null"}]: the form edits X. */
function unwrap(schema: JsonSchema): JsonSchema {
  const options = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(options)) {
    const concrete = options.filter(isObject).filter((option) => option.type !== "null");
    if (concrete.length === 1)
      return { ...concrete[0], description: schema.description ?? concrete[0]?.description, title: schema.title ?? concrete[0]?.title };
  }
  // Draft 2020-12 nullable form: { type: ["string", "null"] }.
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== "null");
    if (types.length === 1) return { ...schema, type: types[0] };
  }
  return schema;
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}

export function settingsFields(schema: JsonSchema | null): SettingsField[] {
  if (!schema || !isObject(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((key): key is string => typeof key === "string") : []);
  return Object.entries(schema.properties).map(([name, raw]): SettingsField => {
    const property = unwrap(isObject(raw) ? raw : {});
    const base = {
      name,
      label: typeof property.title === "string" ? property.title : humanize(name),
      description: typeof property.description === "string" ? property.description : undefined,
      required: required.has(name),
    };
    if (Array.isArray(property.enum) && property.enum.every((option) => typeof option === "string")) {
      return { ...base, kind: "enum", options: property.enum as string[] };
    }
    switch (property.type) {
      case "boolean":
        return { ...base, kind: "boolean" };
      case "integer":
      case "number":
        return {
          ...base,
          kind: "number",
          integer: property.type === "integer",
          minimum: numberOrUndefined(property.minimum),
          maximum: numberOrUndefined(property.maximum),
        };
      case "string": {
        const inputType = property.format === "uri" || property.format === "url" ? "url" : property.format === "email" ? "email" : "text";
        return { ...base, kind: "string", inputType, maxLength: numberOrUndefined(property.maxLength) };
      }
      default:
        return { ...base, kind: "json" };
    }
  });
}

/** Current settings → the strings/booleans the inputs hold. */
export function toFormValues(fields: SettingsField[], settings: Record<string, unknown>): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const field of fields) {
    const value = settings[field.name];
    if (field.kind === "boolean") values[field.name] = value === true;
    else if (field.kind === "json") values[field.name] = value === undefined ? "" : JSON.stringify(value, null, 2);
    else values[field.name] = value === undefined || value === null ? "" : String(value);
  }
  return values;
}

/** Form values → settings; errors are keyed by field name so the form can show them inline. */
export function fromFormValues(
  fields: SettingsField[],
  values: Record<string, FormValue>,
): { ok: true; settings: Record<string, unknown> } | { ok: false; errors: Record<string, string> } {
  const settings: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === "boolean") {
      settings[field.name] = value === true;
      continue;
    }
    const text = typeof value === "string" ? value.trim() : "";
    // Empty optional inputs are left out so the schema default applies.
    if (text === "") {
      if (field.required) errors[field.name] = `${field.label} is required.`;
      continue;
    }
    if (field.kind === "number") {
      const number = Number(text);
      if (!Number.isFinite(number) || (field.integer && !Number.isInteger(number)))
        errors[field.name] = `${field.label} must be ${field.integer ? "a whole number" : "a number"}.`;
      else settings[field.name] = number;
    } else if (field.kind === "json") {
      try {
        settings[field.name] = JSON.parse(text);
      } catch {
        errors[field.name] = `${field.label} must be valid JSON.`;
      }
    } else {
      settings[field.name] = text;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}
