import { chromium, type Browser } from "@playwright/test";

export interface Visit {
  seconds: number;
  /** Where the page ended up (a sign-in redirect means the visit measured the wrong page). */
  finalPath: string;
  /** The tRPC procedures the page called, to keep the warm-up list honest. */
  procedures: string[];
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * A first visit as a person makes it: a new browser profile (nothing cached), the page loaded, and
 * then until it shows content: no skeleton left and the network quiet (its tRPC queries answered).
 */
export async function firstVisit(browser: Browser, url: string, cookies: { name: string; value: string; url: string }[]): Promise<Visit> {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  const procedures = new Set<string>();
  page.on("request", (request) => {
    const match = /\/api\/trpc\/([^?]+)/.exec(request.url());
    if (match) for (const name of decodeURIComponent(match[1]!).split(",")) procedures.add(name);
  });
  let lastFinished = 0;
  const finished = () => void (lastFinished = performance.now());
  page.on("requestfinished", finished);
  page.on("requestfailed", finished);
  const started = performance.now();
  try {
    await page.goto(url, { waitUntil: "load", timeout: 300_000 });
    await page.waitForFunction(() => !document.querySelector('[data-slot="skeleton"]'), undefined, { timeout: 300_000, polling: 100 });
    const shown = performance.now();
    // Quiet for 500 ms: the page's queries have answered. The time is when the last one did, not the quiet after it.
    await page.waitForLoadState("networkidle", { timeout: 300_000 });
    const seconds = (Math.max(shown, lastFinished) - started) / 1000;
    return { seconds, finalPath: new URL(page.url()).pathname, procedures: [...procedures].sort() };
  } finally {
    await context.close();
  }
}
