import { ServiceError } from "../../../domain/errors";
import type { MeetingStatus } from "../../../domain/meetings/meetingStatus";
import type {
  MeetingItem,
  MeetingWrite,
  NewTimelineEntry,
  Records,
  TimelineEntry,
  TimelineKind,
} from "../../../domain/ports/records";
import { instantFromIso, instantToIso } from "../../../domain/time/instant";
import type { SiteRef } from "../site";
import type { GraphTransport } from "../transport";
import { listSpec } from "./schema";
import { createOnce, type ListItem as Item, patchOnce } from "./writeOnce";

interface TimelineFields {
  ChildId: string;
  EntryDate: string;
  Kind: string;
  Summary?: string;
  Details?: string;
  MeetingRef?: string;
  EntryKey?: string;
}

interface MeetingFields {
  ChildId: string;
  Status: string;
  UpdatedAt: string;
  Data?: string;
}

const KINDS: readonly TimelineKind[] = [
  "request",
  "offer",
  "reply",
  "booking",
  "agenda",
  "adjustment",
  "summary",
  "action",
  "note",
  "document",
];
const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;

function entryFrom(item: Item<TimelineFields>): TimelineEntry {
  const f = item.fields;
  const author = item.createdBy?.user?.displayName;
  return {
    id: item.id,
    childId: f.ChildId,
    at: instantFromIso(f.EntryDate),
    kind: KINDS.includes(f.Kind as TimelineKind) ? (f.Kind as TimelineKind) : "note",
    summary: f.Summary ?? "",
    details: f.Details ?? "",
    meetingRef: f.MeetingRef ?? "",
    key: f.EntryKey ?? "",
    ...(author ? { author } : {}),
  };
}

function meetingFrom(item: Item<MeetingFields>): MeetingItem {
  const f = item.fields;
  return {
    id: item.id,
    version: item.eTag ?? "",
    childId: f.ChildId ?? "",
    status: f.Status ?? "",
    data: f.Data ?? "",
  };
}

/**
 * Timeline and meeting records in SharePoint lists. Every read filters on an indexed column
 * (ChildId), so it keeps working on lists far past the 5,000-item threshold; every update sends
 * `If-Match`, so a concurrent edit surfaces as a conflict instead of being overwritten; every write
 * carries a client key, so one whose answer was lost is found, not repeated (see writeOnce).
 */
export class GraphRecords implements Records {
  constructor(
    private readonly graph: GraphTransport,
    private readonly site: SiteRef,
  ) {}

  async timeline(childId: string): Promise<TimelineEntry[]> {
    const path = await this.site.listPath(listSpec("timeline").displayName);
    const filter = encodeURIComponent(`fields/ChildId eq ${quote(childId)}`);
    const items = await this.graph.getAll<Item<TimelineFields>>(
      `${path}/items?$expand=fields&$filter=${filter}&$top=500`,
    );
    return items.map(entryFrom).sort((a, b) => a.at - b.at || Number(a.id) - Number(b.id));
  }

  async addTimelineEntry(entry: NewTimelineEntry): Promise<TimelineEntry> {
    const path = await this.site.listPath(listSpec("timeline").displayName);
    const item = await createOnce<TimelineFields>(this.graph, path, {
      Title: entry.summary.slice(0, 255),
      ChildId: entry.childId,
      EntryDate: instantToIso(entry.at),
      Kind: entry.kind,
      Summary: entry.summary.slice(0, 255),
      Details: entry.details,
      MeetingRef: entry.meetingRef,
      EntryKey: entry.key,
    });
    return entryFrom(item);
  }

  async timelineKeys(meetingRef: string): Promise<ReadonlySet<string>> {
    const path = await this.site.listPath(listSpec("timeline").displayName);
    const filter = encodeURIComponent(`fields/MeetingRef eq ${quote(meetingRef)}`);
    const items = await this.graph.getAll<Item<TimelineFields>>(
      `${path}/items?$expand=fields($select=EntryKey)&$filter=${filter}&$top=500`,
    );
    return new Set(items.map((i) => i.fields.EntryKey ?? "").filter(Boolean));
  }

  async meeting(id: string): Promise<MeetingItem> {
    const path = await this.site.listPath(listSpec("meetings").displayName);
    const res = await this.graph.request<Item<MeetingFields>>({
      method: "GET",
      path: `${path}/items/${encodeURIComponent(id)}?$expand=fields`,
    });
    return meetingFrom(res.body);
  }

  async meetingsFor(childId: string): Promise<MeetingItem[]> {
    const path = await this.site.listPath(listSpec("meetings").displayName);
    const filter = encodeURIComponent(`fields/ChildId eq ${quote(childId)}`);
    const items = await this.graph.getAll<Item<MeetingFields>>(
      `${path}/items?$expand=fields&$filter=${filter}&$top=500`,
    );
    return items.map(meetingFrom);
  }

  async meetingsWithStatus(statuses: readonly MeetingStatus[]): Promise<MeetingItem[]> {
    if (statuses.length === 0) return [];
    const path = await this.site.listPath(listSpec("meetings").displayName);
    const filter = encodeURIComponent(statuses.map((s) => `fields/Status eq ${quote(s)}`).join(" or "));
    const items = await this.graph.getAll<Item<MeetingFields>>(
      `${path}/items?$expand=fields&$filter=${filter}&$top=500`,
    );
    return items.map(meetingFrom);
  }

  async saveMeeting(
    record: MeetingWrite,
    version: string | undefined,
  ): Promise<{ id: string; version: string }> {
    const path = await this.site.listPath(listSpec("meetings").displayName);
    const fields = {
      ChildId: record.childId,
      Status: record.status,
      UpdatedAt: instantToIso(record.updatedAt),
      Data: record.data,
    };
    if (!record.id) {
      const item = await createOnce<MeetingFields>(this.graph, path, { Title: record.status, ...fields });
      return { id: item.id, version: item.eTag ?? "" };
    }
    if (!version)
      throw new ServiceError(
        "conflict",
        "An existing meeting record can only be saved with the version it was read at.",
      );
    return { id: record.id, version: await patchOnce(this.graph, path, record.id, version, fields) };
  }
}
