import type { StoredMeeting } from "../../src/domain/meetings/meeting";
import type { SummaryDraft } from "../../src/domain/summaries/summary";

/** A summary as a SENCo would write it after the split family's meeting: three actions, one for the family. */
export function writtenSummary(stored: StoredMeeting, base: SummaryDraft): SummaryDraft {
  const samira = stored.meeting.carers.find((c) => c.name === "Samira Aziz");
  return {
    ...base,
    sections: {
      strengths: "Noor reads every evening and loves the library.",
      familyViews: "Mum would like more notice of changes to the timetable.",
      childViews: "Noor said the quiet corner helps when the class is loud.",
      childViewsHow: "Her class teacher talked with her using picture cards.",
      discussed: "How mornings go, and the new reading group.",
      agreed: "A visual timetable at home and at school, so changes are not a surprise.",
      notAgreed: "Whether Noor moves to the other class: we will look at it again next term.",
      contacts: "Aileen MacRae (SENCo), by email or through the office.",
    },
    actions: [
      {
        id: "a1",
        what: "Make a visual timetable for home",
        owner: { name: "Aileen MacRae", email: "aileen.macrae@glenmore.example.org", carerId: "" },
        due: "2026-12-11",
      },
      {
        id: "a2",
        what: "Ask the speech and language therapist for advice",
        owner: { name: "Ms Grant (speech and language therapist)", email: "", carerId: "" },
        due: "2026-12-18",
      },
      {
        id: "a3",
        what: "Tell the school how mornings go for two weeks",
        owner: { name: "Samira Aziz", email: samira?.email ?? "", carerId: samira?.id ?? "" },
        due: "2026-12-18",
      },
    ],
    next: { kind: "date", date: "2027-02-03" },
  };
}
