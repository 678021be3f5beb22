import { expect, test } from "@playwright/test";
import { AppPage } from "./appPage";

test("the demo school is served through Graph, keeps changes across reloads, and resets", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole("cell", { name: "Aileen MacRae" })).toBeVisible();
  expect(app.graphCalls.some((c) => c.startsWith("GET https://graph.microsoft.com/v1.0/users?"))).toBe(true);
  expect(
    app.graphCalls.some((c) =>
      c.startsWith("GET https://graph.microsoft.com/v1.0/places/microsoft.graph.room"),
    ),
  ).toBe(true);

  await app.openChild("Isla Ahmed");
  await expect(page.getByRole("heading", { name: "Parents and carers" })).toBeVisible();
  await expect(page.getByText("Nothing recorded yet.")).toBeVisible();
  const note = "Mum phoned: <b>prefers</b> meetings after 3pm on Tuesdays.";
  await page.getByLabel("Add a note").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  const entries = page.getByRole("list", { name: "Timeline entries" });
  await expect(entries.getByRole("listitem")).toHaveCount(1);
  // Typed text stays text: the angle brackets are shown, not turned into markup.
  await expect(entries).toContainText(note);
  expect(
    app.graphCalls.some(
      (c) =>
        c.startsWith("POST https://graph.microsoft.com/v1.0/sites/") && c.includes("CG%20Timeline/items"),
    ),
  ).toBe(true);

  await page.reload();
  await expect(page.getByRole("list", { name: "Timeline entries" })).toContainText(note);

  await app.goTo("Settings");
  // Reset once the page has finished checking the lists, as a person reading it would.
  await expect(page.getByText(/All of Common Ground's lists are set up/)).toBeVisible();
  await page.getByRole("button", { name: "Reset demo" }).click();
  await expect(page.getByText("The demo school is back to how it started.")).toBeVisible();
  await app.openChild("Isla Ahmed");
  await expect(page.getByText("Nothing recorded yet.")).toBeVisible();
  expect(app.errors).toEqual([]);
});

test("the MIS export is imported from Settings, with bad rows named, a repeated carer once, and a wrong encoding caught", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open("/settings");
  await expect(page.getByText("All of Common Ground's lists are set up (schema version 4).")).toBeVisible();
  const csv = [
    "ChildId,ChildName,YearGroup,CarerName,Relationship,CarerEmail,PreferredLanguage",
    "GP9001,Noor Aziz,P3,Samira Aziz,Mother,SAMIRA.aziz@example.net,ar",
    "GP9001,Noor Aziz,P3,Faisal Aziz,Father,not-an-email,fr",
    "GP9001,Noor Aziz,P3,Samira Aziz,Mother,samira.aziz@example.net,ar",
  ].join("\n");
  await page
    .getByLabel("MIS export (CSV)")
    .setInputFiles({ name: "mis.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText("1 carer ready to import; 2 rows need fixing first.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Rows that need fixing" }).getByRole("listitem")).toHaveText([
    'Row 3: "not-an-email" is not an email address. "fr" is not a language the emails are written in (en, ar, cy, gd, pa, pl, ro, uk, ur, pnb); write en and add an interpreter to StandingAdjustments if the family needs one.',
    "Row 4: The same carer as row 2 (samira.aziz@example.net for GP9001); only row 2 is imported.",
  ]);
  await page.getByRole("button", { name: "Import 1 carer" }).click();
  await expect(page.getByText("Added 1, updated 0, unchanged 0.")).toBeVisible();

  // The same school's export saved by Excel on a Central European PC: Windows-1250, not UTF-8.
  const legacy = Buffer.concat([
    Buffer.from("ChildId,ChildName,CarerName,CarerEmail,PreferredLanguage\nGP9002,Ola Nowak,J"),
    Buffer.from([0xf3]),
    Buffer.from("zef Nowak,jozef@example.net,pl\nGP9002,Ola Nowak,"),
    Buffer.from([0xa3]),
    Buffer.from("ucja Nowak,lucja@example.net,pl\n"),
  ]);
  await page
    .getByLabel("MIS export (CSV)")
    .setInputFiles({ name: "old.csv", mimeType: "text/csv", buffer: legacy });
  await expect(page.getByText(/This file is not saved as UTF-8/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Read as Central European (Windows-1250)" }).click();
  await expect(page.getByText("2 carers ready to import.")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 carers" }).click();
  await expect(page.getByText("Added 2, updated 0, unchanged 0.")).toBeVisible();

  await app.openChild("Noor Aziz");
  await expect(page.getByText("samira.aziz@example.net")).toBeVisible();
  await app.openChild("Ola Nowak");
  await expect(page.getByText("Józef Nowak")).toBeVisible();
  await expect(page.getByText("Łucja Nowak")).toBeVisible();
  expect(app.errors).toEqual([]);
});
