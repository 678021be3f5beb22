import { z } from "zod";
import type { SchoolProfile, SchoolSettings } from "../../../domain/ports/school-settings";
import type { SchoolCalendar } from "../../../domain/scheduling/request";
import { schoolCalendarFromJson, schoolCalendarToJson } from "../../../domain/school/schoolCalendarJson";
import type { SiteRef } from "../site";
import type { GraphTransport } from "../transport";
import { listSpec } from "./schema";

const CALENDAR = "SchoolCalendar";
const PROFILE = "SchoolProfile";

const profileSchema = z.object({
  name: z.string().min(1),
  phone: z.string(),
  jurisdiction: z.enum(["scotland", "england"]),
});

interface SettingItem {
  id: string;
  eTag?: string;
  fields: { Value?: string };
}

/** Settings as key/value items in "CG Settings", looked up by the indexed Key column. */
export class GraphSchoolSettings implements SchoolSettings {
  constructor(
    private readonly graph: GraphTransport,
    private readonly site: SiteRef,
  ) {}

  private async item(key: string): Promise<{ path: string; item: SettingItem | undefined }> {
    const path = await this.site.listPath(listSpec("settings").displayName);
    const filter = encodeURIComponent(`fields/Key eq '${key}'`);
    const items = await this.graph.getAll<SettingItem>(`${path}/items?$expand=fields&$filter=${filter}`);
    return { path, item: items[0] };
  }

  async calendar(): Promise<SchoolCalendar | undefined> {
    const { item } = await this.item(CALENDAR);
    return item?.fields.Value ? schoolCalendarFromJson(JSON.parse(item.fields.Value)) : undefined;
  }

  saveCalendar(calendar: SchoolCalendar): Promise<void> {
    return this.save(CALENDAR, JSON.stringify(schoolCalendarToJson(calendar)));
  }

  async profile(): Promise<SchoolProfile | undefined> {
    const { item } = await this.item(PROFILE);
    if (!item?.fields.Value) return undefined;
    const parsed = profileSchema.safeParse(JSON.parse(item.fields.Value));
    if (!parsed.success)
      throw new RangeError(`The school profile setting is not valid: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }

  saveProfile(profile: SchoolProfile): Promise<void> {
    return this.save(PROFILE, JSON.stringify(profile));
  }

  private async save(key: string, Value: string): Promise<void> {
    const { path, item } = await this.item(key);
    if (item) {
      await this.graph.request({
        method: "PATCH",
        path: `${path}/items/${item.id}/fields`,
        body: { Value },
        headers: item.eTag ? { "If-Match": item.eTag } : {},
      });
    } else {
      await this.graph.request({
        method: "POST",
        path: `${path}/items`,
        body: { fields: { Title: key, Key: key, Value } },
      });
    }
  }
}
