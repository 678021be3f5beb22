import { describe, expect, it } from "vitest";
import type { ReplyMessage } from "../../domain/meetings/meetingActions";
import { NO_HINTS } from "../../domain/replies/replyHints";
import { instant } from "../../domain/time/instant";
import { senderWarning, suggestion } from "./replyWords";

const label = (i: number) => `slot ${i}`;
const message = (sender: ReplyMessage["sender"], email: string): ReplyMessage => ({
  id: "m1",
  from: { name: "", email },
  subject: "Re: times to meet",
  sender,
  reading: { kind: "noneWork", availability: "", hints: NO_HINTS },
  text: "",
  receivedAt: instant(0),
});

describe("what a reply seems to say", () => {
  it("lists every time an unclear reply could mean", () => {
    expect(
      suggestion(
        {
          kind: "unclear",
          candidates: [1, 2, 3],
          code: "several",
          reason: "Tuesday fits three",
          hints: NO_HINTS,
        },
        label,
      ),
    ).toBe("Could mean time 1 or time 2 or time 3: Tuesday fits three");
  });

  it("quotes the words a choice was read from", () => {
    expect(
      suggestion(
        { kind: "choice", choice: 2, confidence: "high", evidence: "the 2nd", hints: NO_HINTS },
        label,
      ),
    ).toBe("Looks like time 2: slot 1 (from “the 2nd”). Please check before booking.");
  });

  it("says why a message is not the carer's own answer", () => {
    expect(senderWarning(message("carer", "samira@example.net"), "Samira Aziz")).toBeUndefined();
    expect(senderWarning(message("school", "ms.reid@school.example.org"), "Samira Aziz")).toBe(
      "Sent from ms.reid@school.example.org, inside the school, not from the carer's address on record: a colleague's message is not Samira Aziz's answer.",
    );
  });
});
