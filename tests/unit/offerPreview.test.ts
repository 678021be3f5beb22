import { beforeEach, describe, expect, it } from "vitest";
import { meetingWorld, SPLIT_FAMILY } from "../support/meetingWorld";

const world = meetingWorld();
beforeEach(world.reset);

/** The family's two households: Ukrainian-speaking mother, English-speaking father abroad. */
const FAMILY = SPLIT_FAMILY.map((row, i) => (i === 0 ? { ...row, preferredLanguage: "uk-UA" } : row));

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

describe("the offer preview, over the demo tenant", () => {
  it("shows each household's email in its language, with the English beside it", async () => {
    const { offers, draft } = await world.setUp(FAMILY);
    const context = await offers.context(draft.childId);
    const preview = offers.preview({ ...draft, note: "Please bring the reading diary." }, context);
    const [mother, father] = preview.emails;
    expect(preview.emails.map((e) => [e.carer.name, e.carer.lang])).toEqual([
      ["Samira Aziz", "uk-UA"],
      ["Faisal Aziz", "en"],
    ]);

    // The mother's email is Ukrainian throughout, purpose included; staff's note is hers as written,
    // labelled in Ukrainian as being in English.
    expect(mother?.html).toContain('lang="uk-UA"');
    expect(mother?.html).toContain("Обрати час");
    expect(mother?.html).toContain("Ми хотіли б зустрітися");
    expect(mother?.html).toContain("англійською, дослівно:");
    expect(mother?.html).toContain("Please bring the reading diary.");
    expect(mother?.html).not.toContain("Choose a time");

    // Beside it, the same email in English: same link, same times on her clock.
    expect(mother?.english?.html).toContain("Choose a time");
    expect(mother?.english?.html).toContain("We would like to meet to look at how things are going");
    expect(mother?.english?.html).toContain("Please bring the reading diary.");
    expect(hrefs(mother?.english?.html ?? "")).toEqual(hrefs(mother?.html ?? ""));
    expect(mother?.english?.subject.endsWith("[CG-XXXX-XXXX]")).toBe(true);

    // An English reader's email needs no English copy.
    expect(father?.english).toBeUndefined();
    expect(father?.html).toContain("A message from");
  });

  it("shows staff's own wording of the purpose as theirs, after the catalogue's sentence", async () => {
    const { offers, draft } = await world.setUp(FAMILY);
    const context = await offers.context(draft.childId);
    const preview = offers.preview({ ...draft, purpose: "to talk about the school trip" }, context);
    const html = preview.emails[0]?.html ?? "";
    expect(html.indexOf("Ми хотіли б зустрітися")).toBeLessThan(
      html.indexOf("to talk about the school trip"),
    );
    expect(html).toMatch(
      /англійською, дослівно:<\/p>\s*<blockquote dir="auto"[^>]*>to talk about the school trip/,
    );
  });
});
