import type * as G from "@microsoft/microsoft-graph-types";
import { beforeEach, describe, expect, it } from "vitest";
import { isServiceError } from "../../src/domain/errors";
import { isMeetingError } from "../../src/domain/meetings/meetingError";
import { answer, meetingWorld } from "../support/meetingWorld";
import { readDocx } from "../support/readDocx";
import { writtenSummary } from "../support/summaryDraft";

const world = meetingWorld();
beforeEach(world.reset);

/** The split family's meeting, booked with both households; Faisal asked for large print (or as given). */
async function bookedMeeting(faisalAsked: readonly ("largePrint" | "easyRead")[] = ["largePrint"]) {
  const w = await world.setUp();
  const sent = await w.offers.send(w.draft);
  const [samira, faisal] = sent.meeting.carers;
  const booked = await w.meetings.book(sent.id, { slot: 0, carerId: samira?.id ?? "" }, [
    { carerId: samira?.id ?? "", answer: answer(1, { message: "Could we talk about mornings?" }) },
    { carerId: faisal?.id ?? "", answer: answer(1, { adjustments: ["online", ...faisalAsked] }) },
  ]);
  return { w, booked };
}

const external = () => world.ctx.tenant.snapshot.external.filter((m) => m.message.subject?.includes("-S"));
const attachmentOf = (m: G.Message) => {
  const a = (m.attachments ?? [])[0] as G.FileAttachment | undefined;
  return Uint8Array.from(atob(a?.contentBytes ?? ""), (c) => c.charCodeAt(0));
};

