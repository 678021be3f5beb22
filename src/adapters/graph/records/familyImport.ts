import type { FamilyRow } from "../../../domain/families/misCsv";
import type { FamilyContacts, ImportResult } from "../../../domain/ports/family-contacts";
import { type BatchRequest, sendBatch } from "../batch";
import type { SiteRef } from "../site";
import type { GraphTransport } from "../transport";
import { type FamilyFields, familyFields } from "./familyFields";
import { listSpec } from "./schema";

function toFields(row: FamilyRow): FamilyFields & { Title: string } {
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
  };
}

const keyOf = (childId: string, email: string) => `${childId}\u0000${email.toLowerCase()}`;

/** Imports the MIS export into "CG Family Contacts" through `$batch`, updating known carers in place. */
export class GraphFamilyContacts implements FamilyContacts {
  constructor(
    private readonly graph: GraphTransport,
    private readonly site: SiteRef,
  ) {}

  async importRows(rows: readonly FamilyRow[]): Promise<ImportResult> {
    const path = await this.site.listPath(listSpec("families").displayName);
    const relative = path;
    const existing = await this.graph.getAll<{ id: string; eTag?: string; fields: unknown }>(
      `${path}/items?$expand=fields&$top=999`,
    );
    const known = new Map<string, { id: string; eTag: string | undefined; fields: FamilyFields }>();
    for (const item of existing) {
      const f = familyFields(item.fields);
      if (f) known.set(keyOf(f.ChildId, f.CarerEmail), { id: item.id, eTag: item.eTag, fields: f });
    }
    const requests: BatchRequest[] = [];
    const labels: string[] = [];
    let unchanged = 0;
    for (const row of rows) {
      const fields = toFields(row);
      const current = known.get(keyOf(row.childId, row.carerEmail));
      if (!current) {
        requests.push({ method: "POST", path: `${relative}/items`, body: { fields } });
      } else if (
        Object.entries(fields).some(
          ([k, v]) => k !== "Title" && (current.fields as Record<string, unknown>)[k] !== v,
        )
      ) {
        requests.push({
          method: "PATCH",
          path: `${relative}/items/${current.id}/fields`,
          body: fields,
          headers: current.eTag ? { "If-Match": current.eTag } : {},
        });
      } else {
        unchanged++;
        continue;
      }
      labels.push(`${row.carerName} (${row.childName})`);
    }
    const results = await sendBatch(this.graph, requests);
    let added = 0;
    let updated = 0;
    const failed: string[] = [];
    results.forEach((r, i) => {
      if (!r.ok) failed.push(`${labels[i]}: ${r.error.message}`);
      else if (requests[i]?.method === "POST") added++;
      else updated++;
    });
    return { added, updated, unchanged, failed };
  }
}
