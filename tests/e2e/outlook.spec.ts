import { join } from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import {
  type FakeItemSetup,
  type FakeOfficeSetup,
  type FakeOutlookState,
  fakeOffice,
} from "../../src/adapters/office/testing/fakeOffice";
import { AppPage } from "./appPage";
import { axeViolations } from "./axe";
import { familyMail, graph, myEvents } from "./demoGraph";
import { answerAsParent, NOW, offerThreeTimes } from "./meetingSteps";

/*
 * The Outlook task pane in Chromium at Outlook's 320 px, with only Office itself faked: the page
 * loads with `?host=outlook` as the manifest opens it, the request for Office.js from Microsoft's
 * CDN is answered with nothing, and `window.Office` is the fake, put in place before the app runs.
 * Everything else — the Office adapter, the pane, Graph against the demo tenant — is production code.
 */

const ME = "aileen.macrae@glenmore.example.org";
const PANE = { width: 320, height: 900 };

/** Set SHOTS_DIR to keep the pane's screenshots. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

async function openInOutlook(context: BrowserContext, setup: FakeOfficeSetup): Promise<Page> {
  // Office.js is requested from Microsoft's CDN; the fake already stands in its place.
  await context.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "/* Office is faked by the test */" }),
  );
  const page = await context.newPage();
  await page.clock.install({ time: NOW });
  await page.setViewportSize(PANE);
  await page.addInitScript({
    content: `(() => { const made = (${fakeOffice.toString()})(${JSON.stringify(setup)}); window.Office = made.office; window.__outlook = made.control; })();`,
  });
  await page.goto("/index.html?host=outlook");
  return page;
}

const outlookState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __outlook: { state: FakeOutlookState } }).__outlook.state);

const NEW_APPOINTMENT: FakeItemSetup = {
  type: "appointmentCompose",
  subject: "",
  start: "2026-11-30T10:00:00.000Z",
  end: "2026-11-30T10:30:00.000Z",
  requiredAttendees: [],
  optionalAttendees: [],
  locations: [],
  sensitivity: "normal",
  body: "",
};

async function findTimesFor(page: Page, child: string): Promise<void> {
  const select = page.getByRole("combobox", { name: "Child" });
  await expect(select).toBeVisible({ timeout: 45_000 });
  const label = (await select.locator("option", { hasText: child }).first().textContent()) ?? child;
  await select.selectOption({ label });
  await expect(page.getByRole("checkbox", { name: /^Aileen MacRae/ })).toBeChecked();
  await page.getByRole("button", { name: "Find times" }).click();
  const times = page.getByRole("radiogroup", { name: "Times everyone is free" });
  await times.getByRole("radio").first().check();
}

