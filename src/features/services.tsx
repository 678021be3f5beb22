import { createContext, type ReactNode, useContext } from "react";
import type { AgendaActions } from "../domain/agendas/agendaActions";
import type { Dashboard } from "../domain/dashboard/dashboard";
import type { ChildrenOverview } from "../domain/families/childAttention";
import type { MeetingActions, OfferActions } from "../domain/meetings/meetingActions";
import type { OutlookActions } from "../domain/outlook/outlookActions";
import type { Calendar } from "../domain/ports/calendar";
import type { Directory } from "../domain/ports/directory";
import type { DocumentRenderer } from "../domain/ports/documents";
import type { Drafts } from "../domain/ports/drafts";
import type { FamilyContacts } from "../domain/ports/family-contacts";
import type { FreeBusy } from "../domain/ports/free-busy";
import type { Host } from "../domain/ports/host";
import type { Mail } from "../domain/ports/mail";
import type { Records } from "../domain/ports/records";
import type { RecordsSetup } from "../domain/ports/records-setup";
import type { SchoolSettings } from "../domain/ports/school-settings";
import type { Session } from "../domain/ports/session";
import type { TimelineFeed } from "../domain/ports/timeline-feed";
import type { SummaryActions } from "../domain/summaries/summaryActions";
import type { Clock } from "../domain/time/clock";
import type { IanaZone } from "../domain/time/zone";

/** Controls that exist only on the demo tenant (never in a school's deployment). */
export interface DemoControls {
  reset(): Promise<void>;
  /** Makes the next matching Graph call fail, to see how the app copes. */
  injectFault(fault: "throttle" | "unavailable" | "timeout" | "conflict"): Promise<void>;
  /** Mail the demo school sent to families (outside the tenant), newest last. */
  sentToFamilies(): Promise<
    readonly {
      readonly id: string;
      readonly to: string;
      readonly subject: string;
      readonly html: string;
      /** The names of files attached (a summary's document). */
      readonly attachments?: readonly string[];
    }[]
  >;
}

/** What features use; `src/app` builds it from live or demo adapters. */
export interface Services {
  readonly host: Host;
  /** Who is signed in, and signing out (drafts on this device go with it). */
  readonly session: Session;
  readonly clock: Clock;
  readonly schoolZone: IanaZone;
  /**
   * The school's locale for staff dates when the host (Teams, Outlook) names none — a plain browser
   * does not count (`VITE_SCHOOL_LOCALE`; en-GB when absent).
   */
  readonly schoolLocale?: string;
  readonly directory: Directory;
  readonly records: Records;
  /** Each child's timeline, shown at once from the last read and refreshed behind it. */
  readonly timelines: TimelineFeed;
  readonly setup: RecordsSetup;
  readonly families: FamilyContacts;
  readonly freeBusy: FreeBusy;
  readonly schoolSettings: SchoolSettings;
  readonly drafts: Drafts;
  readonly mail: Mail;
  readonly calendar: Calendar;
  /** Offers and meetings after the offer: the use cases screens call. */
  readonly offers: OfferActions;
  readonly meetings: MeetingActions;
  /** The Outlook pane's use cases: the open email or appointment, with the same records. */
  readonly outlook: OutlookActions;
  /** Each booked meeting's agenda: edited by staff, sent in good time, changes sent as updates. */
  readonly agendas: AgendaActions;
  /** Follow-up summaries after a meeting, and the actions they track. */
  readonly summaries: SummaryActions;
  /** The children list with who needs attention (households, adjustments, offers, reviews). */
  readonly childrenOverview: ChildrenOverview;
  /** The pastoral team's dashboard for a scope (caseload, year group, child). */
  readonly dashboard: Dashboard;
  /** Draws documents (a timeline export, an agenda) as .docx. */
  readonly documents: DocumentRenderer;
  /** The address of the parent response page (`parent.html`) families' links open. */
  readonly parentPageUrl: string;
  readonly random: () => number;
  readonly demo: DemoControls | undefined;
}

const ServicesContext = createContext<Services | undefined>(undefined);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside ServicesProvider");
  return services;
}
