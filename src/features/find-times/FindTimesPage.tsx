import { Button, Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { adjustmentFromText } from "../../domain/adjustments/meetingNeeds";
import { type FindTimesOutcome, findTimes } from "../../domain/meetings/findTimes";
import { type MeetingTypeId, meetingType } from "../../domain/meetings/meetingTypes";
import type { AdjustmentCode } from "../../domain/replies/replyAnswer";
import type { SchoolCalendar } from "../../domain/scheduling/request";
import type { Child, Room, StaffMember } from "../../domain/school/people";
import { DAY_MS } from "../../domain/time/instant";
import { addDays, type LocalDate, localDateFromIso, weekdayOf } from "../../domain/time/localDate";
import { isoDateIn } from "../../ui/datetime/formatSlot";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { OfferPanel } from "../offer/OfferPanel";
import { type Services, useServices } from "../services";
import { useAsync } from "../useAsync";
import { FamilyFields } from "./FamilyFields";
import type { FindTimesForm, Invitation } from "./findTimesForm";
import { toFindTimesInput } from "./findTimesForm";
import { MeetingFields } from "./MeetingFields";
import { SlotResults } from "./SlotResults";
import { WeekView } from "./WeekView";

const DRAFT = "find-times";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalL, maxWidth: "900px" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface Context {
  children: readonly Child[];
  staff: readonly StaffMember[];
  rooms: readonly Room[];
  school: SchoolCalendar | undefined;
}

function defaultForm(s: Services): FindTimesForm {
  const from = isoDateIn(s.clock.now() + DAY_MS, s.schoolZone);
  return {
    childId: "",
    typeId: "supportPlanReview",
    staff: {},
    minutes: 60,
    format: "inPerson",
    from,
    to: isoDateIn(s.clock.now() + 43 * DAY_MS, s.schoolZone),
    picks: [],
    days: [],
    dates: [],
    avoidDates: [],
    adjustments: [],
    familyZone: s.schoolZone,
    partySize: 2,
  };
}

/** Suggests who must come for this type of meeting: the usual roles, and the child's class teacher. */
function suggestedStaff(
  typeId: MeetingTypeId,
  child: Child | undefined,
  staff: readonly StaffMember[],
): Record<string, Invitation> {
  const roles = meetingType(typeId).usualRoles;
  const out: Record<string, Invitation> = {};
  for (const s of staff) {
    const isClassTeacher = child?.classTeacherId === s.email;
    if (isClassTeacher || (roles.includes(s.role) && s.role !== "classTeacher")) out[s.email] = "required";
  }
  return out;
}

function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date));
}

