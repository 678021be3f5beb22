import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
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
 * The Outlook pane at 320 px driven by the keyboard alone: Tab to each control, Space, Enter and
 * typing, never the mouse. Office is faked (as in outlook.spec.ts); everything else is production.
 */

const ME = "aileen.macrae@glenmore.example.org";
const PANE = { width: 320, height: 900 };

async function openInOutlook(context: BrowserContext, setup: FakeOfficeSetup): Promise<Page> {
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

/** Presses Tab until `target` has the focus (at most 80 times); fails if it never does. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible({ timeout: 45_000 });
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))
      return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

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

test("Outlook pane by keyboard alone at 320 px on an appointment: choose, find, fill in, and reach the booked meeting under Meetings", async ({
  context,
}) => {
  const page = await openInOutlook(context, { item: NEW_APPOINTMENT, emailAddress: ME });
  const app = new AppPage(page);
  await expect(page.getByRole("heading", { name: "Arrange a family meeting" })).toBeVisible({
    timeout: 45_000,
  });
  expect(await axeViolations(page)).toEqual([]);
  const child = page.getByRole("combobox", { name: "Child" });
  await tabTo(page, child);
  // A closed select takes typing: the first option starting with the letters is chosen.
  await page.keyboard.type("Aiden Scott");
  await expect(child.locator("option:checked")).toHaveText(/^Aiden Scott/);
  await expect(page.getByRole("checkbox", { name: /^Aileen MacRae/ })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Find times" }));
  await page.keyboard.press("Enter");
  const times = page.getByRole("radiogroup", { name: "Times everyone is free" });
  await tabTo(page, times);
  await page.keyboard.press("Space");
  await expect(times.getByRole("radio").first()).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, page.getByRole("button", { name: "Put this time in the appointment" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^The appointment is filled in for /)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Meeting about Aiden Scott" })).toBeVisible();
  await expect(page.getByText(/^Booked for .*It is under Meetings/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const s = await outlookState(page);
  expect(s.sensitivity).toBe("private");
  const tag = JSON.parse(s.customProperties.commonGround ?? "{}") as { childId?: string; meetingId?: string };
  expect(tag.meetingId ?? "").not.toBe("");

  // The rest of the app is a link away, and the meeting is there.
  await tabTo(page, page.getByRole("link", { name: "Meetings, children and settings" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/meetings$/);
  await expect(page.getByText("Aiden Scott").first()).toBeVisible({ timeout: 45_000 });
  expect(app.errors).toEqual([]);
});

test("Outlook pane by keyboard alone at 320 px on a family's reply: Book this time, then File this reply", async ({
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
  await page.close();

  const pane = await openInOutlook(context, {
    item: {
      type: "messageRead",
      itemId: reply.id,
      internetMessageId: reply.internetMessageId ?? `<${reply.id}@example.net>`,
      subject: reply.subject,
      from: {
        displayName: reply.from.emailAddress.name ?? "",
        emailAddress: reply.from.emailAddress.address,
      },
      dateTimeCreated: reply.receivedDateTime,
      body: reply.body.content,
    },
    emailAddress: ME,
    bodyBackgroundColor: "#1f1f1f",
  });
  const paneApp = new AppPage(pane);
  await expect(pane.getByRole("heading", { name: "Reply about Aiden Scott's meeting" })).toBeVisible({
    timeout: 45_000,
  });
  expect(await axeViolations(pane)).toEqual([]);
  await tabTo(pane, pane.getByRole("button", { name: "Book this time" }));
  await pane.keyboard.press("Enter");
  await expect(pane.getByText(/^Booked for /)).toBeVisible({ timeout: 30_000 });
  await tabTo(pane, pane.getByRole("button", { name: "File this reply" }));
  await pane.keyboard.press("Space");
  await expect(pane.getByText("Added to the timeline: who sent it, when, and a link to it.")).toBeVisible();
  expect(await axeViolations(pane)).toEqual([]);
  expect(paneApp.errors).toEqual([]);
  const events = await myEvents(pane);
  expect(events.filter((e) => e.subject.startsWith("Family meeting – "))).toHaveLength(1);
});
