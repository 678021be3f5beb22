import { expect, test } from "@playwright/test";
import { AppPage } from "./appPage";

// A school computer left on a US default: its language and zone must not decide how staff read dates.
test.use({ locale: "en-US", timezoneId: "America/New_York" });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-23T09:00:00Z") });
});

test("in a browser set to US English, staff dates are the school's British ones on the school's clock", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.goTo("Settings");
  await expect(page.getByText("dates written as en-GB, school time zone Europe/London")).toBeVisible();

  await app.openChild("Aiden Scott");
  await page.getByRole("link", { name: "Find times for a meeting" }).click();
  await page.getByRole("combobox", { name: /Aileen MacRae/ }).selectOption("required");
  await page.getByRole("button", { name: "After school (after 3pm)" }).click();
  await page.getByRole("button", { name: "Find times" }).click();

  const slots = page.getByRole("list", { name: "Suggested times" }).getByRole("listitem");
  await expect(slots.first()).toBeVisible();
  for (const text of await slots.allInnerTexts()) {
    // "Tuesday 24 November, 15:30–16:30": day before month, a 24-hour clock, after 3pm in London.
    const m =
      /^(Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} (November|December), (\d\d):\d\d–\d\d:\d\d/.exec(
        text,
      );
    expect(m, text).not.toBeNull();
    expect(Number(m?.[3]), text).toBeGreaterThanOrEqual(15);
  }
  await expect(page.getByRole("heading", { name: /^Week of / })).toHaveText(
    /^Week of (Mon|Tue|Wed|Thu|Fri) \d{1,2} (Nov|Dec)$/,
  );
  expect(app.errors).toEqual([]);
});
