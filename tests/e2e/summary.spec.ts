import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { axeViolations } from "./axe";
import { familyMail } from "./demoGraph";
import { answerAsParent, meetingCard, NOW, offerThreeTimes } from "./meetingSteps";

const STAFF = ["Aileen MacRae", "Jamie Campbell"];
const CHILD = "Grace Robertson";
const HEATHER = "heather.robertson7@example.net";
const BILAL = "bilal.thomson7@example.net";

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

/** A booked meeting for Grace with both her households, reached as staff and families would. */
async function bookedMeeting(app: AppPage, context: BrowserContext, households = [HEATHER, BILAL]) {
  const { page } = app;
  await offerThreeTimes(app, CHILD, STAFF);
  for (const to of households) await answerAsParent(context, page, to, { time: 1 });
  await app.open();
  const card = meetingCard(page, CHILD);
  await card.getByRole("button", { name: "Check for replies" }).click();
  await expect(card.getByText("Reply from Heather Robertson")).toBeVisible();
  // Each household that chose time 1 offers to book it; booking books every household that chose it.
  await card.getByRole("button", { name: "Book time 1", exact: true }).first().click();
  await expect(page.getByText(/^Booked for /)).toBeVisible();
}

/** Two weeks on, when the booked meeting (in the next fortnight after school) has taken place. */
const AFTER_THE_MEETING = new Date(NOW.getTime() + 14 * 24 * 3_600_000);

/**
 * The meeting takes place: once its time has passed, the app records it as held when it next
 * starts. Then the summary is written from the meeting on the child's page.
 */
async function holdMeetingAndOpenComposer(app: AppPage) {
  const { page } = app;
  await page.clock.setSystemTime(AFTER_THE_MEETING);
  const held = page
    .getByRole("list", { name: `Meetings for ${CHILD}` })
    .getByRole("listitem", { name: `${CHILD}: Held` });
  // Housekeeping runs as the app starts (a reload: a new hash alone does not start it again); the
  // child's page may be drawn before it has saved.
  await expect(async () => {
    await page.reload();
    await app.open();
    await app.openChild(CHILD);
    await expect(held).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await held.getByRole("link", { name: "Write the summary" }).click();
  await expect(page.getByRole("heading", { name: "Write the meeting summary" })).toBeVisible();
}

async function openComposer(app: AppPage) {
  await app.open();
  await meetingCard(app.page, CHILD).getByRole("link", { name: "Write the summary" }).click();
  await expect(app.page.getByRole("heading", { name: "Write the meeting summary" })).toBeVisible();
}

const section = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });

async function addAction(page: Page, n: number, what: string, who: string, due: string, other?: string) {
  await page.getByRole("button", { name: "Add an action" }).click();
  const action = page.getByRole("listitem", { name: `Action ${n}` });
  await action.getByRole("textbox", { name: `Action ${n}: what` }).fill(what);
  await action.getByRole("combobox", { name: "Who" }).selectOption({ label: who });
  if (other) await action.getByRole("textbox", { name: "Their name and role" }).fill(other);
  await action.getByLabel("By when").fill(due);
}

