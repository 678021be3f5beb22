import { beforeEach, describe, expect, it } from "vitest";
import { workerReplyReader } from "../../src/adapters/browser/workerReplyReader";
import { GraphDirectory } from "../../src/adapters/graph/directory";
import { SiteRef } from "../../src/adapters/graph/site";
import type { CarerReply } from "../../src/domain/meetings/meetingActions";
import { EN_REPLY_LABELS } from "../../src/domain/replies/englishReplyLabels";
import { formatStructuredReply } from "../../src/domain/replies/structuredReply";
import { ianaZone } from "../../src/domain/time/zone";
import { confirmedAnswer } from "../../src/features/meetings/replyAnswer";
import { answer, ME, meetingWorld, SITE } from "../support/meetingWorld";

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);

const html = (text: string) =>
  `<div>${text.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c] ?? c).replaceAll("\n", "<br>")}</div>`;

/** A message arriving in the school's inbox a minute after the last one. */
function arrives(from: string, subject: string, text: string) {
  ctx.now += 60_000;
  ctx.tenant.receiveExternal({ name: from.split("@")[0] ?? from, address: from }, ME, subject, html(text));
}

async function offered() {
  const w = await world.setUp();
  const stored = await w.offers.send(w.draft);
  const [samira, faisal] = stored.meeting.carers;
  if (!samira || !faisal) throw new Error("two carers");
  const offerTo = (to: string) => ctx.tenant.snapshot.external.find((m) => m.to === to)?.message;
  const subject = `Re: ${offerTo(samira.email)?.subject ?? ""}`;
  const structured = (choice: number, extra: Parameters<typeof answer>[1] = {}) =>
    formatStructuredReply(
      answer(choice, { ref: samira.ref, ...extra }),
      { slots: w.draft.slots, zone: ianaZone("Europe/London"), lang: "en" },
      EN_REPLY_LABELS,
    );
  return { ...w, stored, samira, faisal, subject, offerTo, structured };
}

const only = (replies: readonly CarerReply[], carerId: string) => {
  const found = replies.filter((r) => r.carer.id === carerId);
  expect(found).toHaveLength(1);
  return found[0] as CarerReply;
};

describe("whose reply it is", () => {
  it("a reply from another address is shown with its real sender, and booking from it takes only the time", async () => {
    const { meetings, stored, samira, subject, structured, records } = await offered();
    arrives(
      "someone@elsewhere.example.com",
      subject,
      structured(2, { supporter: { name: "Rex Forger", relationship: "friend", sharePapers: true } }),
    );
    const reply = only(await meetings.replies(stored.id), samira.id);
    expect(reply.sender).toBe("other");
    expect(reply.from.email).toBe("someone@elsewhere.example.com");
    expect(reply.reading.kind === "structured" && reply.reading.answer.supporter?.name).toBe("Rex Forger");
    // Only an answer from the carer's own address counts as hers: she is still sent a reminder.
    await meetings.chase(stored.id);
    expect(ctx.tenant.snapshot.external.filter((m) => m.to === samira.email)).toHaveLength(2);
    // Staff confirmed after checking: the time is booked, nothing else the other address said.
    const confirmed = confirmedAnswer(reply, 1);
    expect(confirmed).toEqual(answer(2, { ref: samira.ref }));
    const booked = await meetings.book(stored.id, { slot: 1, carerId: samira.id }, [
      { carerId: samira.id, answer: confirmed },
    ]);
    expect(booked.meeting.status).toBe("booked");
    const event = (ctx.tenant.snapshot.calendars[ME] ?? []).find((e) =>
      e.subject?.startsWith("Family meeting"),
    );
    expect(event?.body?.content ?? "").not.toContain("Rex Forger");
    expect((event?.attendees ?? []).map((a) => a.emailAddress?.address)).not.toContain(
      "someone@elsewhere.example.com",
    );
    const timeline = (await records.timeline("GP9001")).map((e) => `${e.summary} ${e.details ?? ""}`);
    expect(timeline.join("\n")).not.toContain("Rex Forger");
  });

  it("counts the carer's address whatever its case, and an address the school records hold for them", async () => {
    const { meetings, stored, samira, subject, graph } = await offered();
    arrives("SAMIRA@Example.NET", subject, "The second time please");
    expect(only(await meetings.replies(stored.id), samira.id).sender).toBe("carer");
    // The school records her work address too (a column of the family contacts list).
    const site = new SiteRef(graph, SITE);
    const path = await site.listPath("CG Family Contacts");
    await graph.request({
      method: "PATCH",
      path: `${path}/items/${samira.id}/fields`,
      body: { OtherCarerEmails: "samira.aziz@work.example.com; s.aziz@old.example.net" },
    });
    const carers = await new GraphDirectory(graph, site).carers("GP9001");
    expect(carers.find((c) => c.id === samira.id)?.otherEmails).toEqual([
      "samira.aziz@work.example.com",
      "s.aziz@old.example.net",
    ]);
    arrives("Samira.Aziz@work.example.com", subject, "Option 3 works for me");
    const reply = only(await meetings.replies(stored.id), samira.id);
    expect(reply.sender).toBe("carer");
    expect(reply.from.email).toBe("samira.aziz@work.example.com");
    expect(reply.reading.kind === "choice" && reply.reading.choice).toBe(3);
  });

  it("a colleague forwarding our own offer is not the carer's answer", async () => {
    const { meetings, stored, samira, offerTo } = await offered();
    const offer = offerTo(samira.email);
    ctx.now += 60_000;
    ctx.tenant.sendAs("david.lee@glenmore.example.org", {
      subject: `Fwd: ${offer?.subject ?? ""}`,
      body: {
        contentType: "html",
        content: `<div>FYI</div><blockquote>${offer?.body?.content ?? ""}</blockquote>`,
      },
      toRecipients: [{ emailAddress: { address: ME } }],
    });
    const reply = only(await meetings.replies(stored.id), samira.id);
    expect(reply.sender).toBe("school");
    expect(reply.from.email).toBe("david.lee@glenmore.example.org");
    // A later answer from Samira herself stands for her reply; the forward stays in view.
    arrives(samira.email, `Re: ${offer?.subject ?? ""}`, "The first time is good");
    const after = only(await meetings.replies(stored.id), samira.id);
    expect(after.sender).toBe("carer");
    expect(after.reading.kind === "choice" && after.reading.choice).toBe(1);
    expect(after.others.map((m) => [m.sender, m.from.email])).toEqual([
      ["school", "david.lee@glenmore.example.org"],
    ]);
  });
});

