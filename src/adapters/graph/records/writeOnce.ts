import { isServiceError, ServiceError } from "../../../domain/errors";
import type { GraphTransport } from "../transport";
import { WRITE_KEY } from "./schema";

/** A list item as Graph returns it with `$expand=fields`. */
export interface ListItem<F> {
  readonly id: string;
  readonly eTag?: string;
  /** Who created the item (an identitySet), e.g. `{ user: { displayName: "Aileen MacRae" } }`. */
  readonly createdBy?: { readonly user?: { readonly displayName?: string } };
  readonly fields: F;
}

/** How many times a write whose outcome was unknown, and which proved not to have happened, is sent again. */
const MAX_SENDS = 3;

/** A new client key for one write (random: two writes never share one). */
export function newWriteKey(): string {
  return globalThis.crypto.randomUUID();
}

const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;

/** The item that carries `key`, if the list holds one (WriteKey is indexed, so this scales). */
export async function itemWithKey<F>(
  graph: GraphTransport,
  listPath: string,
  key: string,
): Promise<ListItem<F> | undefined> {
  const filter = encodeURIComponent(`fields/${WRITE_KEY} eq ${quote(key)}`);
  const items = await graph.getAll<ListItem<F>>(`${listPath}/items?$expand=fields&$filter=${filter}`);
  return items[0];
}

/** Looks the write up; if the look-up itself fails, the write's outcome stays unknown. */
async function lookUp<T>(find: () => Promise<T>, unknown: ServiceError): Promise<T> {
  try {
    return await find();
  } catch (cause) {
    throw new ServiceError("uncertain", `${unknown.message}; checking failed too: ${String(cause)}`, {
      cause,
    });
  }
}

/**
 * Creates a list item exactly once. The item carries a fresh `WriteKey`; when the POST's outcome
 * is unknown (time-out, 5xx, dropped connection, no answer in a batch), the key is looked up first:
 * an item found is the one we made and is adopted; only when there is none is the POST sent again.
 */
export async function createOnce<F>(
  graph: GraphTransport,
  listPath: string,
  fields: Readonly<Record<string, unknown>>,
): Promise<ListItem<F>> {
  const key = newWriteKey();
  for (let send = 1; ; send++) {
    try {
      const res = await graph.request<ListItem<F>>({
        method: "POST",
        path: `${listPath}/items`,
        body: { fields: { ...fields, [WRITE_KEY]: key } },
      });
      return res.body;
    } catch (e) {
      if (!isServiceError(e, "uncertain")) throw e;
      const found = await lookUp(() => itemWithKey<F>(graph, listPath, key), e);
      if (found) return found;
      if (send >= MAX_SENDS) throw e;
    }
  }
}

/**
 * Updates an item's fields if it is still at `eTag`, exactly once. A conditional PATCH whose
 * answer was lost is not blindly sent again (a repeat would meet our own change as a 412): the
 * item is read back, and if it carries this write's key the write happened; if it is unchanged
 * the PATCH is sent again; anything else is someone else's change, reported as a conflict.
 * Returns the item's new eTag.
 */
export async function patchOnce(
  graph: GraphTransport,
  listPath: string,
  id: string,
  eTag: string,
  fields: Readonly<Record<string, unknown>>,
): Promise<string> {
  const key = newWriteKey();
  const itemPath = `${listPath}/items/${encodeURIComponent(id)}`;
  for (let send = 1; ; send++) {
    try {
      const res = await graph.request<{ "@odata.etag"?: string }>({
        method: "PATCH",
        path: `${itemPath}/fields`,
        body: { ...fields, [WRITE_KEY]: key },
        headers: { "If-Match": eTag },
        safeToRepeat: false,
      });
      return res.body["@odata.etag"] ?? "";
    } catch (e) {
      if (!isServiceError(e, "uncertain")) throw e;
      const now = await lookUp(
        () =>
          graph.request<ListItem<Record<string, unknown>>>({
            method: "GET",
            path: `${itemPath}?$expand=fields`,
          }),
        e,
      );
      if (now.body.fields[WRITE_KEY] === key) return now.body.eTag ?? "";
      if (now.body.eTag !== eTag)
        throw new ServiceError("conflict", `${itemPath} was changed by someone else`, { status: 412 });
      if (send >= MAX_SENDS) throw e;
    }
  }
}
