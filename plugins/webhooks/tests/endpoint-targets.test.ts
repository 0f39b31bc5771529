import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { setupWebhooks, type WebhooksSetup } from "./helpers/setup";

// Endpoint URLs that would make the server POST into its own network (SSRF) are refused when an
// endpoint is saved. One database for the whole table: each case is a refused create.
let setup: WebhooksSetup;
beforeAll(async () => {
  setup = await setupWebhooks();
});
afterAll(async () => {
  await setup.close();
});

const refused: [url: string, reason: RegExp][] = [
  ["http://127.0.0.1/hooks", /127\.0\.0\.1 is a loopback address/],
  ["http://127.8.9.10:8080/hooks", /loopback/],
  ["http://2130706433/hooks", /127\.0\.0\.1 is a loopback address/], // decimal form, normalised by URL
  ["http://0x7f.1/hooks", /loopback/],
  ["http://0.0.0.0/hooks", /unspecified/],
  ["http://10.1.2.3/hooks", /private network/],
  ["http://172.16.5.4/hooks", /private network/],
  ["http://172.31.255.254/hooks", /private network/],
  ["http://192.168.1.1/hooks", /private network/],
  ["http://100.64.0.1/hooks", /carrier-grade NAT/],
  ["http://169.254.169.254/latest/meta-data/", /link-local/],
  ["http://224.0.0.1/hooks", /multicast/],
  ["http://255.255.255.255/hooks", /broadcast/],
  ["http://192.0.2.10/hooks", /reserved/],
  ["http://240.0.0.1/hooks", /reserved/],
  ["http://[::1]/hooks", /::1 is a loopback address/],
  ["http://[::]/hooks", /unspecified/],
  ["http://[fe80::1]/hooks", /link-local/],
  ["http://[fc00::1]/hooks", /unique local/],
  ["http://[fd00:ec2::254]/latest/meta-data/", /unique local/],
  ["http://[ff02::1]/hooks", /multicast/],
  ["http://[::ffff:127.0.0.1]/hooks", /loopback address, in IPv4-mapped form/],
  ["http://[::ffff:7f00:1]/hooks", /loopback address, in IPv4-mapped form/],
  ["http://[::ffff:169.254.169.254]/hooks", /link-local.*IPv4-mapped/],
  ["http://[::ffff:10.0.0.1]/hooks", /private network.*IPv4-mapped/],
  ["http://[::127.0.0.1]/hooks", /IPv4-compatible/],
  ["http://[64:ff9b::a00:1]/hooks", /private network.*NAT64/],
  ["http://[2001:db8::1]/hooks", /reserved/],
  ["http://localhost:3000/hooks", /localhost is the local machine/],
  ["http://api.localhost/hooks", /internal zone "localhost"/],
  ["http://metadata/computeMetadata/v1/", /metadata is a cloud metadata host name/],
  ["http://metadata.google.internal/computeMetadata/v1/", /cloud metadata host name/],
  ["http://METADATA.GOOGLE.INTERNAL./computeMetadata/v1/", /metadata\.google\.internal is a cloud metadata host name/],
  ["http://instance-data/latest/", /cloud metadata host name/],
  ["http://instance-data.ec2.internal/latest/", /cloud metadata host name/],
  ["http://billing.corp.internal/hooks", /internal zone "internal"/],
  ["http://printer.local/hooks", /internal zone "local"/],
  ["http://intranet/hooks", /single-label host name/],
];

function refusalOf(error: unknown) {
  const cause = (error as { cause?: unknown }).cause;
  return { code: (error as { code?: string }).code, issues: cause instanceof ZodError ? cause.issues : [] };
}

describe("endpoint targets", () => {
  it.each(refused)("refuses %s, naming the field and the reason", async (url, reason) => {
    const error = await setup.caller.endpoints.create({ url, events: ["*"] }).catch((caught: unknown) => caught);
    const { code, issues } = refusalOf(error);
    expect(code).toBe("BAD_REQUEST");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(["url"]);
    expect(issues[0]?.message).toMatch(reason);
    expect(issues[0]?.message).toMatch(/allowedInternalTargets/);
    expect(await setup.db.webhookEndpoint.count()).toBe(0);
  });

  it("refuses an internal target on update too, and keeps the old URL", async () => {
    const { endpoint } = await setup.caller.endpoints.create({ url: "https://hooks.example.com/in", events: ["*"] });
    const error = await setup.caller.endpoints.update({ id: endpoint.id, url: "http://169.254.169.254/" }).catch((caught: unknown) => caught);
    expect(refusalOf(error).issues[0]).toMatchObject({ path: ["url"], message: expect.stringMatching(/link-local/) });
    expect((await setup.caller.endpoints.get({ id: endpoint.id })).url).toBe("https://hooks.example.com/in");
    await setup.caller.endpoints.delete({ id: endpoint.id });
  });

  it("accepts public names and addresses, and internal ones the operator allow-listed", async () => {
    for (const url of ["https://hooks.example.com/in", "http://93.184.216.34/in", "http://[2606:4700:4700::1111]/in", "http://[::ffff:93.184.216.34]/in"]) {
      await expect(setup.caller.endpoints.create({ url, events: ["*"] })).resolves.toBeTruthy();
    }
    await setup.setSettings({ allowedInternalTargets: ["10.20.0.0/16", "fd00::/8", "billing.corp.internal", "*.svc.internal"] });
    for (const url of ["http://10.20.3.4/in", "http://[fd00::5]/in", "http://billing.corp.internal/in", "http://crm.svc.internal/in"]) {
      await expect(setup.caller.endpoints.create({ url, events: ["*"] })).resolves.toBeTruthy();
    }
    // The allow-list is exact: the rest of the private ranges and other internal names stay refused.
    for (const url of ["http://10.21.0.1/in", "http://127.0.0.1/in", "http://other.corp.internal/in", "http://svc.internal/in"]) {
      await expect(setup.caller.endpoints.create({ url, events: ["*"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await setup.setSettings({ allowedInternalTargets: [] });
  });
});