describe("sending a meeting summary", () => {
  it("is pre-filled from the meeting record: who came, what the family asked and wrote", async () => {
    const { w, booked } = await bookedMeeting();
    const opened = await w.summaries.open(booked.id);
    expect(opened.version).toBe(1);
    expect(opened.childName).toBe("Noor Aziz");
    expect(opened.draft.people.map((p) => `${p.name}: ${p.attendance}`)).toEqual([
      "Aileen MacRae: present",
      "David Lee: present",
      "Samira Aziz: present",
      "Faisal Aziz: present",
    ]);
    expect(opened.draft.sections.familyViews).toBe(
      'Before the meeting, Samira Aziz wrote: "Could we talk about mornings?"',
    );
    expect(opened.draft.sections.discussed).toContain("Faisal Aziz asked for:");
  });

  it("emails each household once, in its language, with its document; files it; logs it and each action", {
    timeout: 60_000,
  }, async () => {
    const { w, booked } = await bookedMeeting();
    const opened = await w.summaries.open(booked.id);
    const done = await w.summaries.send(booked.id, writtenSummary(booked, opened.draft), 1);
    expect(done.meeting.status).toBe("summarised");
    expect(done.meeting.work).toBeUndefined();

    const mails = external();
    expect(mails.map((m) => m.to).sort()).toEqual(["faisal@example.net", "samira@example.net"]);
    const polish = mails.find((m) => m.to === "samira@example.net")?.message;
    const english = mails.find((m) => m.to === "faisal@example.net")?.message;
    expect(polish?.subject).toMatch(/^Notatki z naszego spotkania .+ \[CG-[0-9A-Z]{4}-[0-9A-Z]{4}-S1\]$/);
    expect(english?.subject).toMatch(/^Notes from our meeting on .+-S1\]$/);
    expect(polish?.subject).not.toContain("Noor");
    // Staff's words as written, labelled in Polish; the family's own action worded for them.
    expect(polish?.body?.content).toContain("Napisał(a) Aileen MacRae, po angielsku:");
    expect(polish?.body?.content).toContain("A visual timetable at home and at school");
    expect(polish?.body?.content).toContain("#f1.");
    expect(polish?.body?.content).toContain(
      "<li>Państwo: Tell the school how mornings go for two weeks. Termin: piątek, 18 grudnia</li>",
    );
    expect(polish?.body?.content).toContain(
      "Aileen MacRae napisał(a) po angielsku, kto co zrobi. Pokazujemy to tak, jak zostało napisane.",
    );

    const pl = readDocx(attachmentOf(polish ?? {}));
    expect(pl.title).toBe("Notatki z naszego spotkania");
    for (const heading of [
      "Kto był",
      "Co idzie dobrze",
      "Co powiedziała nam rodzina",
      "Co powiedziało nam dziecko",
      "Jak zapytaliśmy dziecko",
      "O czym rozmawialiśmy",
      "Co ustaliliśmy i dlaczego",
      "Czego nie ustaliliśmy",
      "Kto co zrobi",
      "Co Państwo mają zrobić (tak ustaliliśmy)",
      "Z kim się kontaktować",
      "Następne spotkanie",
      "Jeśli się Państwo nie zgadzają",
    ])
      expect(pl.paragraphs.filter((p) => p.style.startsWith("Heading")).map((p) => p.text)).toContain(
        heading,
      );
    expect(pl.text).toContain("Enquire:");
    expect(pl.text).toContain("https://www.healthandeducationchamber.scot");
    expect(pl.text).toContain(
      "Państwo: Tell the school how mornings go for two weeks. Termin: piątek, 18 grudnia",
    );
    expect(pl.text).toContain("Państwo (Samira Aziz)");
    expect(pl.languages).toContain("pl");
    expect(pl.bodySizePt).toBe(12);
    // Faisal asked for large print: his copy is 18 pt, and he has no actions of his own.
    const en = readDocx(attachmentOf(english ?? {}));
    expect(en.bodySizePt).toBe(18);
    expect(en.text).not.toContain("Things we agreed you would do");
    expect(en.text).not.toContain("You:");
    expect([en.lineSpacing, en.spaceAfterPt]).toEqual([300, 10]);
    expect(english?.body?.content).toContain('style="font-size:18pt;line-height:1.5;"');
    expect(en.text).toContain("Our next meeting will be on Wednesday, 3 February 2027.");

    const siteFiles = Object.values(world.ctx.tenant.snapshot.drives ?? {}).flat();
    expect(siteFiles.map((f) => f.path)).toEqual([
      `Common Ground/GP9001/meeting-${booked.id}/summary-v1.docx`,
    ]);
    expect(
      readDocx(Uint8Array.from(atob(siteFiles[0]?.contentBase64 ?? ""), (c) => c.charCodeAt(0))).title,
    ).toBe("Notes from our meeting");

    const timeline = (await w.records.timeline("GP9001")).filter(
      (e) => e.kind === "summary" || e.kind === "action",
    );
    expect(timeline.map((e) => `${e.kind}: ${e.summary}`)).toEqual([
      "summary: Summary sent to 2 households, with 3 actions",
      "action: Action for Aileen MacRae: Make a visual timetable for home, due 2026-12-11",
      "action: Action for Ms Grant (speech and language therapist): Ask the speech and language therapist for advice, due 2026-12-18",
      "action: Action for Samira Aziz (family): Tell the school how mornings go for two weeks, due 2026-12-18",
    ]);
  });

  it("a household that asked for easy read gets it: questions for headings, one idea to a line, staff's words as written", {
    timeout: 60_000,
  }, async () => {
    const { w, booked } = await bookedMeeting(["easyRead"]);
    const opened = await w.summaries.open(booked.id);
    await w.summaries.send(booked.id, writtenSummary(booked, opened.draft), 1);
    const mails = external();
    const english = mails.find((m) => m.to === "faisal@example.net")?.message;
    const easy = readDocx(attachmentOf(english ?? {}));
    expect(easy.bodySizePt).toBe(16);
    expect([easy.lineSpacing, easy.spaceAfterPt]).toEqual([360, 12]);
    const headings = easy.paragraphs.filter((p) => p.style.startsWith("Heading")).map((p) => p.text);
    expect(headings).toContain("Who came to the meeting?");
    expect(headings).toContain("What did we agree? Why?");
    expect(headings).toContain("What if you do not agree?");
    expect(headings.every((h) => h.endsWith("?"))).toBe(true);
    expect(easy.paragraphs.some((p) => p.style === "Table")).toBe(false);
    const lines = easy.paragraphs.map((p) => p.text);
    expect(lines).toContain("Aileen MacRae wrote this: Noor reads every evening and loves the library.");
    expect(lines).toContain("Aileen MacRae will do this:");
    expect(lines).toContain("Aileen MacRae wrote this: Make a visual timetable for home");
    expect(lines).toContain("When: by Friday, 11 December 2026.");
    expect(lines).toContain("We will meet again on Wednesday, 3 February 2027.");
    // Samira's own action is hers, not Faisal's: he reads her name, not "You".
    expect(lines).toContain("Samira Aziz will do this:");
    expect(lines).not.toContain("You will do this:");
    expect(english?.body?.content).toContain("<h3>Who will do what?</h3>");
    expect(english?.body?.content).toContain('style="font-size:16pt;line-height:1.6;"');
    // Samira asked for nothing: her copy is the standard one, her action worded for her.
    const pl = readDocx(attachmentOf(mails.find((m) => m.to === "samira@example.net")?.message ?? {}));
    expect(pl.bodySizePt).toBe(12);
    expect(pl.text).toContain("Co Państwo mają zrobić (tak ustaliliśmy)");
  });

  it("a correction is version 2: sent and filed again, saying what changed", {
    timeout: 60_000,
  }, async () => {
    const { w, booked } = await bookedMeeting();
    const first = await w.summaries.open(booked.id);
    await w.summaries.send(booked.id, writtenSummary(booked, first.draft), 1);
    const again = await w.summaries.open(booked.id);
    expect(again.version).toBe(2);
    expect(again.draft.changes).toBe("");
    const v2 = await w.summaries.send(
      booked.id,
      { ...again.draft, changes: "The therapist's visit is in January, not December." },
      2,
    );
    expect(v2.meeting.summary?.current.version).toBe(2);
    expect(v2.meeting.summary?.earlier.map((e) => e.version)).toEqual([1]);
    const mails = external().filter((m) => m.message.subject?.endsWith("-S2]"));
    expect(mails.map((m) => m.message.subject?.replace(/ \[.*$/, "")).sort()).toEqual([
      expect.stringMatching(/^Corrected notes from our meeting on .+ \(version 2\)$/),
      expect.stringMatching(/^Poprawione notatki z naszego spotkania .+ \(wersja 2\)$/),
    ]);
    expect(mails[0]?.message.body?.content).toContain(
      "The therapist&#39;s visit is in January, not December.",
    );
    const files = Object.values(world.ctx.tenant.snapshot.drives ?? {})
      .flat()
      .map((f) => f.path.split("/").pop());
    expect(files).toEqual(["summary-v1.docx", "summary-v2.docx"]);
    const log = (await w.records.timeline("GP9001"))
      .filter((e) => e.kind === "summary")
      .map((e) => e.summary);
    expect(log).toEqual([
      "Summary sent to 2 households, with 3 actions",
      "Summary corrected (version 2) and sent to 2 households",
    ]);
  });

  it("is refused for a meeting that was never booked", async () => {
    const w = await world.setUp();
    const sent = await w.offers.send(w.draft);
    const opened = await w.summaries.open(sent.id);
    const refused = await w.summaries.send(sent.id, opened.draft, 1).catch((e: unknown) => e);
    expect(isMeetingError(refused, "wrongState")).toBe(true);
    expect(external()).toEqual([]);
  });
});