test("summary: a booked meeting is held, written up, checked, sent once to each household with its document, and filed with its actions", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await bookedMeeting(app, context);
  await holdMeetingAndOpenComposer(app);

  await section(page, "Strengths").fill("Grace reads every evening and loves the library.");
  await section(page, "The family's views").fill("Mum would like more notice of changes to the timetable.");
  await section(page, "The child's views").fill("Grace said the quiet corner helps when the class is loud.");
  await section(page, "How the child's views were gathered").fill(
    "Her class teacher talked with her using picture cards.",
  );
  await section(page, "What was discussed").fill("How mornings go, and the new reading group.");
  await section(page, "What was agreed, and why").fill(
    "A visual timetable at home and at school, so changes are not a surprise. We will review the IEP.",
  );
  await section(page, "What was not agreed").fill("Whether Grace moves class: we will look again next term.");
  await section(page, "Who to contact with updates or worries").fill(
    "Aileen MacRae (SENCo), through the office.",
  );
  await addAction(
    page,
    1,
    "Make a visual timetable for home",
    "Aileen MacRae (SENCo / Additional Support for Learning Lead)",
    "2026-12-11",
  );
  await addAction(
    page,
    2,
    "Ask the speech and language therapist for advice",
    "Someone else…",
    "",
    "Ms Grant, speech and language therapist",
  );
  await addAction(
    page,
    3,
    "Tell the school how mornings go for two weeks",
    "Heather Robertson (family)",
    "2026-12-18",
  );

  // Checks: a missing date must be fixed; jargon is explained, for staff to confirm.
  const checks = page.getByRole("region", { name: "Before you send" });
  await expect(checks).toContainText("has no date: choose when it is due.");
  await expect(checks).toContainText("“IEP” may be new to the family");
  await expect(page.getByRole("button", { name: "Send the summary" })).toBeDisabled();
  await page.getByRole("listitem", { name: "Action 2" }).getByLabel("By when").fill("2026-12-18");
  await expect(checks).not.toContainText("has no date");

  await page.getByRole("radio", { name: "On a date" }).check();
  await page.getByLabel("Date of the next meeting").fill("2027-02-03");
  await expect(page.getByText(/^Saved at /)).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath("composer-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.screenshot({ path: test.info().outputPath("composer-320.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("checkbox", { name: "I have read these and want to send it as it is" }).check();
  await page.getByRole("button", { name: "Send the summary" }).dblclick();
  await expect(page.getByText(/^Version 1 was sent to each household/)).toBeVisible();

  // Each household's mailbox has exactly one email with the summary's document.
  const everything = await familyMail(page);
  for (const to of [BILAL, HEATHER])
    expect(everything.filter((m) => m.to === to && m.text.includes("summary-v")).length, to).toBe(1);
  const mail = everything.filter((m) => /-S1\]$/.test(m.subject));
  expect(mail.map((m) => m.to).sort()).toEqual([BILAL, HEATHER]);
  for (const m of mail) {
    expect(m.text).toContain("Attached: summary-v1.docx");
    expect(m.subject).not.toContain("Grace");
  }
  expect(mail.find((m) => m.to === HEATHER)?.text).toContain("Things we agreed you would do");
  // Heather's own action, worded for her; Bilal reads it as hers.
  expect(mail.find((m) => m.to === HEATHER)?.text).toContain(
    "You: Tell the school how mornings go for two weeks, by Friday 18 December",
  );
  expect(mail.find((m) => m.to === BILAL)?.text).not.toContain("You: Tell the school");

  // Heather answers on the parent page, from the link in her summary email: "partly", with a comment.
  const href = /href="([^"]*parent\.html#f1\.[^"]+)"/.exec(
    mail.find((m) => m.to === HEATHER)?.html ?? "",
  )?.[1];
  expect(href).toBeTruthy();
  await page.goto("/index.html#/demo/inbox");
  const parent = await context.newPage();
  await parent.clock.install({ time: AFTER_THE_MEETING });
  await parent.setViewportSize({ width: 360, height: 740 });
  await parent.goto((href ?? "").replaceAll("&amp;", "&"));
  await parent.getByRole("radio", { name: "Partly" }).check();
  await parent.getByRole("radio", { name: "Please correct the notes" }).check();
  await parent
    .getByRole("textbox", { name: /Anything you would like to add/ })
    .fill("We also talked about lunchtimes.");
  await parent.getByRole("button", { name: "Send my answer" }).click();
  await expect(parent.locator("#sent-heading")).toBeVisible();
  await parent.close();

  await app.openChild(CHILD);
  await page.getByRole("link", { name: "Summary: view or correct" }).click();
  await page.getByRole("button", { name: "Check for answers" }).click();
  await expect(page.getByRole("list", { name: "Answers to the summary" })).toContainText(
    "Heather Robertson (version 1): felt listened to: Partly; asks for a correction. Their words: “We also talked about lunchtimes.”",
  );

  await app.openChild(CHILD);
  const timeline = page.getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText(
    "Heather Robertson answered the summary (version 1): felt partly listened to; asks for a correction",
  );
  await expect(timeline).toContainText("Summary sent to 2 households, with 3 actions");
  await expect(timeline).toContainText(
    "Action for Aileen MacRae: Make a visual timetable for home, due 2026-12-11",
  );
  await expect(timeline).toContainText(
    "Action for Heather Robertson (family): Tell the school how mornings go",
  );
  await expect(timeline).toContainText("Action for Ms Grant, speech and language therapist");

  // My actions: the SENCo's own, and marking it done records who and when.
  await page.goto("/index.html#/actions");
  const mine = page.getByRole("listitem", { name: "Make a visual timetable for home" });
  await mine.getByRole("button", { name: "Mark done" }).click();
  await expect(mine.getByText(/Marked done by Aileen MacRae/)).toBeVisible();

  // The next meeting, with the same people.
  await page.goto("/index.html#/meetings");
  await app.open();
  await page.goto(`/index.html#/children`);
  await app.openChild(CHILD);
  await page.getByRole("link", { name: "Summary: view or correct" }).click();
  await expect(page.getByRole("heading", { name: "Correct the summary (version 2)" })).toBeVisible();
  await page.getByRole("link", { name: "Start finding times for the next meeting" }).click();
  await expect(
    page.getByText("Finding times for the next meeting, with the same people as the last one."),
  ).toBeVisible();
  for (const name of STAFF)
    await expect(page.getByRole("combobox", { name: new RegExp(name) })).toHaveValue("required");
  expect(app.errors).toEqual([]);
});

