import { setupWorker } from "msw/browser";
import type { DemoTenant } from "./tenant";

/** Serves the demo tenant to the page through msw's service worker (`/mockServiceWorker.js`). */
export async function serveInBrowser(tenant: DemoTenant): Promise<void> {
  const worker = setupWorker(...tenant.handlers());
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: "bypass",
    quiet: true,
  });
}
