import { localDrafts } from "../../src/adapters/browser/localDrafts";
import { prng } from "../../src/adapters/demo-tenant/seed/prng";
import { DEMO_SCHOOL_CALENDAR } from "../../src/adapters/demo-tenant/seed/schoolCalendar";
import { docxRenderer } from "../../src/adapters/docx/docxRenderer";
import { GraphCalendar } from "../../src/adapters/graph/calendar";
import { GraphDirectory } from "../../src/adapters/graph/directory";
import { GraphDocumentLibrary } from "../../src/adapters/graph/documentLibrary";
import { GraphFreeBusy } from "../../src/adapters/graph/freeBusy";
import { GraphMail } from "../../src/adapters/graph/mail";
import { GraphAgendaTemplates } from "../../src/adapters/graph/records/agendaTemplates";
import { GraphFamilyContacts } from "../../src/adapters/graph/records/familyImport";
import { GraphRecords } from "../../src/adapters/graph/records/records";
import { GraphSchoolSettings } from "../../src/adapters/graph/records/schoolSettings";
import { GraphRecordsSetup } from "../../src/adapters/graph/records/setup";
import { GraphSummaryDrafts } from "../../src/adapters/graph/records/summaryDrafts";
import { GraphScheduledMail } from "../../src/adapters/graph/scheduledMail";
import { SiteRef } from "../../src/adapters/graph/site";
import { agendaActions } from "../../src/app/agendas/agendaActions";
import { familyTexts, type MeetingPorts } from "../../src/app/meetings/flowContext";
import { inProcessReplyReader } from "../../src/app/meetings/inProcessReplyReader";
import { meetingActions } from "../../src/app/meetings/meetingActions";
import { MeetingStore } from "../../src/app/meetings/meetingStore";
import { offerActions } from "../../src/app/meetings/offerActions";
import { summaryActions } from "../../src/app/summaries/summaryActions";
import type { FamilyRow } from "../../src/domain/families/misCsv";
import type { MeetingDeps } from "../../src/domain/meetings/flows/flowDeps";
import type { OfferDraft } from "../../src/domain/meetings/flows/offerFlow";
import type { Meeting, StoredMeeting } from "../../src/domain/meetings/meeting";
import type { ReplyReader } from "../../src/domain/ports/reply-reader";
import type { ReplyAnswer } from "../../src/domain/replies/replyAnswer";
import { schoolCalendarFromJson } from "../../src/domain/school/schoolCalendarJson";
import { instant } from "../../src/domain/time/instant";
import { ianaZone } from "../../src/domain/time/zone";
import { serveDemoTenant, TEST_NOW } from "./demoTenantServer";

export const SITE = "commonground.sharepoint.com:/sites/pastoral";
export const ME = "aileen.macrae@glenmore.example.org";
export const HOUR = 3_600_000;
export const SCHOOL = {
  name: "Glenmore Primary School",
  phone: "01234 567890",
  jurisdiction: "scotland" as const,
};

/** A split family: Samira (Polish, household 1) and Faisal (English, in Dubai, household 2). */
export const SPLIT_FAMILY: FamilyRow[] = [
  {
    childId: "GP9001",
    childName: "Noor Aziz",
    yearGroup: "P3",
    classTeacherEmail: "",
    carerName: "Samira Aziz",
    relationship: "Mother",
    carerEmail: "samira@example.net",
    preferredLanguage: "pl",
    timeZone: "",
    household: "1",
    standingAdjustments: [],
    keepHouseholdsApart: false,
  },
  {
    childId: "GP9001",
    childName: "Noor Aziz",
    yearGroup: "P3",
    classTeacherEmail: "",
    carerName: "Faisal Aziz",
    relationship: "Father",
    carerEmail: "faisal@example.net",
    preferredLanguage: "en",
    timeZone: "Asia/Dubai",
    household: "2",
    standingAdjustments: [],
    keepHouseholdsApart: false,
  },
];

export function answer(choice: number | null, extra: Partial<ReplyAnswer> = {}): ReplyAnswer {
  return {
    ref: "",
    choice,
    availability: "",
    adjustments: [],
    interpreterLanguage: "",
    otherNeeds: "",
    supporter: null,
    speakingOrder: "noPreference",
    message: "",
    ...extra,
  };
}

/**
 * The meeting use cases as the app builds them, over the production Graph adapters, against the
 * demo tenant over HTTP (msw). `store` may be swapped for one that stops part-way.
 */
