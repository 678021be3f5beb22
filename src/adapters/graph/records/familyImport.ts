import {
  mergeImported,
  readStanding,
  readStandingRecord,
  type StandingRecord,
  writeStanding,
} from "../../../domain/adjustments/standing";
import { isServiceError, ServiceError } from "../../../domain/errors";
import type { FamilyRow } from "../../../domain/families/misCsv";
import { isFormulaLike } from "../../../domain/families/spreadsheetCell";
import type { FamilyContacts, ImportResult } from "../../../domain/ports/family-contacts";
import { type BatchRequest, type BatchResult, sendBatch } from "../batch";
import type { SiteRef } from "../site";
import type { GraphTransport } from "../transport";
import { type FamilyFields, familyFields } from "./familyFields";
import { listSpec, WRITE_KEY } from "./schema";
import { newWriteKey } from "./writeOnce";

/** The columns written for one carer; KeepHouseholdsApart only when there is something to say. */
type FieldsToWrite = Omit<FamilyFields, "KeepHouseholdsApart" | "WriteKey"> & {
  Title: string;
  KeepHouseholdsApart?: boolean;
};

interface KnownItem {
  readonly id: string;
  readonly eTag: string | undefined;
  readonly fields: FamilyFields;
}

function toFields(row: FamilyRow, apart: boolean | undefined): FieldsToWrite {
  return {
    Title: row.carerName,
    ChildId: row.childId,
    ChildName: row.childName,
    YearGroup: row.yearGroup,
    ClassTeacherEmail: row.classTeacherEmail,
    CarerName: row.carerName,
    Relationship: row.relationship,
    CarerEmail: row.carerEmail,
    PreferredLanguage: row.preferredLanguage,
    TimeZone: row.timeZone,
    Household: row.household,
    StandingAdjustments: row.standingAdjustments.join("; "),
    ...(apart === undefined ? {} : { KeepHouseholdsApart: apart }),
  };
}

const keyOf = (childId: string, email: string) => `${childId}\u0000${email.toLowerCase()}`;

/**
 * Standing adjustments kept with the family's consent (the structured form) are not replaced by
 * the export's words: what the export adds is added, nothing kept with consent is lost, and one
 * the family asked to remove is not brought back by the export still listing it.
 */
function keepConsent(fields: FieldsToWrite, current: KnownItem | undefined): FieldsToWrite {
  const kept = current?.fields.StandingAdjustments ?? "";
  if (!kept.trim().startsWith("{")) return fields;
  const merged = mergeImported(readStandingRecord(kept), readStanding(fields.StandingAdjustments ?? ""));
  return { ...fields, StandingAdjustments: writeStanding(merged.items, merged.removed) };
}

/** An update of one item's fields that fails (412) if someone changed the item since we read it. */
function patch(path: string, item: KnownItem, body: object): BatchRequest {
  return {
    method: "PATCH",
    path: `${path}/items/${item.id}/fields`,
    body: { ...body, [WRITE_KEY]: newWriteKey() },
    headers: item.eTag ? { "If-Match": item.eTag } : {},
    // Repeated after a lost answer, a conditional update would meet itself as a 412.
    safeToRepeat: !item.eTag,
  };
}

/** Whether a failed write may still have been carried out. */
function mayHaveRun(error: ServiceError): boolean {
  return (
    ["uncertain", "timeout", "unavailable", "network"].includes(error.code) || (error.status ?? 0) >= 500
  );
}

/** The WriteKey a request carries (a create's is under `fields`). */
function writeKeyOf(req: BatchRequest | undefined): string | undefined {
  const body = (req?.body ?? {}) as Record<string, unknown> & { fields?: Record<string, unknown> };
  const key = (body.fields ?? body)[WRITE_KEY];
  return typeof key === "string" ? key : undefined;
}

/** Imports the MIS export into "CG Family Contacts" through `$batch`, updating known carers in place. */
export class GraphFamilyContacts implements FamilyContacts {
  constructor(
    private readonly graph: GraphTransport,
    private readonly site: SiteRef,
  ) {}

  private async items(filterChildId?: string): Promise<{ path: string; items: KnownItem[] }> {
    const path = await this.site.listPath(listSpec("families").displayName);
    // ChildId is indexed, so the filter keeps working past the list view threshold.
    const filter =
      filterChildId === undefined
        ? ""
        : `&$filter=${encodeURIComponent(`fields/ChildId eq '${filterChildId.replaceAll("'", "''")}'`)}`;
    const raw = await this.graph.getAll<{ id: string; eTag?: string; fields: unknown }>(
      `${path}/items?$expand=fields&$top=999${filter}`,
    );
    const items = raw.flatMap((item) => {
      const fields = familyFields(item.fields);
      return fields ? [{ id: item.id, eTag: item.eTag, fields }] : [];
    });
    return { path, items };
  }

