import { z } from "zod";
import { isServiceError, ServiceError } from "../../../domain/errors";
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
  adjustmentReminderSchoolDays: z.number().int().min(0).max(30).optional(),
  reviewsPerYear: z.number().int().min(1).max(12).optional(),
  agendaSchoolDays: z.number().int().min(0).max(30).optional(),
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
    const { adjustmentReminderSchoolDays: days, ...rest } = parsed.data;
    return days === undefined ? rest : { ...rest, adjustmentReminderSchoolDays: days };
  }

  saveProfile(profile: SchoolProfile): Promise<void> {
    return this.save(PROFILE, JSON.stringify(profile));
  }

  /** One setting's stored value (JSON text), for settings kept beside the profile. */
  async value(key: string): Promise<string | undefined> {
    return (await this.item(key)).item?.fields.Value || undefined;
  }

  /** Saves one setting's value exactly once (see below). */
  saveValue(key: string, value: string): Promise<void> {
    return this.save(key, value);
  }

  /**
   * Saves one setting exactly once. A setting's key names its item and its value is written whole,
   * so a save whose answer was lost is settled by reading the item back: holding our value, it
   * happened; otherwise a create is sent again, and an update only if the item is unchanged.
   */
  private async save(key: string, Value: string, tries = 3): Promise<void> {
    const { path, item } = await this.item(key);
    try {
      if (item) {
        await this.graph.request({
          method: "PATCH",
          path: `${path}/items/${item.id}/fields`,
          body: { Value },
          headers: item.eTag ? { "If-Match": item.eTag } : {},
          safeToRepeat: !item.eTag,
        });
      } else {
        await this.graph.request({
          method: "POST",
          path: `${path}/items`,
          body: { fields: { Title: key, Key: key, Value } },
        });
      }
    } catch (e) {
      if (!isServiceError(e, "uncertain")) throw e;
      const now = (await this.item(key)).item;
      if (now?.fields.Value === Value) return;
      if (item && now?.eTag !== item.eTag)
        throw new ServiceError("conflict", `The setting ${key} was changed by someone else`, { status: 412 });
      if (tries <= 1) throw e;
      await this.save(key, Value, tries - 1);
    }
  }
}