export function meetingWorld() {
  const { ctx, reset: resetTenant } = serveDemoTenant();
  // Drafts outlive a build, as localStorage outlives a reload.
  const memory = new Map<string, string>();
  const reset = async () => {
    memory.clear();
    await resetTenant();
  };

  async function build(
    options: {
      store?: (records: GraphRecords, ports: MeetingPorts) => MeetingStore;
      replyReader?: ReplyReader;
    } = {},
  ) {
    const graph = ctx.transport();
    const site = new SiteRef(graph, SITE);
    const records = new GraphRecords(graph, site);
    const directory = new GraphDirectory(graph, site);
    const schoolSettings = new GraphSchoolSettings(graph, site);
    const ports: MeetingPorts = {
      records,
      directory,
      families: new GraphFamilyContacts(graph, site),
      schoolSettings,
      calendar: new GraphCalendar(graph),
      mail: new GraphMail(graph),
      scheduledMail: new GraphScheduledMail(graph),
      replyReader: options.replyReader ?? inProcessReplyReader,
      documents: docxRenderer,
      library: new GraphDocumentLibrary(graph, site),
      freeBusy: new GraphFreeBusy(graph),
      clock: { now: () => instant(ctx.now) },
      random: prng(7),
      parentPageUrl: "https://app.test/parent.html",
      schoolZone: ianaZone("Europe/London"),
    };
    const store = options.store?.(records, ports) ?? new MeetingStore(records, ports.clock);
    const deps: MeetingDeps = {
      ...ports,
      school: SCHOOL,
      sender: { name: "Aileen MacRae", email: ME },
      texts: familyTexts,
      rooms: () => directory.rooms(),
      pause: async () => undefined,
    };
    const storage = {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k),
    } as Pick<Storage, "getItem" | "setItem" | "removeItem">;
    const drafts = localDrafts(storage as Storage);
    return {
      graph,
      records,
      directory,
      store,
      deps,
      meetings: meetingActions(ports, store, async () => deps),
      offers: offerActions(ports, store, async () => deps, drafts),
      agendas: agendaActions(
        { ...ports, agendaTemplates: new GraphAgendaTemplates(schoolSettings) },
        store,
        async () => deps,
      ),
      summaries: summaryActions(
        { ...ports, summaryDrafts: new GraphSummaryDrafts(graph, site) },
        store,
        async () => deps,
        drafts,
      ),
    };
  }

  /** Lists, the split family, the school's profile and calendar: a school's set-up, then a draft of three Saturday times. */
  async function setUp(family: readonly FamilyRow[] = SPLIT_FAMILY) {
    const graph = ctx.transport();
    const site = new SiteRef(graph, SITE);
    await new GraphRecordsSetup(graph, site).provision(() => undefined);
    await new GraphFamilyContacts(graph, site).importRows(family);
    const settings = new GraphSchoolSettings(graph, site);
    await settings.saveProfile(SCHOOL);
    await settings.saveCalendar(schoolCalendarFromJson(DEMO_SCHOOL_CALENDAR));
    const carers = await new GraphDirectory(graph, site).carers(family[0]?.childId ?? "");
    // Three Saturday-morning slots a week ahead: nobody's seeded calendar is busy then.
    const saturday = TEST_NOW + 5 * 24 * HOUR;
    const slots = [0, 1, 2].map((i) => ({
      start: instant(saturday + i * HOUR),
      end: instant(saturday + (i + 1) * HOUR),
      roomEmail: "family-room@glenmore.example.org",
      roomName: "Family Room",
    }));
    const draft: OfferDraft = {
      childId: family[0]?.childId ?? "",
      typeId: "supportPlanReview",
      purpose: "to look together at how things are going and agree the next steps",
      note: "Looking forward to seeing you <both>.",
      format: "inPerson",
      invitees: [
        { email: ME, name: "Aileen MacRae", role: "SENCo", required: true },
        { email: "david.lee@glenmore.example.org", name: "David Lee", role: "Class teacher", required: true },
      ],
      carers,
      slots,
      holds: true,
      keepApart: false,
      baseMinutes: 60,
      allowedFor: [],
    };
    return { draft, ...(await build()) };
  }

  /** What a run leaves behind, to compare an interrupted and resumed run with a clean one. */
  function footprint(
    stored: StoredMeeting | Meeting,
    timeline: readonly { kind: string; summary: string }[],
  ) {
    const meeting = "meeting" in stored ? stored.meeting : stored;
    const snapshot = ctx.tenant.snapshot;
    const events = (snapshot.calendars[ME] ?? [])
      .map(
        (e) =>
          `${e.subject} ${e.start?.dateTime} ${e.showAs} ${(e.attendees ?? [])
            .map((a) => a.emailAddress?.address)
            .sort()
            .join(",")}`,
      )
      .sort();
    const mail = snapshot.external.map((m) => `${m.to}: ${m.message.subject}`).sort();
    const sent = (snapshot.mailboxes[ME] ?? []).filter((m) => m.parentFolderId === "sentitems").length;
    return {
      status: meeting.status,
      work: meeting.work,
      done: [...meeting.done].sort(),
      events,
      mail,
      sent,
      timeline: timeline.map((e) => `${e.kind}: ${e.summary}`).sort(),
    };
  }

  /** The keys of the drafts this device holds (offers being sent). */
  const draftKeys = () => [...memory.keys()];

  return { ctx, reset, build, setUp, footprint, draftKeys };
}

/** A store that dies at one save: before it is written, or just after. */
export class StoppingStore extends MeetingStore {
  saves = 0;
  constructor(
    records: GraphRecords,
    ports: MeetingPorts,
    private readonly stopAt: number,
    private readonly when: "before" | "after",
  ) {
    super(records, ports.clock);
  }

  override async save(previous: StoredMeeting, meeting: Meeting): Promise<StoredMeeting> {
    this.saves += 1;
    if (this.saves === this.stopAt && this.when === "before")
      throw new Error(`stopped before save ${this.stopAt}`);
    const saved = await super.save(previous, meeting);
    if (this.saves === this.stopAt && this.when === "after")
      throw new Error(`stopped after save ${this.stopAt}`);
    return saved;
  }
}
