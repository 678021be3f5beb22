import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { indexedDbStore } from "./idbStore";
import { DemoTenant } from "./tenant";

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const SEED = 20_261_122;
const ROOT = "https://graph.microsoft.com/v1.0";
const AUTH = { Authorization: "Bearer test", "Content-Type": "application/json" };

/** A tab of the demo: its own tenant and its own IndexedDB connection, over the profile's one database. */
const openTab = () => DemoTenant.open({ seed: SEED, now: () => NOW, store: indexedDbStore() });

/** Asks a tab's tenant, as msw would hand it a request. */
async function ask(tab: DemoTenant, method: string, path: string, body?: unknown, headers = {}) {
  const [handler] = tab.handlers();
  if (!handler) throw new Error("no handler");
  const request = new Request(`${ROOT}${path}`, {
    method,
    headers: { ...AUTH, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const result = await handler.run({ request, requestId: crypto.randomUUID() });
  const response = result?.response;
  if (!response) throw new Error(`no answer for ${method} ${path}`);
  return { status: response.status, body: (await response.json().catch(() => undefined)) as never };
}

async function listPath(tab: DemoTenant) {
  const site = (await ask(tab, "GET", "/sites/commonground.sharepoint.com:/sites/pastoral")).body as {
    id: string;
  };
  const made = await ask(tab, "POST", `/sites/${site.id}/lists`, {
    displayName: "Drafts",
    columns: [{ name: "Data", text: {} }],
    list: { template: "genericList" },
  });
  expect(made.status).toBe(201);
  return `/sites/${site.id}/lists/${(made.body as { id: string }).id}`;
}

beforeEach(() => {
  // A new browser profile for each test.
  globalThis.indexedDB = new IDBFactory();
});

describe("the demo tenant shared by the tabs of one browser", () => {
  it("a tab sees what another tab wrote on its next request", async () => {
    const a = await openTab();
    const b = await openTab();
    const list = await listPath(a);
    const made = await ask(a, "POST", `${list}/items`, { fields: { Title: "From tab A", Data: "a" } });
    expect(made.status).toBe(201);
    const seen = await ask(b, "GET", `${list}/items?$expand=fields`);
    expect(seen.status).toBe(200);
    expect(
      (seen.body as { value: { fields: { Title: string } }[] }).value.map((i) => i.fields.Title),
    ).toEqual(["From tab A"]);
  });

  it("a save over an eTag another tab has moved on is a 412, and the first save stands", async () => {
    const a = await openTab();
    const b = await openTab();
    const list = await listPath(a);
    const made = (await ask(a, "POST", `${list}/items`, { fields: { Title: "Draft", Data: "v1" } })).body as {
      id: string;
      eTag: string;
    };
    // Both tabs hold version 1; A saves first.
    const first = await ask(
      a,
      "PATCH",
      `${list}/items/${made.id}/fields`,
      { Data: "A's words" },
      { "If-Match": made.eTag },
    );
    expect(first.status).toBe(200);
    const second = await ask(
      b,
      "PATCH",
      `${list}/items/${made.id}/fields`,
      { Data: "B's words" },
      { "If-Match": made.eTag },
    );
    expect(second.status).toBe(412);
    const now = (await ask(b, "GET", `${list}/items/${made.id}?$expand=fields`)).body as {
      eTag: string;
      fields: { Data: string; "@odata.etag": string };
    };
    expect(now.fields.Data).toBe("A's words");
    expect(now.eTag).toBe((first.body as { "@odata.etag": string })["@odata.etag"]);
    // With the eTag it has now read, B's save goes through, and A sees it.
    expect(
      (
        await ask(
          b,
          "PATCH",
          `${list}/items/${made.id}/fields`,
          { Data: "B's words" },
          { "If-Match": now.eTag },
        )
      ).status,
    ).toBe(200);
    const inA = (await ask(a, "GET", `${list}/items/${made.id}?$expand=fields`)).body as {
      fields: { Data: string };
    };
    expect(inA.fields.Data).toBe("B's words");
  });

  it("writes racing from two tabs are all kept (no tab saves over another's copy)", async () => {
    const a = await openTab();
    const b = await openTab();
    const list = await listPath(a);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        ask(i % 2 ? b : a, "POST", `${list}/items`, { fields: { Title: `item ${i}` } }),
      ),
    );
    const c = await openTab();
    const all = (await ask(c, "GET", `${list}/items?$expand=fields`)).body as {
      value: { id: string; fields: { Title: string } }[];
    };
    expect(all.value.map((i) => i.fields.Title).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `item ${i}`));
    expect(new Set(all.value.map((i) => i.id)).size).toBe(6);
  });

  it("a new profile is seeded once, and a reset in one tab is what the others answer from", async () => {
    const a = await openTab();
    const list = await listPath(a);
    const b = await openTab();
    expect(b.snapshot.sites[0]?.lists.some((l) => l.list.displayName === "Drafts")).toBe(true);
    await b.reset();
    const after = await ask(a, "GET", `${list}/items`);
    expect(after.status).toBe(404);
  });

  it("mail from outside, delivered in one tab, is in the inbox another tab reads", async () => {
    const a = await openTab();
    const b = await openTab();
    const me = a.snapshot.users.find((u) => u.id === a.snapshot.meId)?.mail ?? "";
    await a.receiveExternal(
      { name: "Heather", address: "heather@example.net" },
      me,
      "Re: hello",
      "<p>Yes</p>",
    );
    const inbox = (await ask(b, "GET", "/me/mailFolders/inbox/messages?$top=999")).body as {
      value: { subject: string }[];
    };
    expect(inbox.value.filter((m) => m.subject === "Re: hello")).toHaveLength(1);
  });
});
