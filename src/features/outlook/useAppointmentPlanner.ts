import { useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import { findTimes } from "../../domain/meetings/findTimes";
import type { StoredMeeting } from "../../domain/meetings/meeting";
import type { MeetingTypeId } from "../../domain/meetings/meetingTypes";
import { supporterOf } from "../../domain/outlook/appointmentPlan";
import type { AppointmentItem } from "../../domain/ports/mail-item";
import type { Supporter } from "../../domain/replies/replyAnswer";
import type { MeetingFormat } from "../../domain/scheduling/freeBusy";
import type { SchoolCalendar } from "../../domain/scheduling/request";
import type { Carer, Child, Room, StaffMember } from "../../domain/school/people";
import { errorText } from "../errorText";
import { suggestedStaff } from "../find-times/familyPrefill";
import type { Invitation } from "../find-times/findTimesForm";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useDateFormat } from "../useDateFormat";
import { meetingSlotOf, type PaneChoices, paneDraft, paneSearch } from "./appointmentSearch";
import { fillFailureText, slotText } from "./outlookWords";
import { NO_SUPPORTER } from "./SupporterFields";

export interface AppointmentFacts {
  readonly linkedChild: Child | undefined;
  /** The meeting record the appointment's tag names, when it still exists. */
  readonly linkedMeeting: StoredMeeting | undefined;
  readonly tagError: string | undefined;
  readonly children: readonly Child[];
  readonly staff: readonly StaffMember[];
  readonly rooms: readonly Room[];
  readonly school: SchoolCalendar | undefined;
}

/** The pane's choices for an appointment, its search, and the two ways on: fill it in, or offer the times. */
export function useAppointmentPlanner(item: AppointmentItem, facts: AppointmentFacts) {
  const { directory, freeBusy, clock, outlook, offers } = useServices();
  const { zone, locale } = useDateFormat();
  const [changing, setChanging] = useState(!facts.linkedChild);
  // The child the appointment is for: from its tag when opened, or once filled in here.
  const [linkedChild, setLinkedChild] = useState(facts.linkedChild);
  const [linkedMeeting, setLinkedMeeting] = useState(facts.linkedMeeting);
  const [childId, setChildId] = useState(facts.linkedChild?.id ?? "");
  const [typeId, setTypeId] = useState<MeetingTypeId>("supportPlanReview");
  const [format, setFormat] = useState<MeetingFormat>("inPerson");
  const [staff, setStaff] = useState<Record<string, Invitation>>({});
  const [carers, setCarers] = useState<readonly Carer[]>([]);
  const [supporter, setSupporter] = useState<Supporter>(
    () => (facts.linkedMeeting && supporterOf(facts.linkedMeeting.meeting)) ?? NO_SUPPORTER,
  );
  const [chosen, setChosen] = useState<number>();
  const [done, setDone] = useState<string>();
  const [fillProblem, setFillProblem] = useState<string>();
  const child = facts.children.find((c) => c.id === childId);
  const school = facts.school;

  const pickChild = useAction(
    async (id: string) => ({ id, carers: id ? await directory.carers(id) : [] }),
    ({ id, carers: found }) => {
      setCarers(found);
      setStaff(
        suggestedStaff(
          typeId,
          facts.children.find((c) => c.id === id),
          facts.staff,
        ),
      );
    },
  );
  const choices: PaneChoices = { childId, typeId, staff, format };
  const [found, setFound] = useState<Awaited<ReturnType<typeof runSearch>>>();
  async function runSearch() {
    if (!school) throw new Error(staffText("outlook.arrange.noTermDates"));
    const checked = paneSearch(choices, { ...facts, school, carers, now: clock.now() });
    if (!checked.ok)
      return { problems: Object.values(checked.problems), input: undefined, outcome: undefined };
    const outcome = await findTimes({ freeBusy, clock }, checked.input);
    return { problems: [] as string[], input: checked.input, outcome };
  }
  const find = useAction(runSearch, (r) => {
    setFound(r);
    setChosen(undefined);
  });
  const slots = found?.outcome?.result.kind === "found" ? found.outcome.result.slots : [];
  const book = useAction(
    async (index: number) => {
      const slot = slots[index];
      if (!slot || !found?.input) throw new Error(staffText("outlook.arrange.chooseTimeFirst"));
      const meetingSlot = meetingSlotOf(slot);
      const outcome = await outlook.fillAppointment(item, {
        draft: paneDraft(choices, found.input, carers, child, [meetingSlot]),
        slot: meetingSlot,
        supporter,
      });
      return { outcome, slot: meetingSlot, online: found.input.meeting.format !== "inPerson" };
    },
    ({ outcome, slot, online }) => {
      if (!outcome.ok) {
        setFillProblem(fillFailureText(outcome));
        return;
      }
      setFillProblem(undefined);
      setDone(
        staffText("outlook.arrange.filled", {
          when: slotText(slot.start, slot.end, slot.roomName, zone, locale),
          online: online ? "yes" : "no",
        }),
      );
      setLinkedChild(facts.children.find((c) => c.id === choices.childId));
      setLinkedMeeting(outcome.meeting);
      setChanging(false);
    },
  );
  const offer = useAction(
    async () => {
      if (!found?.input) throw new Error(staffText("outlook.arrange.findFirst"));
      const offered = slots.slice(0, 3).map(meetingSlotOf);
      await offers.send(paneDraft(choices, found.input, carers, child, offered));
      return offered.length;
    },
    (n) =>
      setDone(
        staffText("outlook.arrange.offered", {
          count: n,
          named: child ? "yes" : "no",
          child: child?.name ?? "",
        }),
      ),
  );
  const failure = book.busy ? undefined : (fillProblem ?? lastFailure(book));

  return {
    linkedChild,
    linkedMeeting,
    child,
    choices,
    setChildId,
    setTypeId,
    setFormat,
    setStaff,
    supporter,
    setSupporter,
    setFound,
    pickChild,
    find,
    found,
    slots,
    chosen,
    setChosen,
    book,
    offer,
    done,
    failure,
    changing,
    setChanging,
  };
}

/** The action's error in words. */
function lastFailure(book: { error: unknown }): string | undefined {
  return book.error === undefined ? undefined : errorText(book.error);
}
