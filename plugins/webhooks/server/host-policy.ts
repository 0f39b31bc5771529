/** Cloud metadata services by name (their addresses are refused as link-local or private anyway). */
const metadataNames = new Set(["metadata", "metadata.google.internal", "instance-data", "instance-data.ec2.internal", "metadata.azure.com"]);

/** Zones that only exist inside a network: they resolve to internal hosts, whatever DNS says today. */
const internalSuffixes = [".localhost", ".local", ".localdomain", ".internal", ".intranet", ".lan", ".home.arpa", ".arpa"];

/** URL.hostname without IPv6 brackets, lower-case, without the trailing dot of a fully qualified name. */
export function normalizeHost(hostname: string): string {
  return hostname
    .replace(/^\[(.*)\]$/, "$1")
    .toLowerCase()
    .replace(/\.+$/, "");
}

/** Why a host name is internal whatever it resolves to, or null. `host` is normalised. */
export function internalHostReason(host: string): string | null {
  if (metadataNames.has(host)) return "a cloud metadata host name";
  if (host === "localhost") return "the local machine";
  // A single label ("metadata", "intranet") is completed by the server's DNS search domains.
  if (!host.includes(".")) return "a single-label host name, resolved inside the server's network";
  const suffix = internalSuffixes.find((candidate) => host.endsWith(candidate));
  return suffix ? `in the internal zone "${suffix.slice(1)}"` : null;
}
