/** A route path template as OpenAPI writes it ("/invoices/{id}/pdf"), compiled once. */
export interface PathPattern {
  template: string;
  params: string[];
  match(path: string): Record<string, string> | null;
}

export function compilePath(template: string): PathPattern {
  if (!template.startsWith("/")) throw new Error(`REST path "${template}" must start with "/".`);
  const params: string[] = [];
  const source = template
    .split("/")
    .map((segment) => {
      const param = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(segment);
      if (param) {
        params.push(param[1]!);
        return "([^/]+)";
      }
      if (/[{}]/.test(segment)) throw new Error(`REST path "${template}": a parameter must be a whole segment.`);
      return segment.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
    })
    .join("/");
  const regex = new RegExp(`^${source}/?$`);
  return {
    template,
    params,
    match(path) {
      const found = regex.exec(path);
      if (!found) return null;
      try {
        return Object.fromEntries(params.map((name, index) => [name, decodeURIComponent(found[index + 1]!)]));
      } catch {
        return null; // A malformed %-escape matches nothing rather than throwing.
      }
    },
  };
}
