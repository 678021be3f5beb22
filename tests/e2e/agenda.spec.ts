import { writeFileSync } from "node:fs";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { readDocx } from "../support/readDocx";
import { AppPage } from "./appPage";
import { axeViolations } from "./axe";
import { familyMail, graph } from "./demoGraph";
import { meetingCard, NOW, offerThreeTimes } from "./meetingSteps";

const STAFF = ["Aileen MacRae", "Jamie Campbell"];
const VICKY = "vicky.scott0@example.net";
// Aiden's parents share one household: Vicky answers for both, and both are sent the agenda.
const ANDREI = "andrei.scott0@example.net";
const HEATHER = "heather.robertson7@example.net";
const FAMILY_ITEM = "<b>Lunchtimes</b> & the bus";

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

/** A carer answers the newest offer: a time, and optionally large print, speaking first and an item of their own. */
async function answer(
  context: BrowserContext,
  page: Page,
  to: string,
  options: { time: number; largePrint?: boolean; message?: string },
) {
  await page.goto("/index.html#/demo/inbox");
  const mail = page
    .getByRole("list", { name: "Emails sent to families" })
    .getByRole("listitem")
    .filter({ hasText: `To ${to}` })
    .filter({ has: page.locator('a[href*="parent.html#"]') })
    .first();
  const href = (await mail.locator('a[href*="parent.html#"]').first().getAttribute("href")) ?? "";
  const parent = await context.newPage();
  await parent.clock.install({ time: NOW });
  await parent.goto(href);
  await parent
    .locator('input[type="radio"][name="choice"], fieldset input[type="radio"]')
    .nth(options.time - 1)
    .check();
  if (options.largePrint) await parent.locator('input[name="adjust"][value="largePrint"]').check();
  if (options.message) {
    await parent.locator('input[name="speaking"][value="first"]').check();
    await parent.locator('textarea[name="message"]').fill(options.message);
  }
  await parent.locator('button[type="submit"]').click();
  await expect(parent.locator("#sent-heading")).toBeVisible();
  await parent.close();
}

/** Books the time the carer chose, from the Meetings page. */
async function book(app: AppPage, child: string, time: number) {
  await app.open();
  const card = meetingCard(app.page, child);
  await card.getByRole("button", { name: "Check for replies" }).click();
  await card.getByRole("button", { name: `Book time ${time}`, exact: true }).click();
  await expect(app.page.getByText(/^Booked for /)).toBeVisible();
}

interface SentMessage {
  subject: string;
  toRecipients: { emailAddress: { address: string } }[];
  attachments?: { name: string; contentBytes: string }[];
}

