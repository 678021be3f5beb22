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

test("an empty form says what is missing next to each field, focuses the first, and each message goes once its field is fixed", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open("/meetings/find");
  const child = page.getByRole("combobox", { name: "Child" });
  const staff = page.getByRole("group", { name: "Staff and agencies" });
  await page.getByRole("button", { name: "Find times" }).click();

  await expect(child).toBeFocused();
  await expect(child).toHaveAttribute("aria-invalid", "true");
  await expect(child).toHaveAccessibleDescription("Choose the child this meeting is about.");
  await expect(staff).toHaveAccessibleDescription("Choose at least one member of staff who must be there.");
  // Nothing piles up under the buttons: each message sits with its own field.
  await expect(page.getByText("Choose the child this meeting is about.")).toHaveCount(1);

  // Choosing the child fixes that field; the suggested staff for a support plan review fix the other.
  await child.selectOption({ label: "Aiden Scott (P1)" });
  await expect(child).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Choose the child this meeting is about.")).toHaveCount(0);
  await expect(staff).not.toHaveAttribute("aria-invalid", "true");

  // A length of 0 is refused where it was typed, not quietly turned into an hour.
  const length = page.getByRole("spinbutton", { name: "Length (minutes)" });
  await length.fill("0");
  await length.press("Tab");
  await expect(length).toHaveValue("0");
  await expect(length).toHaveAttribute("aria-invalid", "true");
  await expect(length).toHaveAccessibleDescription("A meeting must last at least 5 minutes.");
  await length.fill("45");
  await length.press("Tab");
  await expect(length).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("A meeting must last at least 5 minutes.")).toHaveCount(0);

  // Dates in the past are named as such, not blamed on holidays.
  const from = page.getByLabel("From", { exact: true });
  await from.fill("2026-11-02");
  await page.getByLabel("To", { exact: true }).fill("2026-11-20");
  await expect(from).toHaveAccessibleDescription(
    "The dates to search are in the past: choose dates from tomorrow on.",
  );
  await page.getByRole("button", { name: "Find times" }).click();
  await expect(from).toBeFocused();
  await expect(page.getByText(/holidays/)).toHaveCount(0);
  await from.fill("2026-11-24");
  await page.getByLabel("To", { exact: true }).fill("2026-12-18");
  await expect(from).not.toHaveAttribute("aria-invalid", "true");

  // The answer is where focus lands, for keyboard and screen-reader users.
  await page.getByRole("button", { name: "Find times" }).click();
  await expect(
    page.getByRole("heading", { level: 3, name: /Suggested times|No times to suggest/ }),
  ).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  expect(app.errors).toEqual([]);
});

test("switching child does not carry the family's preferences over; each child keeps their own draft until Start again", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open("/meetings/find/GP1001");
  const child = page.getByRole("combobox", { name: "Child" });
  const afterSchool = page.getByRole("button", { name: "After school (after 3pm)" });
  const tuesday = page.getByRole("checkbox", { name: "Tuesday" });
  await expect(child).toHaveValue("GP1001");
  await afterSchool.click();
  await tuesday.check();
  await expect(afterSchool).toHaveAttribute("aria-pressed", "true");

  await child.selectOption("GP1002");
  await expect(afterSchool).toHaveAttribute("aria-pressed", "false");
  await expect(tuesday).not.toBeChecked();

  await child.selectOption("GP1001");
  await expect(afterSchool).toHaveAttribute("aria-pressed", "true");
  await expect(tuesday).toBeChecked();

  await page.getByRole("button", { name: "Start again" }).click();
  await expect(child).toHaveValue("");
  await expect(afterSchool).toHaveAttribute("aria-pressed", "false");
  await expect(tuesday).not.toBeChecked();
  // Start again forgot that child's draft too: the address still names them, but nothing of theirs is left.
  await page.reload();
  await expect(child).toHaveValue("GP1001");
  await expect(afterSchool).toHaveAttribute("aria-pressed", "false");
  await expect(tuesday).not.toBeChecked();
  expect(app.errors).toEqual([]);
});

test("a slot lengthened for interpreting says why, and a family joining online makes the offer in person with an online option", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open("/meetings/find/GP1001");
  await expect(page.getByRole("combobox", { name: "Child" })).toHaveValue("GP1001");
  await page.getByRole("combobox", { name: /Aileen MacRae/ }).selectOption("required");
  await page.getByRole("combobox", { name: /Jamie Campbell/ }).selectOption("required");
  await page.getByRole("checkbox", { name: "An interpreter", exact: true }).check();
  await page.getByRole("checkbox", { name: "Joining online" }).check();
  await expect(page.getByRole("radiogroup", { name: "Format" })).toHaveAccessibleDescription(
    "In person, with an online option (the family asked to join online).",
  );
  await page.getByRole("button", { name: "Find times" }).click();

  await expect(page.getByText("Each time is 90 minutes: 30 more for interpreting.")).toBeVisible();
  await expect(
    page.getByText(
      "How it will be held: In person, with an online option (the family asked to join online).",
    ),
  ).toBeVisible();
  const slots = page.getByRole("list", { name: "Suggested times" }).getByRole("listitem");
  for (const text of await slots.allInnerTexts()) {
    const m = /(\d{1,2}):(\d\d)–(\d{1,2}):(\d\d)/.exec(text);
    expect(m, text).not.toBeNull();
    const [, h1, m1, h2, m2] = (m ?? []).map(Number);
    expect((h2 ?? 0) * 60 + (m2 ?? 0) - ((h1 ?? 0) * 60 + (m1 ?? 0)), text).toBe(90);
  }

  // The offer goes out as the search decided: the family may come in or join online.
  await slots.first().getByRole("checkbox").check();
  await expect(
    page
      .getByText("You can come to the school or join online on Microsoft Teams, whichever suits you.")
      .first(),
  ).toBeVisible();
  expect(app.errors).toEqual([]);
});

test("once the offer has gone, the child's draft is cleared", async ({ page }) => {
  const app = new AppPage(page);
  await app.open("/meetings/find/GP1001");
  await expect(page.getByRole("combobox", { name: "Child" })).toHaveValue("GP1001");
  await page.getByRole("combobox", { name: /Aileen MacRae/ }).selectOption("required");
  await page.getByRole("checkbox", { name: "Thursday" }).check();
  await page.getByRole("button", { name: "Find times" }).click();
  const slots = page.getByRole("list", { name: "Suggested times" }).getByRole("listitem");
  await slots.first().getByRole("checkbox").check();
  await page.getByRole("button", { name: /^Send to \d carers?$/ }).click();
  await expect(page.getByText(/^Sent to /)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Child" })).toHaveValue("GP1001");
  await expect(page.getByRole("checkbox", { name: "Thursday" })).not.toBeChecked();
  expect(app.errors).toEqual([]);
});
