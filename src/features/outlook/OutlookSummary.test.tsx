import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeOfficeSetup, fakeOutlookItem } from "../../../tests/support/fakeOutlook";
import { answer, ME, meetingWorld } from "../../../tests/support/meetingWorld";
import { staffServices } from "../../../tests/support/staffServices";
import { writtenSummary } from "../../../tests/support/summaryDraft";
import { feedbackToken } from "../../domain/summaries/feedbackAnswer";
import { decodeFeedback } from "../../domain/summaries/feedbackLink";
import { showPane } from "./testing/showPane";

/* The Outlook pane and meeting summaries: a family's answer read and filed, a summary inserted. */

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);
afterEach(cleanup);

type World = Awaited<ReturnType<typeof world.setUp>>;

/** Noor Aziz's meeting booked at the first time Samira chose, and its summary (version 1) sent. */
async function summarised(w: World) {
  const sent = await w.offers.send(w.draft);
  const samira = sent.meeting.carers.find((c) => c.email === "samira@example.net");
  const booked = await w.meetings.book(sent.id, { slot: 0, carerId: samira?.id ?? "" }, [
    { carerId: samira?.id ?? "", answer: answer(1) },
  ]);
  await w.summaries.send(booked.id, writtenSummary(booked, (await w.summaries.open(booked.id)).draft), 1);
  return { id: booked.id, samiraRef: samira?.ref ?? "" };
}

describe("Outlook pane: a family's answer to a summary", () => {
  it("Outlook: an answer is recognised by its token, shown as text, and filed to the timeline once with one click, as Check for answers files it", {
    timeout: 90_000,
  }, async () => {
    const w = await world.setUp();
    const { id, samiraRef } = await summarised(w);
    const services = staffServices(w);
    const ref = `${samiraRef}-S1`;
    const body = `<p>Partly</p><p>${feedbackToken({ ref, listened: "partly", notes: "correct", comment: "Please add the <b>speech</b> therapist's visit." })}</p>`;
    ctx.now += 60_000;
    ctx.tenant.receiveExternal(
      { name: "Samira Aziz", address: "samira@example.net" },
      ME,
      `Our answer [${ref}]`,
      body,
    );
    const [mail] = await w.deps.mail.findByReference(ref);
    if (!mail) throw new Error("the answer is not in the inbox");
    const email: FakeOfficeSetup = {
      item: {
        type: "messageRead",
        itemId: mail.id,
        internetMessageId: "<answer-1@example.net>",
        subject: `Our answer [${ref}]`,
        from: { displayName: "Samira Aziz", emailAddress: "samira@example.net" },
        dateTimeCreated: new Date(ctx.now).toISOString(),
        body,
      },
    };
    showPane(services, fakeOutlookItem(email).item);
    expect(
      await screen.findByRole(
        "heading",
        { name: "Answer to the summary of Noor Aziz's meeting" },
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    expect(screen.getByText(`From Samira Aziz, reference ${ref}`)).toBeVisible();
    expect(screen.getByText("Did they feel listened to? Partly")).toBeVisible();
    expect(screen.getByText("They ask for a correction.")).toBeVisible();
    // Her words as text: the markup she typed is shown, never rendered.
    expect(screen.getByText("Their words: “Please add the <b>speech</b> therapist's visit.”")).toBeVisible();
    expect(document.querySelector("section b")).toBeNull();
    expect(screen.getByRole("link", { name: "Open the summary to correct it" })).toHaveAttribute(
      "href",
      `#/meetings/${id}/summary`,
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "File this answer" }));
    expect(
      await screen.findByText(
        "Filed with the meeting and on Noor Aziz's timeline, with their words as written.",
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "File this answer" }));
    expect(await screen.findByText("Already filed: it is on the timeline once.")).toBeVisible();
    // The summary page's Check for answers finds the same message filed: nothing twice.
    await services.summaries.answers(id);
    const entries = (await services.records.timeline("GP9001")).filter((e) =>
      e.summary.includes("answered the summary"),
    );
    expect(entries.map((e) => [e.summary, e.details])).toEqual([
      [
        "Samira Aziz answered the summary (version 1): felt partly listened to; asks for a correction",
        "Their words: Please add the <b>speech</b> therapist's visit.",
      ],
    ]);
    expect((await w.meetings.get(id)).meeting.summary?.answers?.map((a) => a.messageId)).toEqual([mail.id]);
  });

  it("Outlook: someone else quoting a household's answer token is shown, but not filed", {
    timeout: 90_000,
  }, async () => {
    const w = await world.setUp();
    const { id, samiraRef } = await summarised(w);
    const services = staffServices(w);
    const ref = `${samiraRef}-S1`;
    const body = `<p>${feedbackToken({ ref, listened: "no", notes: undefined, comment: "" })}</p>`;
    showPane(
      services,
      fakeOutlookItem({
        item: {
          type: "messageRead",
          itemId: "AAMkAGother",
          internetMessageId: "<other@example.net>",
          subject: `Fwd: answer [${ref}]`,
          from: { displayName: "X", emailAddress: "x@example.net" },
          dateTimeCreated: new Date(ctx.now).toISOString(),
          body,
        },
      }).item,
    );
    await userEvent
      .setup()
      .click(await screen.findByRole("button", { name: "File this answer" }, { timeout: 15_000 }));
    expect(
      await screen.findByText(
        "Not filed: this email is not from a carer of the household the summary went to. Check who sent it.",
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    expect((await w.meetings.get(id)).meeting.summary?.answers ?? []).toEqual([]);
  });
});

describe("Outlook pane: a summary in an email being written", () => {
  it("Outlook: the household's sent summary is inserted as accessible HTML with their answer link; Outlook's size refusal is said in words", {
    timeout: 90_000,
  }, async () => {
    const w = await world.setUp();
    const { samiraRef } = await summarised(w);
    const services = staffServices(w);
    const { control, item } = fakeOutlookItem({
      item: {
        type: "messageCompose",
        to: [{ displayName: "Samira Aziz", emailAddress: "samira@example.net" }],
        body: "<p>Best wishes, Aileen</p>",
      },
    });
    // The first insert is refused by Outlook as too long; the second goes in.
    control.fail({ target: "body.setSelectedDataAsync", name: "DataExceedsMaximumSize", code: 1000 });
    showPane(services, item);
    const label = "Noor Aziz: summary version 1, sent, Samira Aziz's copy";
    expect(await screen.findByText(label, {}, { timeout: 15_000 })).toBeVisible();
    const user = userEvent.setup();
    const button = screen.getByRole("button", { name: `Insert this summary: ${label}` });
    await user.click(button);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The summary was not inserted. The text is longer than Outlook allows (1,000,000 characters).",
    );
    expect(control.state.body).toBe("<p>Best wishes, Aileen</p>");
    await user.click(button);
    expect(
      await screen.findByText(
        "The summary and the family's answer link are in the email. Check it, then send.",
      ),
    ).toBeVisible();
    const body = control.state.body;
    // Samira reads Polish: her household's copy, as the summary email has it.
    expect(body.startsWith('<div lang="pl" dir="ltr">')).toBe(true);
    expect(body).toContain('<table><thead><tr><th scope="col">');
    expect(body).toContain("Make a visual timetable for home");
    const link = /href="https:\/\/app\.test\/parent\.html#(f1\.[^"]+)"/.exec(body)?.[1] ?? "";
    expect(link).not.toBe("");
    expect(decodeFeedback(link)?.ref).toBe(`${samiraRef}-S1`);
    expect(body.endsWith("<p>Best wishes, Aileen</p>")).toBe(true);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
