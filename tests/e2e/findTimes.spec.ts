import { expect, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { axeViolations } from "./axe";

// The demo school's calendars are seeded from "now": pin it so the suggested times are the same every run.
test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-23T09:00:00Z") });
});

test("finds times for a child with three required staff and a step-free room, honouring Tuesdays or Thursdays after 3pm", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.openChild("Aiden Scott");
  await page.getByRole("link", { name: "Find times for a meeting" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Find times" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Child" })).toHaveValue("GP1001");

  await page.getByRole("combobox", { name: /Aileen MacRae/ }).selectOption("required");
  await page.getByRole("combobox", { name: /Jamie Campbell/ }).selectOption("required");
  await page.getByRole("combobox", { name: /Tom Okafor/ }).selectOption("required");
  await page.getByRole("button", { name: "After school (after 3pm)" }).click();
  await page.getByRole("checkbox", { name: "Tuesday" }).check();
  await page.getByRole("checkbox", { name: "Thursday" }).check();
  await page.getByRole("checkbox", { name: "Step-free access" }).check();
  await page.getByRole("button", { name: "Find times" }).click();

  const slots = page.getByRole("list", { name: "Suggested times" }).getByRole("listitem");
  await expect(slots.first()).toBeVisible();
  const texts = await slots.allInnerTexts();
  expect(texts.length).toBeGreaterThanOrEqual(3);
  for (const text of texts) {
    const m = /^(Tuesday|Thursday) \d{1,2} \w+, (\d\d):(\d\d)/.exec(text);
    expect(m, text).not.toBeNull();
    expect(Number(m?.[2]) * 60 + Number(m?.[3]), text).toBeGreaterThanOrEqual(15 * 60);
    expect(text).toMatch(/all three staff free|all 3 staff free|three staff free/);
    expect(text).toContain("(step-free)");
  }
  // A step-free room was chosen for every time: only Family Room, Meeting Room 1 and the Library are.
  for (const text of texts) expect(text).toMatch(/Family Room|Meeting Room 1|Library/);

  await expect(page.getByRole("heading", { name: /^Week of/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The form is a draft: a reload keeps what was entered.
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Thursday" })).toBeChecked();
  await expect(page.getByRole("combobox", { name: /Tom Okafor/ })).toHaveValue("required");
  expect(app.errors).toEqual([]);
});

test("an impossible request explains what blocks it", async ({ page }) => {
  const app = new AppPage(page);
  await app.open("/meetings/find");
  await page.getByRole("combobox", { name: "Child" }).selectOption({ label: "Aiden Scott (P1)" });
  await page.getByRole("combobox", { name: /Sofia Rossi/ }).selectOption("required");
  await page.getByRole("checkbox", { name: "Friday" }).check();
  await page.getByRole("button", { name: "Find times" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "No time suits everyone" });
  await expect(alert).toContainText("Sofia Rossi");
  expect(app.errors).toEqual([]);
});