describe("every message is read", () => {
  it("a later 'Thanks, see you then!' from the carer is shown but does not hide the answer", async () => {
    const { meetings, stored, samira, subject, structured } = await offered();
    arrives(
      samira.email,
      subject,
      structured(2, { adjustments: ["interpreter"], interpreterLanguage: "Polish" }),
    );
    arrives(samira.email, subject, "Thanks, see you then!");
    arrives("someone@elsewhere.example.com", subject, "Actually the first time, please");
    const reply = only(await meetings.replies(stored.id), samira.id);
    expect(reply.sender).toBe("carer");
    expect(reply.reading.kind === "structured" && reply.reading.answer.choice).toBe(2);
    expect(reply.reading.kind === "structured" && reply.reading.answer.interpreterLanguage).toBe("Polish");
    expect(reply.others.map((m) => [m.sender, m.text])).toEqual([
      ["other", "Actually the first time, please"],
      ["carer", "Thanks, see you then!"],
    ]);
  });

  it("a carer's newer answer replaces their older one", async () => {
    const { meetings, stored, samira, subject } = await offered();
    arrives(samira.email, subject, "The first time works");
    arrives(samira.email, subject, "Sorry, I can't do the first one after all. The third time works");
    const reply = only(await meetings.replies(stored.id), samira.id);
    expect(reply.reading.kind === "choice" && reply.reading.choice).toBe(3);
    expect(reply.others.map((m) => m.text)).toEqual(["The first time works"]);
  });
});

describe("a reply that cannot be read in time", () => {
  it("is shown as it came, with its real sender and subject, and the rest still read", async () => {
    const started: { terminated: boolean }[] = [];
    // A browser worker that never answers: the reader's own time limit must end the wait.
    const stalled = () => {
      const w = {
        terminated: false,
        onmessage: null,
        onerror: null,
        postMessage: () => undefined,
        terminate: () => {
          w.terminated = true;
        },
      };
      started.push(w);
      return w;
    };
    const { stored, samira, faisal, subject, offerTo } = await offered();
    const { meetings } = await world.build({ replyReader: workerReplyReader(20, stalled) });
    arrives(samira.email, subject, "Time 2");
    arrives(faisal.email, `Re: ${offerTo(faisal.email)?.subject ?? ""}`, "Time 1");
    const replies = await meetings.replies(stored.id);
    expect(replies.map((r) => [r.carer.name, r.sender, r.from.email, r.reading.kind, r.text])).toEqual([
      ["Samira Aziz", "carer", samira.email, "notUnderstood", ""],
      ["Faisal Aziz", "carer", faisal.email, "notUnderstood", ""],
    ]);
    expect(replies.every((r) => r.reading.kind === "notUnderstood" && r.reading.code === "unreadable")).toBe(
      true,
    );
    expect(replies[0]?.subject).toBe(subject);
    expect(started.map((w) => w.terminated)).toEqual([true, true]);
  });
});