  /**
   * Sends the writes through `$batch`, each exactly once: a write whose answer was lost (the batch
   * timed out, or its answer was a 5xx) is looked for by its WriteKey; found, it is done; not
   * found, it is sent once more (a conditional update then meets any real change as a 412).
   */
  private async sendOnce(requests: readonly BatchRequest[]): Promise<BatchResult[]> {
    let results: BatchResult[];
    try {
      results = await sendBatch(this.graph, requests);
    } catch (e) {
      if (!isServiceError(e, "uncertain")) throw e;
      results = requests.map(() => ({ ok: false, error: e }));
    }
    const unsure = results.flatMap((r, i) => (!r.ok && mayHaveRun(r.error) ? [i] : []));
    if (unsure.length === 0) return results;
    const { items } = await this.items();
    const written = new Set(items.map((i) => i.fields.WriteKey));
    const again = unsure.filter((i) => {
      const key = writeKeyOf(requests[i]);
      return key === undefined || !written.has(key);
    });
    for (const i of unsure)
      if (!again.includes(i)) results[i] = { ok: true, status: 200, body: {}, headers: {} };
    const retried = await sendBatch(
      this.graph,
      again.map((i) => requests[i] as BatchRequest),
    );
    for (const [j, i] of again.entries()) results[i] = retried[j] ?? (results[i] as BatchResult);
    return results;
  }

  async importRows(rows: readonly FamilyRow[]): Promise<ImportResult> {
    const { path, items } = await this.items();
    const known = new Map(items.map((i) => [keyOf(i.fields.ChildId, i.fields.CarerEmail), i]));
    // What the file says about each child; a new carer of a child already kept apart is kept apart too.
    const said = new Map(
      rows.flatMap((r) => (r.keepHouseholdsApart === undefined ? [] : [[r.childId, r.keepHouseholdsApart]])),
    );
    const apartNow = new Set(items.filter((i) => i.fields.KeepHouseholdsApart).map((i) => i.fields.ChildId));
    const requests: BatchRequest[] = [];
    const labels: string[] = [];
    let unchanged = 0;
    // The CSV reader already refuses these; rows can come from elsewhere, and a list is exported to Excel.
    const refused: string[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const key = keyOf(row.childId, row.carerEmail);
      const label = `${row.carerName} (${row.childName})`;
      if (seen.has(key)) {
        refused.push(`${label}: listed twice; saved once`);
        continue;
      }
      seen.add(key);
      const current = known.get(key);
      const fields = keepConsent(
        toFields(row, said.get(row.childId) ?? (current ? undefined : apartNow.has(row.childId))),
        current,
      );
      const formula = Object.entries(fields).find(([, v]) => typeof v === "string" && isFormulaLike(v));
      if (formula) {
        refused.push(`${label}: ${formula[0]} starts like a spreadsheet formula`);
        continue;
      }
      if (!current) {
        requests.push({
          method: "POST",
          path: `${path}/items`,
          body: { fields: { ...fields, [WRITE_KEY]: newWriteKey() } },
        });
      } else if (
        Object.entries(fields).some(
          ([k, v]) => k !== "Title" && (current.fields as Record<string, unknown>)[k] !== v,
        )
      ) {
        requests.push(patch(path, current, fields));
      } else {
        unchanged++;
        continue;
      }
      labels.push(label);
    }
    // Carers on the list but not in this file still belong to the child: the flag is the child's.
    const inFile = new Set(rows.map((r) => keyOf(r.childId, r.carerEmail)));
    for (const item of items) {
      const apart = said.get(item.fields.ChildId);
      if (apart === undefined || apart === item.fields.KeepHouseholdsApart) continue;
      if (inFile.has(keyOf(item.fields.ChildId, item.fields.CarerEmail))) continue;
      requests.push(patch(path, item, { KeepHouseholdsApart: apart }));
      labels.push(`${item.fields.CarerName} (${item.fields.ChildName})`);
    }
    const results = await this.sendOnce(requests);
    let added = 0;
    let updated = 0;
    const failed: string[] = [...refused];
    results.forEach((r, i) => {
      if (!r.ok) failed.push(`${labels[i]}: ${r.error.message}`);
      else if (requests[i]?.method === "POST") added++;
      else updated++;
    });
    return { added, updated, unchanged, failed };
  }

  async updateStandingAdjustments(
    childId: string,
    carerId: string,
    change: (record: StandingRecord) => StandingRecord,
  ): Promise<StandingRecord> {
    const { path, items } = await this.items(childId);
    const item = items.find((i) => i.id === carerId);
    if (!item)
      throw new ServiceError(
        "notFound",
        `No carer ${carerId} of child ${childId} in the family contacts list.`,
      );
    const next = change(readStandingRecord(item.fields.StandingAdjustments ?? ""));
    const value = writeStanding(next.items, next.removed);
    if (value === (item.fields.StandingAdjustments ?? "")) return next;
    const [result] = await this.sendOnce([patch(path, item, { StandingAdjustments: value })]);
    if (result && !result.ok) throw result.error;
    return next;
  }

  async setKeepHouseholdsApart(childId: string, apart: boolean): Promise<void> {
    const { path, items } = await this.items(childId);
    const requests = items
      .filter((i) => i.fields.ChildId === childId && i.fields.KeepHouseholdsApart !== apart)
      .map((i) => patch(path, i, { KeepHouseholdsApart: apart }));
    const failure = (await this.sendOnce(requests)).find((r) => !r.ok);
    // Rows already saved stay saved: the child reads as kept apart while any row says so, the safe side.
    if (failure && !failure.ok) throw failure.error;
  }
}
