import { describe, expect, it } from "vitest";
import { privacyText } from "./privacyText";

describe("privacy findings in plain words", () => {
  it("says what was found and where", () => {
    expect(privacyText({ kind: "surname", where: "emailSubject", found: "Aziz" }, "Noor")).toBe(
      "“Aziz” in the email's subject is Noor's surname. Leave it out unless it is there for another reason, such as a carer's own name.",
    );
    expect(privacyText({ kind: "needsWord", where: "note", found: "autistic", term: "autism" }, "Noor")).toBe(
      "“autistic” in your note names a need or diagnosis (autism). Anyone who sees a forwarded email, the link or the calendar could read it: unless the family asked for it, say it in the meeting instead.",
    );
  });
});
