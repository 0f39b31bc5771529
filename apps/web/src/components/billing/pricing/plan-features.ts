/**
 * Plans carry features as free-form JSON that plugins read ({ seats: 5, api: true }). The portal
 * shows them as short phrases: "Seats: 5", "Api"; false and empty values are left out.
 */
export function featureList(features: Record<string, unknown>): string[] {
  return Object.entries(features).flatMap(([key, value]) => {
    if (value === false || value === null || value === undefined || value === "") return [];
    const label = humanise(key);
    if (value === true) return [label];
    if (typeof value === "string" || typeof value === "number") return [`${label}: ${value}`];
    return [];
  });
}

function humanise(key: string): string {
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