describe("summary drafts", () => {
  it("keep typing on this device first, then in the records store; another device carries on", async () => {
    const { w, booked } = await bookedMeeting();
    const opened = await w.summaries.open(booked.id);
    const typed = {
      ...opened.draft,
      sections: { ...opened.draft.sections, strengths: "Reads every evening" },
    };
    w.summaries.keepLocal(typed, opened.base);
    const reopened = await w.summaries.open(booked.id);
    expect(reopened.unsaved).toBe(true);
    expect(reopened.draft.sections.strengths).toBe("Reads every evening");
    const saved = await w.summaries.save(typed, reopened.base);
    expect(saved.kind).toBe("saved");
    // The save cleared this device's copy: opening again reads the records store's draft, as another device would.
    expect(world.draftKeys().filter((k) => k.includes("summary:"))).toEqual([]);
    const other = await world.build();
    const there = await other.summaries.open(booked.id);
    expect(there.unsaved).toBe(false);
    expect(there.draft.sections.strengths).toBe("Reads every evening");
    expect(there.base?.savedBy).toBe("Aileen MacRae");
  });

  it("two people saving over the same version: the second is told about the first, nothing overwritten", async () => {
    const { w, booked } = await bookedMeeting();
    const opened = await w.summaries.open(booked.id);
    const first = await w.summaries.save(opened.draft, opened.base);
    if (first.kind !== "saved") throw new Error("first save conflicted");
    const mine = { ...opened.draft, sections: { ...opened.draft.sections, agreed: "Mine" } };
    const theirs = { ...opened.draft, sections: { ...opened.draft.sections, agreed: "Theirs" } };
    expect((await w.summaries.save(theirs, first.base)).kind).toBe("saved");
    const second = await w.summaries.save(mine, first.base);
    expect(second.kind).toBe("conflict");
    if (second.kind !== "conflict") return;
    expect(second.theirs.sections.agreed).toBe("Theirs");
    expect(second.base.savedBy).toBe("Aileen MacRae");
    // Keeping mine is a deliberate save over their version.
    expect((await w.summaries.save(mine, second.base)).kind).toBe("saved");
  });
});

describe("tracked actions", () => {
  it("My actions lists the signed-in member of staff's, overdue first; marking done records who and when once", {
    timeout: 60_000,
  }, async () => {
    const { w, booked } = await bookedMeeting();
    const opened = await w.summaries.open(booked.id);
    const draft = writtenSummary(booked, opened.draft);
    const late = {
      ...draft,
      actions: [
        ...draft.actions,
        {
          id: "a4",
          what: "Send the reading list",
          owner: draft.actions[0]?.owner ?? { name: "", email: "", carerId: "" },
          due: "2026-11-20",
        },
      ],
    };
    await w.summaries.send(booked.id, late, 1);
    const mine = await w.summaries.mine();
    expect(mine.map((a) => [a.action.id, a.overdue, a.childName])).toEqual([
      ["a4", true, "Noor Aziz"],
      ["a1", false, "Noor Aziz"],
    ]);
    await w.summaries.markDone(booked.id, "a4");
    await w.summaries.markDone(booked.id, "a4");
    const after = await w.summaries.mine();
    expect(after.map((a) => [a.action.id, a.overdue, a.done?.by])).toEqual([
      ["a1", false, undefined],
      ["a4", false, "Aileen MacRae"],
    ]);
    const doneEntries = (await w.records.timeline("GP9001")).filter((e) => e.summary.startsWith("Done:"));
    expect(doneEntries.map((e) => e.summary)).toEqual([
      "Done: Send the reading list (marked by Aileen MacRae)",
    ]);
  });

  it("marking an unknown action done is refused", async () => {
    const { w, booked } = await bookedMeeting();
    const error = await w.summaries.markDone(booked.id, "nope").catch((e: unknown) => e);
    expect(isMeetingError(error, "wrongState") || isServiceError(error)).toBe(true);
  });
});
