import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offeredMeeting } from "../meetings/testing/meetingFixture";
import { instant } from "../time/instant";
import { appointmentFields } from "./appointmentPlan";
import { offerReferenceIn } from "./mailReference";
import { offerInsertHtml } from "./offerInsert";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const refArb = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 4, maxLength: 4 }),
    fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 4, maxLength: 4 }),
  )
  .map(([a, b]) => `CG-${a}-${b}`);

describe("an email's offer reference", () => {
  it("is found in a reply's subject before its text", () => {
    expect(offerReferenceIn("Re: Meeting times [CG-7K3M-Q9XD]", "see CG-0000-0000")).toBe("CG-7K3M-Q9XD");
    expect(offerReferenceIn("Re: Meeting", "<p>Reference CG-7K3M-Q9XD</p>")).toBe("CG-7K3M-Q9XD");
    expect(offerReferenceIn("Re: Meeting", "no reference here")).toBeUndefined();
    // I, L, O and U are not in the alphabet; a longer run of letters is not a reference.
    expect(offerReferenceIn("CG-7K3M-Q9XI", "")).toBeUndefined();
    expect(offerReferenceIn("XCG-7K3M-Q9XDZ", "")).toBeUndefined();
  });

  it("is found wherever it sits in any text, and nothing is found in text without one", () => {
    fc.assert(
      fc.property(refArb, fc.string(), fc.string(), (ref, before, after) => {
        const text = `${before} ${ref} ${after}`;
        const first = offerReferenceIn("", text);
        // Another reference may come earlier in the random text; what is found is always one.
        expect(first).toMatch(/^CG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        if (!/CG-/.test(before)) expect(first).toBe(ref);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!text.includes("CG-"));
        expect(offerReferenceIn(text, text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe("an appointment filled for a meeting", () => {
  const slot = {
    start: instant(1_700_000_000_000),
    end: instant(1_700_003_600_000),
    roomEmail: "rowan@school.org",
    roomName: "Rowan Room",
  };

  it("has the booking's neutral subject, staff and every household's carers, the room, and is private", () => {
    const fields = appointmentFields(offeredMeeting(), slot);
    expect(fields).toEqual({
      subject: "Family meeting – Samira Aziz",
      start: slot.start,
      end: slot.end,
      required: [
        { name: "Aileen MacRae", email: "aileen.macrae@glenmore.example.org" },
        { name: "Samira Aziz", email: "samira@example.net" },
        { name: "Faisal Aziz", email: "faisal@example.net" },
      ],
      optional: [],
      rooms: [{ name: "Rowan Room", email: "rowan@school.org" }],
      sensitivity: "private",
      bodyHtml: "<p>A meeting to look at how things are going.</p>",
    });
  });

  it("names no carer when households are kept apart", () => {
    expect(appointmentFields(offeredMeeting({ keepApart: true }), slot).subject).toBe("Family meeting");
  });
});

describe("an offer inserted into an email", () => {
  it("gives the times on the carer's clock, the reference and the link, escaped", () => {
    const meeting = offeredMeeting();
    const faisal = meeting.carers[1];
    if (!faisal) throw new Error("fixture");
    const html = offerInsertHtml(meeting, faisal, 'https://app.test/parent.html#a"b<c');
    expect(html).toContain("(reference CG-BBBB-BBBB)");
    // 09:00 UTC is 13:00 in Dubai.
    expect(html).toContain("<li>Time 1: Saturday 28 November, 13:00–14:00</li>");
    expect(html).toContain('href="https://app.test/parent.html#a&quot;b&lt;c"');
  });
});