/** Find times that suit the family, every required adult and a suitable room — with a reason for each. */
export function FindTimesPage({ childId }: { childId: string | undefined }) {
  const services = useServices();
  const { directory, schoolSettings, drafts, freeBusy, clock, schoolZone, host } = services;
  const styles = useStyles();
  const [form, setForm] = useState<FindTimesForm>(() => ({
    ...defaultForm(services),
    ...(drafts.load(DRAFT) as Partial<FindTimesForm> | undefined),
  }));
  const [outcome, setOutcome] = useState<FindTimesOutcome>();
  const [chosen, setChosen] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [week, setWeek] = useState<LocalDate>();
  const [state, retry] = useAsync<Context>(async () => {
    const [children, staff, rooms, school] = await Promise.all([
      directory.children(),
      directory.staff(),
      directory.rooms(),
      schoolSettings.calendar(),
    ]);
    return { children, staff, rooms, school };
  }, [directory, schoolSettings]);

  useEffect(() => drafts.save(DRAFT, form), [drafts, form]);
  const change = (c: Partial<FindTimesForm>) => setForm((f) => ({ ...f, ...c }));

  async function chooseChild(id: string, ctx: Context) {
    const child = ctx.children.find((c) => c.id === id);
    const carers = await directory.carers(id);
    const adjustments = [
      ...new Set(
        carers
          .flatMap((c) => c.standingAdjustments.map(adjustmentFromText))
          .filter((a): a is AdjustmentCode => Boolean(a)),
      ),
    ];
    // Times are offered on the main contact's clock; other carers see theirs in their own invitation.
    const abroad = carers[0]?.timeZone;
    setOutcome(undefined);
    setForm((f) => ({
      ...f,
      childId: id,
      // Choices made while the child was loading are kept; switching to another child starts afresh.
      staff:
        f.childId && f.childId !== id
          ? suggestedStaff(f.typeId, child, ctx.staff)
          : { ...suggestedStaff(f.typeId, child, ctx.staff), ...f.staff },
      adjustments,
      familyZone: abroad ?? schoolZone,
      partySize: Math.max(1, carers.length),
    }));
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: a child named in the address is chosen once, when the lists arrive.
  useEffect(() => {
    if (state.status === "ready" && childId && childId !== form.childId)
      void chooseChild(childId, state.value);
  }, [state.status, childId]);

  async function search(ctx: Context) {
    if (!ctx.school) return;
    const input = toFindTimesInput(form, { staff: ctx.staff, rooms: ctx.rooms, school: ctx.school });
    if (typeof input === "string") {
      setProblem(input);
      return;
    }
    setProblem(undefined);
    setBusy(true);
    try {
      const found = await findTimes({ freeBusy, clock }, input);
      setOutcome(found);
      setChosen([]);
      const first = found.result.kind === "found" ? found.result.slots[0] : undefined;
      setWeek(
        mondayOf(first ? localDateFromIso(isoDateIn(first.start, schoolZone)) : localDateFromIso(form.from)),
      );
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="find-heading" className={styles.stack}>
      <Link href="#/meetings">Meetings</Link>
      <h2 id="find-heading">Find times</h2>
      <AsyncView state={state} retry={retry} loadingLabel="Loading children, staff and rooms…">
        {(ctx) =>
          !ctx.school ? (
            <MessageBar intent="warning" role="alert">
              <MessageBarBody>
                The school's term dates are not set yet. Ask your administrator to set them in Settings.
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <MeetingFields
                form={form}
                childList={ctx.children}
                staff={ctx.staff}
                onChange={change}
                onChild={(id) => void chooseChild(id, ctx)}
                onType={(typeId) => {
                  const child = ctx.children.find((c) => c.id === form.childId);
                  change({
                    typeId,
                    minutes: meetingType(typeId).minutes,
                    staff: suggestedStaff(typeId, child, ctx.staff),
                  });
                }}
              />
              <FamilyFields form={form} onChange={change} />
              <div className={styles.actions}>
                <Button appearance="primary" onClick={() => void search(ctx)} disabled={busy}>
                  Find times
                </Button>
                <Button onClick={() => setForm({ ...defaultForm(services), childId: form.childId })}>
                  Start again
                </Button>
                {busy && <Loading label="Checking everyone's calendars…" />}
              </div>
              {problem && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{problem}</MessageBarBody>
                </MessageBar>
              )}
              {outcome && outcome.unreadable.length > 0 && (
                <MessageBar intent="warning" role="alert">
                  <MessageBarBody>
                    We could not read these calendars, so check with them: {outcome.unreadable.join(", ")}.
                  </MessageBarBody>
                </MessageBar>
              )}
              {outcome && (
                <SlotResults
                  result={outcome.result}
                  schoolZone={schoolZone}
                  familyZone={form.familyZone}
                  locale={host.context.locale}
                  chosen={chosen}
                  onToggle={(start) =>
                    setChosen((c) => (c.includes(start) ? c.filter((x) => x !== start) : [...c, start]))
                  }
                />
              )}
              {outcome?.result.kind === "found" && chosen.length > 0 && (
                <OfferPanel
                  childId={form.childId}
                  typeId={form.typeId}
                  defaultPurpose={meetingType(form.typeId).purpose}
                  format={form.format}
                  invitees={ctx.staff.flatMap((s) => {
                    const how = form.staff[s.email];
                    return how === "required" || how === "optional"
                      ? [{ email: s.email, name: s.name, role: s.jobTitle, required: how === "required" }]
                      : [];
                  })}
                  slots={outcome.result.slots
                    .filter((s) => chosen.includes(s.start))
                    .sort((a, b) => a.start - b.start)
                    .map((s) => ({
                      start: s.start,
                      end: s.end,
                      roomEmail: s.room?.id,
                      roomName: s.room?.name,
                    }))}
                />
              )}
              {outcome && week !== undefined && (
                <WeekView
                  schedules={outcome.schedules}
                  names={
                    new Map([
                      ...ctx.staff.map((s) => [s.email, s.name] as const),
                      ...ctx.rooms.map((r) => [r.email, r.name] as const),
                    ])
                  }
                  slots={outcome.result.kind === "found" ? outcome.result.slots : []}
                  monday={week}
                  zone={ctx.school.zone}
                  locale={host.context.locale}
                  onWeek={setWeek}
                />
              )}
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
