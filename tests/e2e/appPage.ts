import { expect, type Page } from "@playwright/test";

/** The app as a member of staff sees it: one page object for the shell and its areas. */
export class AppPage {
  readonly errors: string[] = [];
  readonly graphCalls: string[] = [];

  constructor(readonly page: Page) {
    page.on("console", (m) => {
      if (m.type() === "error")
        this.errors.push(`${m.text()}${m.location().url ? ` (${m.location().url})` : ""}`);
    });
    page.on("pageerror", (e) => this.errors.push(e.message));
    page.on("request", (r) => {
      if (!r.url().startsWith("https://graph.microsoft.com/")) return;
      if (!r.url().endsWith("/$batch")) {
        this.graphCalls.push(`${r.method()} ${r.url()}`);
        return;
      }
      // Calls made together travel as one $batch: record each call inside it as its own.
      const batch = r.postDataJSON() as { requests?: { method: string; url: string }[] } | null;
      for (const sub of batch?.requests ?? [])
        this.graphCalls.push(`${sub.method} https://graph.microsoft.com/v1.0${sub.url}`);
    });
  }

  async open(path = "/meetings"): Promise<void> {
    await this.page.goto(`/index.html#${path}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Common Ground" })).toBeVisible();
    // The shell is drawn before any data; in a new profile the demo school is seeded first, which
    // takes a few seconds more on a busy machine. Wait until the page and its first data are in.
    await expect(this.page.locator('[role="status"][aria-label^="Opening"], .fui-Spinner')).toHaveCount(0, {
      timeout: 45_000,
    });
  }

  area(name: "Meetings" | "Children" | "Settings") {
    return this.page.getByRole("tab", { name });
  }

  async goTo(name: "Meetings" | "Children" | "Settings"): Promise<void> {
    await this.area(name).click();
    await expect(this.page.getByRole("heading", { level: 2, name })).toBeVisible();
  }

  async openChild(name: string): Promise<void> {
    await this.goTo("Children");
    await this.page.getByRole("link", { name: new RegExp(`^${name}`) }).click();
    await expect(this.page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
}
