import { expect, type Page, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { graph } from "./demoGraph";
import { area, checkScreen, expectFocusRing, loaded, tabTo } from "./keyboardSteps";

/*
 * Settings used with the keyboard alone: setting up the pastoral site's lists (a site left half
 * done), and importing the MIS export — a file with a problem, then one saved by Excel on a Central
 * European PC (Windows-1250, not UTF-8). Each state is checked with axe in every theme, at 320 px
 * and at 200% zoom, with nothing moving for someone who asked for less motion.
 */
test.use({ reducedMotion: "reduce" });

const SITE = "commonground.sharepoint.com:/sites/pastoral";

/**
 * Leaves the demo's pastoral site as an older version of the app would have: one column not yet
 * indexed and an older schema version recorded, as an administrator finds it after an upgrade.
 */
async function leaveSetupUnfinished(page: Page): Promise<void> {
  const site = await graph<{ id: string }>(page, `/sites/${SITE}?$select=id`);
  const lists = await graph<{ value: { id: string; displayName: string }[] }>(
    page,
    `/sites/${site.id}/lists?$select=id,displayName`,
  );
  const timeline = lists.value.find((l) => l.displayName === "CG Timeline");
  expect(timeline, "the demo has a CG Timeline list").toBeDefined();
  await graph(page, `/sites/${site.id}/lists/${timeline?.id}/columns/MeetingRef`, {
    method: "PATCH",
    body: { indexed: false },
  });
  const version = await graph<{ value: { id: string }[] }>(
    page,
    `/sites/${site.id}/lists/CG%20Settings/items?$expand=fields&$filter=${encodeURIComponent("fields/Key eq 'SchemaVersion'")}`,
  );
  expect(version.value).toHaveLength(1);
  await graph(page, `/sites/${site.id}/lists/CG%20Settings/items/${version.value[0]?.id}/fields`, {
    method: "PATCH",
    body: { Value: "3" },
  });
}

/** The same school's export as Excel saves it on a Central European PC: Windows-1250 bytes. */
const WINDOWS_1250 = Buffer.concat([
  Buffer.from("ChildId,ChildName,CarerName,CarerEmail,PreferredLanguage\nGP9002,Ola Nowak,J"),
  Buffer.from([0xf3]), // ó
  Buffer.from("zef Nowak,jozef@example.net,pl\nGP9002,Ola Nowak,"),
  Buffer.from([0xa3]), // Ł
  Buffer.from("ucja Nowak,lucja@example.net,pl\n"),
]);

test("keyboard: settings' set-up of the lists, and a family-list import with a broken file and a Windows-1250 file", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open("/meetings");
  await leaveSetupUnfinished(page);
  await area(page, "Meetings", "Settings");

  // Set-up: what is still to do is listed, and the button that does it is on the keyboard's path.
  const records = page.getByRole("region", { name: "Records on the pastoral site" });
  // (The version is named as a step only once every list is right; set-up records it all the same.)
  await expect(records.getByRole("listitem")).toHaveText(["Index the column MeetingRef of CG Timeline"]);
  const setUp = page.getByRole("button", { name: "Set up the lists" });
  await tabTo(page, setUp);
  await expectFocusRing(page, "Set up the lists");
  await checkScreen(page, "Settings with set-up to do");
  await page.keyboard.press("Enter");
  // What happened takes the focus (the button has gone), so it is read out, and the list is checked again.
  const done = records.locator(".fui-MessageBar").filter({ hasText: "The lists are set up" });
  await expect(done).toBeFocused();
  await expect(done).toHaveText("The lists are set up: Common Ground's records are ready to use.");
  await expect(
    records.getByText("All of Common Ground's lists are set up (schema version 4)."),
  ).toBeVisible();
  await expect(setUp).toHaveCount(0);
  await checkScreen(page, "Settings with the lists set up");

  // A file that is not the MIS export: the problem is announced, and nothing can be imported.
  const file = page.getByLabel("MIS export (CSV)");
  await tabTo(page, file);
  let chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles({
    name: "wrong.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Name,Email\nSamira Aziz,samira.aziz@example.net\n"),
  });
  const problem = page.getByRole("alert").filter({ hasText: "This file cannot be imported." });
  await expect(problem).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expect(file).toBeFocused();
  await checkScreen(page, "Settings with a file that cannot be imported");

  // A Windows-1250 file: the question is announced, and answered from the keyboard.
  chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles({ name: "old.csv", mimeType: "text/csv", buffer: WINDOWS_1250 });
  const question = page.getByRole("status").filter({ hasText: "This file is not saved as UTF-8" });
  await expect(question).toContainText("most likely Central European (Windows-1250).");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await checkScreen(page, "Settings asking how a file is encoded");
  // The likelier reading comes first; the other is one Tab further, and Shift+Tab comes back.
  await page.keyboard.press("Tab");
  const centralEuropean = page.getByRole("button", { name: "Read as Central European (Windows-1250)" });
  await expect(centralEuropean).toBeFocused();
  await expectFocusRing(page, "Read as Central European");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Read as Western European (Windows-1252)" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Read as Western European" })).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await expect(centralEuropean).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Read as Central European" })).toHaveText(
    /^Read as Central European \(Windows-1250\)\. Check that names with accents look right/,
  );
  await expect(page.getByRole("status").filter({ hasText: "ready to import" })).toHaveText(
    "2 carers ready to import.",
  );
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const importButton = page.getByRole("button", { name: "Import 2 carers" });
  await expect(importButton).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Added" })).toHaveText(
    "Added 2, updated 0, unchanged 0.",
  );
  await checkScreen(page, "Settings after importing a Windows-1250 file");

  // The names came through with their accents: Ola's page, reached from the keyboard.
  await area(page, "Settings", "Children");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Ola");
  await tabTo(page, page.getByRole("link", { name: "Ola Nowak" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Ola Nowak" })).toBeVisible();
  await loaded(page);
  await expect(page.getByText("Józef Nowak")).toBeVisible();
  await expect(page.getByText("Łucja Nowak")).toBeVisible();
  expect(app.errors).toEqual([]);
});
