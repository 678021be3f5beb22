import { ServiceError } from "../../../domain/errors";
import type {
  MeetingRecord,
  NewTimelineEntry,
  Records,
  TimelineEntry,
  TimelineKind,
  Versioned,
} from "../../../domain/ports/records";
import { instant, instantFromIso, instantToIso } from "../../../domain/time/instant";
import type { SiteRef } from "../site";
import type { GraphTransport } from "../transport";
import { listSpec } from "./schema";

interface Item<F> {
  id: string;
  eTag?: string;
  fields: F;
}

interface TimelineFields {
  ChildId: string;
  EntryDate: string;
  Kind: string;
  Summary?: string;
  Details?: string;
  MeetingRef?: string;
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
];
const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;

function entryFrom(item: Item<TimelineFields>): TimelineEntry {
  const f = item.fields;
  return {
    id: item.id,
    childId: f.ChildId,
    at: instantFromIso(f.EntryDate),
    kind: KINDS.includes(f.Kind as TimelineKind) ? (f.Kind as TimelineKind) : "note",
    summary: f.Summary ?? "",
    details: f.Details ?? "",
    meetingRef: f.MeetingRef ?? "",
  };
}

function meetingFrom(item: Item<MeetingFields>): Versioned<MeetingRecord> {
  const f = item.fields;
  return {
    value: {
      id: item.id,
      childId: f.ChildId,
      status: f.Status,
      updatedAt: instantFromIso(f.UpdatedAt),
      data: f.Data ?? "",
    },
    version: item.eTag ?? "",
  };
}

/**
 * Timeline and meeting records in SharePoint lists. Every read filters on an indexed column
 * (ChildId), so it keeps working on lists far past the 5,000-item threshold; every update sends
 * `If-Match`, so a concurrent edit surfaces as a conflict instead of being overwritten.
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
    const res = await this.graph.request<Item<TimelineFields>>({
      method: "POST",
      path: `${path}/items`,
      body: {
        fields: {
          Title: entry.summary.slice(0, 255),
          ChildId: entry.childId,
          EntryDate: instantToIso(entry.at),
          Kind: entry.kind,
          Summary: entry.summary.slice(0, 255),
          Details: entry.details,
          MeetingRef: entry.meetingRef,
        },
      },
    });
    return entryFrom(res.body);
  }

  async meeting(id: string): Promise<Versioned<MeetingRecord>> {
    const path = await this.site.listPath(listSpec("meetings").displayName);
    const res = await this.graph.request<Item<MeetingFields>>({
      method: "GET",
      path: `${path}/items/${encodeURIComponent(id)}?$expand=fields`,
    });
    return meetingFrom(res.body);
  }

  async meetingsFor(childId: string): Promise<Versioned<MeetingRecord>[]> {
    const path = await this.site.listPath(listSpec("meetings").displayName);
    const filter = encodeURIComponent(`fields/ChildId eq ${quote(childId)}`);
    const items = await this.graph.getAll<Item<MeetingFields>>(
      `${path}/items?$expand=fields&$filter=${filter}&$top=500`,
    );
    return items.map(meetingFrom);
  }

  async meetingsWithStatus(status: string): Promise<Versioned<MeetingRecord>[]> {
    const path = await this.site.listPath(listSpec("meetings").displayName);
    const filter = encodeURIComponent(`fields/Status eq ${quote(status)}`);
    const items = await this.graph.getAll<Item<MeetingFields>>(
      `${path}/items?$expand=fields&$filter=${filter}&$top=500`,
    );
    return items.map(meetingFrom);
  }

  async saveMeeting(record: MeetingRecord, version: string | undefined): Promise<Versioned<MeetingRecord>> {
    const path = await this.site.listPath(listSpec("meetings").displayName);
    const fields = {
      ChildId: record.childId,
      Status: record.status,
      UpdatedAt: instantToIso(record.updatedAt),
      Data: record.data,
    };
    if (!record.id) {
      const res = await this.graph.request<Item<MeetingFields>>({
        method: "POST",
        path: `${path}/items`,
        body: { fields: { Title: record.status, ...fields } },
      });
      return meetingFrom(res.body);
    }
    if (!version)
      throw new ServiceError(
        "conflict",
        "An existing meeting record can only be saved with the version it was read at.",
      );
    const res = await this.graph.request<MeetingFields & { "@odata.etag"?: string }>({
      method: "PATCH",
      path: `${path}/items/${encodeURIComponent(record.id)}/fields`,
      body: fields,
      headers: { "If-Match": version },
    });
    return {
      value: { ...record, updatedAt: instant(record.updatedAt) },
      version: res.body["@odata.etag"] ?? "",
    };
  }
}
