import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageSlot, Slot, SlotProvider, type PageSlotProps, type SlotComponentProps, type SlotRegistry } from "../src/slot";

function Greeting({ plugin, zone, who }: SlotComponentProps & { who?: string }) {
  return h("p", null, `${plugin}@${zone}:${who ?? "nobody"}`);
}

function EndpointPage({ params, path }: PageSlotProps) {
  return h("h1", null, `endpoint ${params.id} at ${path}`);
}

const registry: SlotRegistry = {
  "web.home": [
    { plugin: "alpha", id: "alpha/web/greeting", component: Greeting, config: { zone: "web.home" } },
    { plugin: "beta", id: "beta/web/greeting", component: Greeting, config: { zone: "web.home" } },
  ],
  "admin.page": [{ plugin: "alpha", id: "alpha/admin/endpoint", component: EndpointPage, config: { zone: "admin.page", path: "endpoints/:id" } }],
};

const render = (enabled: string[], child: ReturnType<typeof h>) => renderToStaticMarkup(h(SlotProvider, { registry, enabled, children: child }));

describe("<Slot>", () => {
  it("renders the components of enabled plugins only, with zone props", () => {
    expect(render(["alpha", "beta"], h(Slot, { zone: "web.home", props: { who: "you" } }))).toBe("<p>alpha@web.home:you</p><p>beta@web.home:you</p>");
    expect(render(["beta"], h(Slot, { zone: "web.home" }))).toBe("<p>beta@web.home:nobody</p>");
  });

  it("renders nothing (or the fallback) when every contributor is disabled", () => {
    expect(render([], h(Slot, { zone: "web.home" }))).toBe("");
    expect(render([], h(Slot, { zone: "web.home", fallback: h("em", null, "empty") }))).toBe("<em>empty</em>");
  });

  it("lets the host render entries itself", () => {
    const markup = render(["alpha"], h(Slot, { zone: "web.home", render: (entry) => h("a", { href: `/${entry.plugin}` }, entry.id) }));
    expect(markup).toBe('<a href="/alpha">alpha/web/greeting</a>');
  });
});

describe("<PageSlot>", () => {
  it("renders the matching page with params, and the fallback once the plugin is disabled", () => {
    expect(render(["alpha"], h(PageSlot, { plugin: "alpha", segments: ["endpoints", "7"] }))).toBe("<h1>endpoint 7 at endpoints/7</h1>");
    expect(render([], h(PageSlot, { plugin: "alpha", segments: ["endpoints", "7"], fallback: "404" }))).toBe("404");
  });
});