test("agenda: a late edit sends the family an update listing the change, and the timeline shows both versions", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await offerThreeTimes(app, "Aiden Scott", STAFF);
  await answer(context, page, VICKY, { time: 1, largePrint: true, message: FAMILY_ITEM });
  await book(app, "Aiden Scott", 1);

  // Papers need five school days' notice, so the times found are next week: the agenda is not due yet.
  expect((await familyMail(page)).filter((m) => /-agenda-/.test(m.subject))).toHaveLength(0);
  await app.open();
  await meetingCard(page, "Aiden Scott").getByRole("link", { name: "Agenda" }).click();
  await expect(page.getByRole("heading", { name: "Agenda: Aiden Scott" })).toBeVisible();
  await expect(page.getByText(/It goes to the family by itself on /)).toBeVisible();
  // The family's item and the break run past the hour booked: the figures are shown, and staff choose.
  await expect(page.getByText("65 of 60 minutes planned.")).toBeVisible();
  await page.getByRole("button", { name: "Send the agenda now" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "The items add up to 65 minutes, but the meeting is booked for 60 minutes (5 minutes over). Send it as it is, or go back and shorten or remove an item.Send it as it isGo back and trim it",
  );
  await page.getByRole("button", { name: "Send it as it is" }).click();
  await expect(page.getByText("Version 1 sent")).toBeVisible();

  const first = (await familyMail(page)).filter((m) => m.to === VICKY && /-agenda-1\]$/.test(m.subject));
  expect(first).toHaveLength(1);
  expect(first[0]?.subject).toMatch(/^Agenda for our meeting on /);
  // The family's words, as the reply carried them, are text: escaped in the body, never markup.
  expect(first[0]?.text).toMatch(
    /Vicky Scott asked to talk about this, in their words: <\s?b>Lunchtimes<\s?\/b> & the bus/,
  );
  expect(first[0]?.html).toMatch(/&lt;\s?b&gt;Lunchtimes&lt;\s?\/b&gt; &amp; the bus/);
  expect(first[0]?.html).not.toContain("<b>Lunchtimes");

  const sent = await graph<{ value: SentMessage[] }>(
    page,
    "/me/mailFolders/sentitems/messages?$top=100&$select=subject,toRecipients,attachments",
  );
  const withDoc = sent.value.find((m) => /-agenda-1\]$/.test(m.subject) && m.attachments?.length);
  const doc = readDocx(new Uint8Array(Buffer.from(withDoc?.attachments?.[0]?.contentBytes ?? "", "base64")));
  expect(doc.bodySizePt).toBe(18);
  expect(doc.title).toBe("Agenda for our meeting");
  expect(doc.text).toMatch(/<\s?b>Lunchtimes<\s?\/b> & the bus/);
  await screenshotDocument(page, doc);

  await app.open();
  await meetingCard(page, "Aiden Scott").getByRole("link", { name: "Agenda" }).click();
  await expect(page.getByText("Version 1 sent")).toBeVisible();
  const items = page.getByRole("list", { name: "Agenda items" }).getByRole("listitem");
  const before = await items.count();
  await page.getByRole("button", { name: "Add an item" }).click();
  await expect(items).toHaveCount(before + 1);
  await page.getByRole("textbox", { name: `Item ${before + 1}`, exact: true }).fill("Swimming lessons");
  await page.getByRole("button", { name: `Move item ${before + 1} up` }).click();
  await page.getByRole("button", { name: "Send the change to the family" }).click();
  await page.getByRole("button", { name: "Send it as it is" }).click();
  await expect(page.getByRole("alert")).toContainText("Say why it is changing");
  await page.getByRole("textbox", { name: /Why is the agenda changing/ }).fill("The pool has reopened.");
  // Answered: the request for a reason goes once one is written.
  await expect(page.getByRole("alert").filter({ hasText: "Say why it is changing" })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("agenda-editor.png"), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Send the change to the family" }).click();
  await page.getByRole("button", { name: "Send it as it is" }).click();
  // What happened takes the focus (the editor is drawn again), which is what has it read out.
  await expect(
    page.locator(".fui-MessageBar").filter({ hasText: "The change was sent to the family" }),
  ).toBeFocused();
  await expect(page.getByRole("list", { name: "Versions sent" })).toContainText("Version 2, sent");

  const update = (await familyMail(page)).filter((m) => m.to === VICKY && /-agenda-2\]$/.test(m.subject));
  expect(update).toHaveLength(1);
  expect(update[0]?.subject).toMatch(/^Change to the agenda for our meeting on /);
  expect(update[0]?.text).toContain("We have changed the agenda. This is what changed:");
  expect(update[0]?.text).toContain("Added: Swimming lessons");
  expect(update[0]?.text).toContain("Why, in the school's words (in English): The pool has reopened.");

  await app.openChild("Aiden Scott");
  const timeline = page.getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText("Agenda version 1 sent to Andrei Scott and Vicky Scott");
  await expect(timeline).toContainText("Agenda version 2 sent to Andrei Scott and Vicky Scott: late change");
  await expect(timeline).toContainText("Added: Swimming lessons");
  expect(app.errors).toEqual([]);
});

