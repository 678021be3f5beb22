import { expect, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { axeViolations } from "./axe";

test("the standalone app loads, moves between areas, and has no accessibility violations", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole("table", { name: "Staff" }).getByRole("row")).toHaveCount(15);
  expect(await axeViolations(page)).toEqual([]);

  await app.goTo("Children");
  await expect(page.getByRole("status").filter({ hasText: "children" })).toHaveText("44 of 44 children");
  expect(await axeViolations(page)).toEqual([]);

  await app.goTo("Settings");
  await expect(page.getByText("Running in a web browser")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await app.goTo("Meetings");
  await expect(page).toHaveURL(/#\/meetings$/);
  expect(app.errors).toEqual([]);
});

test("dark theme follows the system and stays accessible", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const app = new AppPage(page);
  await app.open("/children");
  const background = await page
    .locator("main")
    .evaluate((el) => getComputedStyle(el.parentElement as Element).backgroundColor);
  expect(background).not.toBe("rgb(250, 250, 250)");
  expect(await axeViolations(page)).toEqual([]);
  expect(app.errors).toEqual([]);
});

test("a page opened for Teams outside Teams says where it belongs instead of hanging", async ({ page }) => {
  await page.goto("/index.html?host=teams#/meetings");
  await expect(page.getByRole("heading", { name: "This is Common Ground's Teams app" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("link", { name: "Open Common Ground in the browser" })).toHaveAttribute(
    "href",
    /\/index\.html#\/meetings$/,
  );
});
