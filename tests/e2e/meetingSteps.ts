import { type BrowserContext, expect, type Page } from "@playwright/test";
import type { AppPage } from "./appPage";

export const NOW = new Date("2026-11-23T09:00:00Z");

/** From the child's page: find times with these staff (by default after school on Tuesdays and Thursdays), and offer the first three. */
export async function offerThreeTimes(
  app: AppPage,
  child: string,
  staff: readonly string[],
  when: { pick: string; days: readonly string[] } = {
    pick: "After school (after 3pm)",
    days: ["Tuesday", "Thursday"],
  },
): Promise<void> {
  const { page } = app;
  await app.open();
  await app.openChild(child);
  await page.getByRole("link", { name: "Find times for a meeting" }).click();
  await expect(page.getByRole("heading", { name: "Find times" })).toBeVisible();
  for (const name of staff)
    await page.getByRole("combobox", { name: new RegExp(name) }).selectOption("required");
  await page.getByRole("button", { name: when.pick }).click();
  for (const day of when.days) await page.getByRole("checkbox", { name: day }).check();
  await chooseAndSend(page);
}

/** On the results: tick the first three times (at least two) and send them to every carer. */
export async function chooseAndSend(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Find times", exact: true }).click();
  const slots = page.getByRole("list", { name: "Suggested times" }).getByRole("listitem");
  await expect(slots.nth(1)).toBeVisible();
  const count = Math.min(3, await slots.count());
  for (let i = 0; i < count; i++) await slots.nth(i).getByRole("checkbox").check();
  await page.getByRole("button", { name: /^Send to \d carers?$/ }).click();
  // Sending is a dozen Graph requests (holds, mail, the record): on a busy machine, well over 15 s.
  await expect(page.getByText(/^Sent to /)).toBeVisible({ timeout: 60_000 });
}

/**
 * A carer opens the newest offer sent to them from the demo inbox and answers on a phone-sized
 * page, in whatever language it is in (so only the form's structure is used).
 */
export async function answerAsParent(
  context: BrowserContext,
  page: Page,
  to: string,
  choice: { time: number; online?: boolean },
): Promise<void> {
  await page.goto("/index.html#/demo/inbox");
  const mail = page
    .getByRole("list", { name: "Emails sent to families" })
    .getByRole("listitem")
    .filter({ hasText: `To ${to}` })
    .filter({ has: page.locator('a[href*="parent.html#"]') })
    .first();
  const href = await mail.locator('a[href*="parent.html#"]').first().getAttribute("href");
  expect(href).toMatch(/\/parent\.html#/);
  const parent = await context.newPage();
  await parent.clock.install({ time: NOW });
  await parent.setViewportSize({ width: 360, height: 740 });
  await parent.goto(href ?? "");
  await parent
    .locator('input[type="radio"]')
    .nth(choice.time - 1)
    .check();
  if (choice.online) await parent.locator('input[name="adjust"][value="online"]').check();
  await parent.locator('button[type="submit"]').click();
  await expect(parent.locator("#sent-heading")).toBeVisible();
  await parent.close();
}

/**
 * The family opens the newest offer in the demo inbox on a page of its own (`phone`: at 360 px),
 * at the demo's time. Returns the parent page, ready to answer.
 */
export async function openNewestOffer(
  context: BrowserContext,
  page: Page,
  options: { readonly phone?: boolean } = {},
): Promise<Page> {
  await page.goto("/index.html#/demo/inbox");
  const link = page
    .getByRole("list", { name: "Emails sent to families" })
    .getByRole("link", { name: "Choose a time" })
    .last();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/\/parent\.html#/);
  const parent = await context.newPage();
  await parent.clock.install({ time: NOW });
  if (options.phone) await parent.setViewportSize({ width: 360, height: 740 });
  await parent.goto(href ?? "");
  return parent;
}

/** One meeting on the Meetings page, by the child's name. */
export function meetingCard(page: Page, child: string) {
  return page
    .getByRole("list", { name: "Open meetings" })
    .getByRole("listitem", { name: new RegExp(`^${child}:`) });
}