test("agenda reminder: delivered to the family the day before, and withdrawn when the meeting is cancelled", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  const thursdays = { pick: "After school (after 3pm)", days: ["Thursday"] };
  await offerThreeTimes(app, "Aiden Scott", STAFF, thursdays);
  await answer(context, page, VICKY, { time: 1 });
  await book(app, "Aiden Scott", 1);
  await offerThreeTimes(app, "Grace Robertson", STAFF, thursdays);
  await answer(context, page, HEATHER, { time: 1 });
  await book(app, "Grace Robertson", 1);

  // Staff are ready early for Grace's meeting and send its agenda now; its reminder waits in the Outbox.
  await app.open();
  await meetingCard(page, "Grace Robertson").getByRole("link", { name: "Agenda" }).click();
  await page.getByRole("button", { name: "Send the agenda now" }).click();
  await expect(page.getByText("Version 1 sent")).toBeVisible();
  // Aiden's meeting is a week on Thursday: on Thursday 26th (five school days before) the app's start
  // sends its agenda, and with it the reminders, held in the Outbox for the day before.
  expect((await familyMail(page)).filter((m) => /-agenda-/.test(m.subject) && m.to !== HEATHER)).toHaveLength(
    0,
  );
  await page.clock.setSystemTime(new Date("2026-11-26T08:00:00Z"));
  await page.reload();
  await app.open();
  const outbox = async () =>
    (
      await graph<{ value: SentMessage[] }>(
        page,
        "/me/mailFolders/outbox/messages?$select=subject,toRecipients",
      )
    ).value;
  await expect
    .poll(async () => (await outbox().catch(() => [])).length, {
      timeout: 60_000,
    })
    .toBe(3);
  const waiting = await outbox();
  expect(waiting.map((m) => m.toRecipients[0]?.emailAddress.address).sort()).toEqual([
    ANDREI,
    HEATHER,
    VICKY,
  ]);
  expect(waiting.every((m) => m.subject.startsWith("Reminder: our meeting tomorrow"))).toBe(true);

  await app.open();
  await meetingCard(page, "Grace Robertson").getByRole("button", { name: "Cancel meeting" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel the meeting" }).click();
  await expect(page.getByText("The meeting was cancelled and the family told.")).toBeVisible();
  expect((await outbox()).map((m) => m.toRecipients[0]?.emailAddress.address).sort()).toEqual([
    ANDREI,
    VICKY,
  ]);

  // Nothing yet; on Wednesday 2 December, the day before, Vicky's reminder arrives; Heather gets none.
  const reminders = async (to: string) =>
    (await familyMail(page)).filter((m) => m.to === to && /-reminder\]$/.test(m.subject));
  expect(await reminders(VICKY)).toHaveLength(0);
  await page.clock.setSystemTime(new Date("2026-12-02T09:05:00Z"));
  await page.reload();
  await app.open();
  await expect.poll(async () => (await outbox().catch(() => [{}])).length, { timeout: 30_000 }).toBe(0);
  const delivered = await reminders(VICKY);
  expect(delivered).toHaveLength(1);
  expect(delivered[0]?.text).toContain("This is a friendly reminder of our meeting tomorrow.");
  expect(delivered[0]?.text).toMatch(/When: Thursday 3 December/);
  expect(await reminders(HEATHER)).toHaveLength(0);
  expect(app.errors).toEqual([]);
});

/**
 * No office suite on the test machine: the large-print .docx is read back (readDocx) and its
 * paragraphs drawn as HTML at the document's own body size, for the screenshot.
 */
async function screenshotDocument(page: Page, doc: ReturnType<typeof readDocx>) {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="en"><head><title>${esc(doc.title)}</title></head><body style="font-family:Calibri,Arial,sans-serif;font-size:${doc.bodySizePt}pt;max-width:42em;margin:2em auto"><p style="font-size:10pt;color:#555">Read back from the .docx (${doc.bodySizePt} pt body, styles shown in brackets)</p>${doc.paragraphs
    .map((p) => `<p><small style="color:#777;font-size:9pt">[${esc(p.style)}]</small> ${esc(p.text)}</p>`)
    .join("")}</body></html>`;
  writeFileSync(test.info().outputPath("large-print.html"), html);
  const view = await page.context().newPage();
  await view.setContent(html);
  await view.screenshot({ path: test.info().outputPath("large-print-docx.png"), fullPage: true });
  await view.close();
}
