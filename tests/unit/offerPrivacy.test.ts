import { beforeEach, describe, expect, it } from "vitest";
import { base64urlToText } from "../../src/domain/offers/base64url";
import { decodeOffer } from "../../src/domain/offers/offerLink";
import { instant } from "../../src/domain/time/instant";
import { meetingWorld, SCHOOL } from "../support/meetingWorld";

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);

describe("the offer's privacy check, over the Graph adapters against the demo tenant", () => {
  it("finds nothing in an ordinary offer, though the carers share the child's surname", async () => {
    const { offers, draft } = await world.setUp();
    const context = await offers.context(draft.childId);
    expect(context.childName).toEqual({ first: "Noor", surname: "Aziz" });
    const preview = offers.preview(draft, context);
    // "Family meeting – Samira Aziz" is the carer's own name, in her own invitation.
    expect(preview.privacy).toEqual([]);
  });

  it("does not count a member of staff who shares the child's name, but does count the child", async () => {
    const { offers, draft } = await world.setUp();
    const context = await offers.context(draft.childId);
    const noorStaff = {
      email: "noor.aziz@glenmore.example.org",
      name: "Noor Aziz",
      role: "Teacher",
      required: true,
    };
    const preview = offers.preview({ ...draft, invitees: [...draft.invitees, noorStaff] }, context);
    expect(preview.privacy).toEqual([]);
    const named = offers.preview(
      { ...draft, invitees: [...draft.invitees, noorStaff], note: "Noor has settled in well." },
      context,
    );
    expect(named.privacy).toEqual([{ kind: "childName", where: "note", found: "Noor" }]);
  });

  it("stops on the child's name and warns on initials, surname and needs words wherever text leaves the school", async () => {
    const { offers, draft } = await world.setUp();
    const context = await offers.context(draft.childId);
    const preview = offers.preview(
      {
        ...draft,
        purpose: "to talk about how NOOR is managing her ADHD",
        note: "Dear Mr Aziz, N.A. has settled well; we can also talk about her dyslexia.",
        invitees: [
          ...draft.invitees,
          {
            email: "ruth.baxter@glenmore.example.org",
            name: "Ruth Baxter",
            role: "Autism outreach",
            required: true,
          },
        ],
        slots: draft.slots.map((s) => ({ ...s, roomName: "Nurture room (SEMH base)" })),
      },
      context,
    );
    expect(preview.privacy.map((f) => [f.where, f.kind, f.found])).toEqual([
      ["purpose", "childName", "NOOR"],
      ["purpose", "needsWord", "ADHD"],
      ["note", "surname", "Aziz"],
      ["note", "initials", "N.A"],
      ["note", "needsWord", "dyslexia"],
      ["link", "needsWord", "Autism"],
      ["eventBody", "childName", "NOOR"],
      ["eventBody", "needsWord", "ADHD"],
      ["eventLocation", "needsWord", "SEMH"],
    ]);
  });

  it("sends a link that carries none of staff's words, nor the school's name or phone", async () => {
    const { offers, draft } = await world.setUp();
    await offers.send({
      ...draft,
      purpose: "to agree the next steps together",
      note: "Call me on 0131 496 0999",
    });
    const email = ctx.tenant.snapshot.external[0]?.message.body?.content ?? "";
    const fragment = /parent\.html#([^"]+)"/.exec(email)?.[1]?.replaceAll("&amp;", "&") ?? "";
    const decoded = decodeOffer(fragment, instant(ctx.now));
    if (decoded.kind !== "ok") throw new Error(`the link does not open: ${JSON.stringify(decoded)}`);
    expect(Object.keys(decoded.offer).sort()).toEqual(
      [
        "expires",
        "format",
        "jurisdiction",
        "lang",
        "people",
        "ref",
        "replyTo",
        "slots",
        "type",
        "v",
        "zone",
      ].sort(),
    );
    expect(decoded.offer).toMatchObject({
      type: "supportPlanReview",
      replyTo: "aileen.macrae@glenmore.example.org",
    });
    const json = base64urlToText(fragment.split(".")[1] ?? "") ?? "";
    for (const absent of ["0131 496 0999", "next steps", SCHOOL.phone, SCHOOL.name])
      expect(json).not.toContain(absent);
    // The email, which comes from the school's own mailbox, still carries staff's words.
    expect(email).toContain("Call me on 0131 496 0999");
    expect(email).toContain("to agree the next steps together");
  });
});