test("summary: a page closed mid-typing is reopened with nothing lost", async ({ page, context }) => {
  const app = new AppPage(page);
  await bookedMeeting(app, context, [HEATHER]);
  await openComposer(app);
  const url = page.url();
  await section(page, "Strengths").fill("Typed just before the tab was closed");
  // Closed at once: before the pause that saves to the records store.
  await page.close();
  const again = await context.newPage();
  await again.clock.install({ time: NOW });
  await again.goto(url);
  await expect(again.getByRole("heading", { name: "Write the meeting summary" })).toBeVisible({
    timeout: 45_000,
  });
  await expect(section(again, "Strengths")).toHaveValue("Typed just before the tab was closed");
  // Restored typing goes on to the records store.
  await expect(again.getByText(/^Saved at /)).toBeVisible();
});

test("summary: two pages editing one draft — the second save is told about the first, and nothing is lost", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await bookedMeeting(app, context, [HEATHER]);
  await openComposer(app);
  const url = page.url();
  // Page B opens the same draft before page A has saved anything. Tabs share the demo school, as
  // two staff share the school's records: B's requests see A's saves.
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole("heading", { name: "Write the meeting summary" })).toBeVisible({
    timeout: 45_000,
  });
  await expect(other.getByText("Not saved yet: it saves as you type.")).toBeVisible();

  await section(page, "Strengths").fill("Typed on page A");
  await expect(page.getByText(/^Saved at /)).toBeVisible();

  await section(other, "What was discussed").fill("Typed on page B");
  const told = other.getByRole("alert");
  await expect(told).toContainText(
    /Aileen MacRae saved this summary at \d{1,2}:\d{2}, after you opened it\./,
  );
  await expect(told).toContainText("Nothing has been overwritten");
  await expect(told).toContainText("2 sections differ between your version and theirs:");
  await expect(told).toContainText("StrengthsTheirs: Typed on page AYours: (empty)");
  await expect(told).toContainText("What was discussedTheirs: (empty)Yours: Typed on page B");
  // B's words are still on screen; A's save stands in the records.
  await expect(section(other, "What was discussed")).toHaveValue("Typed on page B");

  await told.getByRole("button", { name: "Keep both" }).click();
  await expect(section(other, "Strengths")).toHaveValue("Typed on page A");
  await expect(section(other, "What was discussed")).toHaveValue("Typed on page B");
  await expect(other.getByText(/^Saved at /)).toBeVisible();
  await expect(other.getByRole("alert")).toHaveCount(0);

  // Page A, opened again, carries on from the draft with both pages' words.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Write the meeting summary" })).toBeVisible({
    timeout: 45_000,
  });
  await expect(section(page, "Strengths")).toHaveValue("Typed on page A");
  await expect(section(page, "What was discussed")).toHaveValue("Typed on page B");
  await expect(page.getByText(/^Saved at .* by Aileen MacRae\.$/)).toBeVisible();
  expect(app.errors).toEqual([]);
});
