import { beforeEach, describe, expect, it } from "vitest";
import { GraphDocumentLibrary } from "../../src/adapters/graph/documentLibrary";
import { SiteRef } from "../../src/adapters/graph/site";
import { serveDemoTenant } from "../support/demoTenantServer";
import { SITE } from "../support/meetingWorld";
import { fixture, gapsFrom } from "./graphCall";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

async function siteId() {
  const res = await fetch(`https://graph.microsoft.com/v1.0/sites/${SITE}?$select=id`, {
    headers: { Authorization: "Bearer t" },
  });
  return ((await res.json()) as { id: string }).id;
}

async function put(path: string, body: Uint8Array | string, type: string) {
  const res = await fetch(`https://graph.microsoft.com/v1.0${path}`, {
    method: "PUT",
    headers: { Authorization: "Bearer t", "Content-Type": type },
    body: typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("the demo tenant's document library upload (PUT …/drive/root:/{path}:/content)", () => {
  it("answers Microsoft's documented example with the same shape and status", async () => {
    const id = await siteId();
    const doc = fixture("driveitem-upload");
    const res = await put(
      `/sites/${id}/drive/root:/FolderA/FileB.txt:/content`,
      "The contents of the file goes here.",
      "text/plain",
    );
    expect(res.status).toBe(doc.response.status);
    expect(gapsFrom("driveitem-upload", res.body)).toEqual([]);
    expect(res.body).toMatchObject({ name: "FileB.txt", size: 35 });
  });

  it("replaces a file at the same path (one copy, 200 the second time) and keeps its bytes", async () => {
    const id = await siteId();
    const first = await put(
      `/sites/${id}/drive/root:/Common Ground/GP1/a.docx:/content`,
      new Uint8Array([1, 2, 3]),
      "application/octet-stream",
    );
    const second = await put(
      `/sites/${id}/drive/root:/Common Ground/GP1/a.docx:/content`,
      new Uint8Array([4, 5]),
      "application/octet-stream",
    );
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.id).toBe(first.body.id);
    const files = ctx.tenant.snapshot.drives?.[id] ?? [];
    expect(files.map((f) => [f.path, f.contentBase64, f.item.size])).toEqual([
      ["Common Ground/GP1/a.docx", "BAU=", 2],
    ]);
  });

  it("refuses a JSON body and an unknown site, in Graph's error shape", async () => {
    const id = await siteId();
    const json = await put(`/sites/${id}/drive/root:/x.txt:/content`, "{}", "application/json");
    expect(json.status).toBe(400);
    expect(json.body).toMatchObject({ error: { code: "invalidRequest" } });
    const none = await put("/sites/nowhere/drive/root:/x.txt:/content", "x", "text/plain");
    expect(none.status).toBe(404);
  });

  it("the production adapter files through it", async () => {
    const graph = ctx.transport();
    const library = new GraphDocumentLibrary(graph, new SiteRef(graph, SITE));
    const filed = await library.file(
      "Common Ground/GP9001/meeting-7/summary v1.docx",
      new Uint8Array([80, 75, 3, 4]),
      "application/octet-stream",
    );
    expect(filed.id).not.toBe("");
    expect(decodeURI(filed.webUrl)).toContain("Common Ground/GP9001/meeting-7/summary v1.docx");
    const id = await siteId();
    expect(ctx.tenant.snapshot.drives?.[id]?.map((f) => f.contentBase64)).toEqual(["UEsDBA=="]);
  });
});