test("Outlook: on a new appointment, pick a child and staff, book a time: the appointment is filled in exactly, and recognised when opened again", async ({
  context,
}) => {
  const page = await openInOutlook(context, { item: NEW_APPOINTMENT, emailAddress: ME });
  const app = new AppPage(page);
  // The first screen is the appointment's, not the app's navigation.
  await expect(page.getByRole("heading", { name: "Arrange a family meeting" })).toBeVisible({
    timeout: 45_000,
  });
  await expect(page.getByRole("tab", { name: "Children" })).toHaveCount(0);
  await findTimesFor(page, "Aiden Scott");
  await shot(page, "appointment-light");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Put this time in the appointment" }).click();
  await expect(page.getByText(/^The appointment is filled in for /)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Meeting about Aiden Scott" })).toBeVisible();
  await shot(page, "appointment-filled-light");

  const s = await outlookState(page);
  const carers = s.requiredAttendees.filter((a) => a.emailAddress.endsWith("@example.net"));
  expect(carers.length).toBeGreaterThanOrEqual(1);
  expect(s.subject).toBe(`Family meeting – ${carers[0]?.displayName}`);
  expect(s.subject).not.toContain("Aiden");
  expect(s.sensitivity).toBe("private");
  expect(s.requiredAttendees[0]).toEqual({ displayName: "Aileen MacRae", emailAddress: ME });
  expect(s.locations.map((l) => l.locationIdentifier.type)).toEqual(["room"]);
  expect(s.body).toBe("<p>A meeting to look together at how things are going and agree the next steps.</p>");
  expect(Date.parse(s.end) - Date.parse(s.start)).toBe(60 * 60_000);
  const tag = JSON.parse(s.customProperties.commonGround ?? "{}") as { v: number; childId: string };
  expect(tag.v).toBe(1);
  expect(tag.childId).toMatch(/^GP\d+$/);
  expect(app.errors).toEqual([]);

  // Opened again (a new pane on the saved appointment): recognised by its tag.
  const again = await openInOutlook(context, {
    item: {
      ...NEW_APPOINTMENT,
      subject: s.subject,
      start: s.start,
      end: s.end,
      requiredAttendees: s.requiredAttendees,
      locations: s.locations,
      sensitivity: s.sensitivity,
      body: s.body,
      customProperties: s.customProperties,
    },
    emailAddress: ME,
    bodyBackgroundColor: "#1f1f1f",
  });
  await expect(again.getByRole("heading", { name: "Meeting about Aiden Scott" })).toBeVisible({
    timeout: 45_000,
  });
  await shot(again, "appointment-recognised-dark");
  expect(await axeViolations(again)).toEqual([]);
});

test("Outlook: a setAsync failure half-way leaves the appointment unchanged and tells the user", async ({
  context,
}) => {
  const page = await openInOutlook(context, {
    item: { ...NEW_APPOINTMENT, subject: "Catch-up with Heather", body: "<p>Notes</p>" },
    emailAddress: ME,
    failures: [{ target: "sensitivity.setAsync", name: "PermissionDenied", code: 9017 }],
  });
  const before = await outlookState(page);
  await findTimesFor(page, "Aiden Scott");
  await page.getByRole("button", { name: "Put this time in the appointment" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "Outlook would not take the private setting. Outlook did not allow the add-in to change this item. Nothing was changed: the appointment is as it was. Press the button again: nothing is booked twice.",
  );
  expect(await outlookState(page)).toEqual(before);
});

test("Outlook: open a family's reply email, Book this time: one event, holds released, confirmation sent, timeline written", async ({
  page,
  context,
}) => {
  await page.clock.install({ time: NOW });
  const app = new AppPage(page);
  await offerThreeTimes(app, "Aiden Scott", ["Aileen MacRae", "Jamie Campbell"]);
  await answerAsParent(context, page, "vicky.scott0@example.net", { time: 2 });
  const offer = (await familyMail(page)).find((m) => m.to === "vicky.scott0@example.net");
  const ref = /CG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(offer?.subject ?? "")?.[0] ?? "";
  expect(ref).not.toBe("");
  const inbox = await graph<{
    value: {
      id: string;
      internetMessageId?: string;
      subject: string;
      from: { emailAddress: { name?: string; address: string } };
      receivedDateTime: string;
      body: { content: string };
    }[];
  }>(page, `/me/mailFolders/inbox/messages?$search=${encodeURIComponent(`"${ref}"`)}&$top=5`);
  const reply = inbox.value[0];
  if (!reply) throw new Error("The family's answer is not in the inbox");
  const email: FakeItemSetup = {
    type: "messageRead",
    itemId: reply.id,
    internetMessageId: reply.internetMessageId ?? `<${reply.id}@example.net>`,
    subject: reply.subject,
    from: { displayName: reply.from.emailAddress.name ?? "", emailAddress: reply.from.emailAddress.address },
    dateTimeCreated: reply.receivedDateTime,
    body: reply.body.content,
  };

  // Each page runs its own copy of the demo tenant over the same stored state: one page at a time.
  await page.close();
  // Dark first, for the screenshot, then the booking in the light theme.
  const dark = await openInOutlook(context, {
    item: email,
    emailAddress: ME,
    bodyBackgroundColor: "#1f1f1f",
  });
  await expect(dark.getByRole("button", { name: "Book this time" })).toBeVisible({ timeout: 45_000 });
  await shot(dark, "reply-dark");
  expect(await axeViolations(dark)).toEqual([]);
  await dark.close();

  const pane = await openInOutlook(context, { item: email, emailAddress: ME });
  const paneApp = new AppPage(pane);
  await expect(pane.getByRole("heading", { name: "Reply about Aiden Scott's meeting" })).toBeVisible({
    timeout: 45_000,
  });
  await expect(pane.getByText(/^Chose time 2:/)).toBeVisible();
  await shot(pane, "reply-light");
  await pane.getByRole("button", { name: "Book this time" }).dblclick();
  await expect(pane.getByText(/^Booked for /)).toBeVisible();
  await pane.getByRole("button", { name: "File this reply" }).click();
  await expect(pane.getByText("Added to the timeline: who sent it, when, and a link to it.")).toBeVisible();
  expect(paneApp.errors).toEqual([]);

  const events = await myEvents(pane);
  expect(events.filter((e) => e.subject.startsWith("Family meeting – "))).toHaveLength(1);
  expect(events.filter((e) => e.subject === "Hold – family meeting")).toHaveLength(0);
  const mail = await familyMail(pane);
  expect(mail.filter((m) => m.to === "vicky.scott0@example.net" && /booked/i.test(m.text)).length).toBe(1);
  await pane.setViewportSize({ width: 1000, height: 900 });
  await paneApp.openChild("Aiden Scott");
  const timeline = pane.getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText("Meeting booked");
  await expect(timeline).toContainText(/Email from .*Re: /);
});

test("Outlook: opened in a plain browser, the add-in page says where it belongs, with no red error", async ({
  page,
}) => {
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  await page.goto("/index.html?host=outlook#/children");
  await expect(page.getByRole("heading", { name: "This is Common Ground's Outlook add-in" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.getByRole("link", { name: "Open Common Ground in the browser" }).click();
  await expect(page).toHaveURL(/\/index\.html#\/children$/);
  await expect(page.getByRole("heading", { level: 1, name: "Common Ground" })).toBeVisible({
    timeout: 45_000,
  });
});

test("Outlook: a supporter with the family's consent is an optional attendee; the booked appointment opens the summary composer at 320 px", async ({
  context,
}) => {
  const page = await openInOutlook(context, { item: NEW_APPOINTMENT, emailAddress: ME });
  const app = new AppPage(page);
  await expect(page.getByRole("heading", { name: "Arrange a family meeting" })).toBeVisible({
    timeout: 45_000,
  });
  await page.getByRole("textbox", { name: "Supporter's name" }).fill("Jo Bell");
  await page.getByRole("textbox", { name: /Who they are to the family/ }).fill("advocate");
  await page.getByRole("textbox", { name: "Supporter's email" }).fill("jo.bell@advocacy.example.org");
  await page.getByRole("checkbox", { name: "The family agreed the papers may be shared with them" }).check();
  await findTimesFor(page, "Aiden Scott");
  await page.getByRole("button", { name: "Put this time in the appointment" }).click();
  await expect(page.getByText(/^The appointment is filled in for /)).toBeVisible();

  const s = await outlookState(page);
  expect(s.optionalAttendees).toEqual([
    { displayName: "Jo Bell", emailAddress: "jo.bell@advocacy.example.org" },
  ]);
  expect(s.requiredAttendees.map((a) => a.emailAddress)).not.toContain("jo.bell@advocacy.example.org");
  const carer = s.requiredAttendees.find((a) => a.emailAddress.endsWith("@example.net"));
  expect(s.body).toBe(
    `<p>A meeting to look together at how things are going and agree the next steps.</p><p>${carer?.displayName} is bringing Jo Bell (advocate); papers may be shared with them.</p>`,
  );

  await page.getByRole("button", { name: "Write the summary" }).click();
  await expect(page.getByRole("heading", { name: "Write the meeting summary" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("button", { name: "Send the summary" })).toBeVisible();
  // Usable at Outlook's 320 px: nothing wider than the pane.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Back to the appointment" }).click();
  await expect(page.getByRole("heading", { name: "Meeting about Aiden Scott" })).toBeVisible();
  expect(app.errors).toEqual([]);
});
