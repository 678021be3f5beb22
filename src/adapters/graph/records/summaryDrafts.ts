import { ServiceError } from "../../../domain/errors";
import type {
  SummaryDraftItem,
  SummaryDrafts,
  SummaryDraftWrite,
} from "../../../domain/ports/summary-drafts";
import { instantFromIso, instantToIso } from "../../../domain/time/instant";
import type { SiteRef } from "../site";
import type { GraphTransport } from "../transport";
import { listSpec } from "./schema";
import { createOnce, type ListItem as Item, patchOnce } from "./writeOnce";

interface DraftFields {
  MeetingRef: string;
  ChildId: string;
  SavedBy?: string;
  SavedAt?: string;
  Data?: string;
}

const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;

function draftFrom(item: Item<DraftFields>): SummaryDraftItem {
  const f = item.fields;
  return {
    id: item.id,
    version: item.eTag ?? "",
    meetingRef: f.MeetingRef,
    data: f.Data ?? "",
    savedBy: f.SavedBy ?? "",
    savedAt: instantFromIso(f.SavedAt ?? "1970-01-01T00:00:00Z"),
  };
}

/**
 * Summary drafts in the `CG Summaries` list, one item per meeting, found by the indexed MeetingRef.
 * Saves send `If-Match`: a colleague's save in between is a conflict, never overwritten.
 */
export class GraphSummaryDrafts implements SummaryDrafts {
  constructor(
    private readonly graph: GraphTransport,
    private readonly site: SiteRef,
  ) {}

  async load(meetingRef: string): Promise<SummaryDraftItem | undefined> {
    const path = await this.site.listPath(listSpec("summaries").displayName);
    const filter = encodeURIComponent(`fields/MeetingRef eq ${quote(meetingRef)}`);
    const items = await this.graph.getAll<Item<DraftFields>>(
      `${path}/items?$expand=fields&$filter=${filter}`,
    );
    // Two first saves racing on two devices could make two items: the lowest id is the draft.
    const first = [...items].sort((a, b) => Number(a.id) - Number(b.id))[0];
    return first && draftFrom(first);
  }

  async save(
    write: SummaryDraftWrite,
    version: string | undefined,
  ): Promise<{ id: string; version: string }> {
    const path = await this.site.listPath(listSpec("summaries").displayName);
    const fields = {
      MeetingRef: write.meetingRef,
      ChildId: write.childId,
      SavedBy: write.savedBy,
      SavedAt: instantToIso(write.savedAt),
      Data: write.data,
    };
    if (!write.id || !version) {
      // A first save from a page opened before anyone had saved: if a colleague's first save got
      // there meanwhile, it is theirs to build on, not a second draft beside it.
      const existing = await this.load(write.meetingRef);
      if (existing)
        throw new ServiceError("conflict", `a draft for ${write.meetingRef} was saved meanwhile`, {
          status: 412,
        });
      const item = await createOnce<DraftFields>(this.graph, path, {
        Title: `Summary ${write.meetingRef}`,
        ...fields,
      });
      return { id: item.id, version: item.eTag ?? "" };
    }
    return { id: write.id, version: await patchOnce(this.graph, path, write.id, version, fields) };
  }
}
