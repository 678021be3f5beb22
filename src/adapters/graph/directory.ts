import type * as G from "@microsoft/microsoft-graph-types";
import { readStandingRecord, standingWords } from "../../domain/adjustments/standing";
import type { Directory } from "../../domain/ports/directory";
import {
  type Carer,
  type Child,
  type Room,
  type RoomFeature,
  roleFromJobTitle,
  type StaffMember,
} from "../../domain/school/people";
import { ianaZone } from "../../domain/time/zone";
import { type FamilyFields, familyFields } from "./records/familyFields";
import { listSpec } from "./records/schema";
import type { SiteRef } from "./site";
import type { GraphTransport } from "./transport";

/** Room features from what Exchange knows about the room: accessibility flag, tags and devices. */
export function roomFeatures(room: G.Room): RoomFeature[] {
  const tags = (room.tags ?? []).map((t) => t.toLowerCase());
  const features: RoomFeature[] = [];
  if (room.isWheelChairAccessible) features.push("stepFree");
  if (tags.some((t) => t.includes("loop")) || /loop/i.test(room.audioDeviceName ?? ""))
    features.push("hearingLoop");
  if (tags.some((t) => t === "quiet" || t === "informal")) features.push("quiet");
  if (tags.includes("large") || (room.capacity ?? 0) >= 12) features.push("large");
  return features;
}

function zoneOrUndefined(name: string | undefined) {
  if (!name) return undefined;
  try {
    return ianaZone(name);
  } catch (cause) {
    if (!(cause instanceof RangeError)) throw cause;
    return undefined;
  }
}

export function carerFromItem(id: string, f: FamilyFields): Carer {
  return {
    id,
    childId: f.ChildId,
    name: f.CarerName,
    email: f.CarerEmail,
    relationship: f.Relationship ?? "Parent/carer",
    preferredLanguage: f.PreferredLanguage || "en",
    timeZone: zoneOrUndefined(f.TimeZone),
    household: f.Household || "1",
    standingAdjustments: standingWords(f.StandingAdjustments ?? ""),
    standing: [...readStandingRecord(f.StandingAdjustments ?? "").items],
    standingRemoved: readStandingRecord(f.StandingAdjustments ?? "").removed,
    otherEmails: (f.OtherCarerEmails ?? "")
      .slice(0, 2_000)
      .split(/[;,\s]+/)
      .map((a) => a.trim().toLowerCase())
      .filter((a) => a.includes("@")),
  };
}

/** Staff and rooms from Microsoft 365; children and carers from the school's own list. */
export class GraphDirectory implements Directory {
  constructor(
    private readonly graph: GraphTransport,
    private readonly site: SiteRef,
  ) {}

  async me(): Promise<StaffMember> {
    const u = (
      await this.graph.request<G.User>({ method: "GET", path: "/me?$select=id,displayName,mail,jobTitle" })
    ).body;
    return {
      id: u.id ?? "",
      name: u.displayName ?? "",
      email: (u.mail ?? "").toLowerCase(),
      jobTitle: u.jobTitle ?? "",
      role: roleFromJobTitle(u.jobTitle ?? ""),
    };
  }

  async staff(): Promise<StaffMember[]> {
    const users = await this.graph.getAll<G.User>("/users?$select=id,displayName,mail,jobTitle&$top=999");
    return users
      .filter((u) => u.mail && u.displayName)
      .map((u) => ({
        id: u.id ?? "",
        name: u.displayName ?? "",
        email: (u.mail ?? "").toLowerCase(),
        jobTitle: u.jobTitle ?? "",
        role: roleFromJobTitle(u.jobTitle ?? ""),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async rooms(): Promise<Room[]> {
    const rooms = await this.graph.getAll<G.Room>("/places/microsoft.graph.room?$top=100");
    return rooms
      .filter((r) => r.emailAddress)
      .map((r) => ({
        id: r.id ?? "",
        name: r.displayName ?? "",
        email: (r.emailAddress ?? "").toLowerCase(),
        capacity: r.capacity ?? 0,
        features: roomFeatures(r),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async children(): Promise<Child[]> {
    const path = await this.site.listPath(listSpec("families").displayName);
    const items = await this.graph.getAll<{ id: string; fields: unknown }>(
      `${path}/items?$expand=fields&$top=999`,
    );
    const byId = new Map<string, Child>();
    for (const item of items) {
      const f = familyFields(item.fields);
      if (!f) continue;
      const known = byId.get(f.ChildId);
      // The flag is the child's; if rows ever disagree, any row saying "apart" wins (the safe side).
      byId.set(f.ChildId, {
        id: f.ChildId,
        name: known?.name ?? f.ChildName,
        yearGroup: known?.yearGroup ?? f.YearGroup ?? "",
        classTeacherId: known ? known.classTeacherId : f.ClassTeacherEmail || undefined,
        keepHouseholdsApart: (known?.keepHouseholdsApart ?? false) || f.KeepHouseholdsApart,
      });
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  async carers(childId: string): Promise<Carer[]> {
    const path = await this.site.listPath(listSpec("families").displayName);
    const filter = encodeURIComponent(`fields/ChildId eq '${childId.replaceAll("'", "''")}'`);
    const items = await this.graph.getAll<{ id: string; fields: unknown }>(
      `${path}/items?$expand=fields&$filter=${filter}`,
    );
    return items
      .flatMap((i) => {
        const f = familyFields(i.fields);
        return f ? [carerFromItem(i.id, f)] : [];
      })
      .sort((a, b) => a.household.localeCompare(b.household) || a.name.localeCompare(b.name));
  }

  async allCarers(): Promise<Carer[]> {
    const path = await this.site.listPath(listSpec("families").displayName);
    // No filter: a whole-list read in pages is not limited by the list view threshold.
    const items = await this.graph.getAll<{ id: string; fields: unknown }>(
      `${path}/items?$expand=fields&$top=999`,
    );
    return items
      .flatMap((i) => {
        const f = familyFields(i.fields);
        return f ? [carerFromItem(i.id, f)] : [];
      })
      .sort(
        (a, b) =>
          a.childId.localeCompare(b.childId) ||
          a.household.localeCompare(b.household) ||
          a.name.localeCompare(b.name),
      );
  }
}
