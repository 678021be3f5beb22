import { beforeEach, describe, expect, it } from "vitest";
import { serveDemoTenant } from "../../../../tests/support/demoTenantServer";
import { GRAPH_SCOPES, SETUP_SCOPES } from "../scopes";
import { SiteRef } from "../site";
import { GraphRecordsSetup } from "./setup";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

/** A transport whose every token request is written down, as Microsoft's sign-in would see it. */
function recorded(scopes: readonly string[], asked: string[]) {
  return ctx.transport({
    scopes,
    tokens: {
      token: async (s) => {
        asked.push(s.join(" "));
        return "token";
      },
    },
  });
}

describe("the permissions Graph is asked for", () => {
  it("asks for Sites.Manage.All only to change the lists' schema, never for everyday work", async () => {
    const everyday: string[] = [];
    const manage: string[] = [];
    const graph = recorded(GRAPH_SCOPES, everyday);
    const setup = new GraphRecordsSetup(
      graph,
      new SiteRef(graph, "commonground.sharepoint.com:/sites/pastoral"),
      recorded(SETUP_SCOPES, manage),
    );
    ctx.tenant.resetRequestLog();
    const status = await setup.provision(() => undefined);
    expect(status.ready).toBe(true);
    const schemaChanges = ctx.tenant.requestLog.filter(
      (r) =>
        (r.method === "POST" || r.method === "PATCH") && /\/lists(\/[^/]+\/columns(\/[^/]+)?)?$/.test(r.path),
    );
    expect(schemaChanges.length).toBeGreaterThan(0);
    expect(manage.length).toBe(schemaChanges.length);
    expect(new Set(manage)).toEqual(new Set([SETUP_SCOPES.join(" ")]));
    expect(everyday.length).toBe(ctx.tenant.requestLog.length - schemaChanges.length);
    expect(everyday.some((s) => s.includes("Sites.Manage.All"))).toBe(false);

    // Checking the lists afterwards is everyday work.
    manage.length = 0;
    await setup.status();
    expect(manage).toEqual([]);
  });

  it("is no broader than the code needs: own mail (to withdraw a waiting reminder), items not schema", () => {
    expect(GRAPH_SCOPES).toEqual([
      "User.ReadBasic.All",
      "Place.Read.All",
      "Calendars.ReadWrite",
      "Mail.ReadWrite",
      "Mail.Send",
      "Sites.ReadWrite.All",
    ]);
    expect(SETUP_SCOPES.filter((s) => !GRAPH_SCOPES.includes(s as never))).toEqual(["Sites.Manage.All"]);
  });
});
