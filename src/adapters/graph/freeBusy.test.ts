import { beforeEach, describe, expect, it } from "vitest";
import { serveDemoTenant, TEST_NOW } from "../../../tests/support/demoTenantServer";
import { DAY_MS, instant } from "../../domain/time/instant";
import { GraphFreeBusy } from "./freeBusy";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

function countingTransport() {
  const bodies: { schedules: string[]; startTime: { dateTime: string }; endTime: { dateTime: string } }[] =
    [];
  const graph = ctx.transport({
    fetch: async (input, init) => {
      const url = String(input);
      if (url.endsWith("/getSchedule")) bodies.push(JSON.parse(String(init?.body)));
      // Calls made together travel as one $batch: count the getSchedule calls inside it too.
      if (url.endsWith("/$batch")) {
        const batch = JSON.parse(String(init?.body)) as {
          requests: { url: string; body: (typeof bodies)[number] }[];
        };
        for (const r of batch.requests) if (r.url.endsWith("/getSchedule")) bodies.push(r.body);
      }
      return fetch(input, init);
    },
  });
  return { graph, bodies };
}

describe("GraphFreeBusy", () => {
  it("reads busy times and working hours in one call for up to twenty people and rooms", async () => {
    const { graph, bodies } = countingTransport();
    const people = ctx.tenant.snapshot.users.map((u) => u.mail ?? "").slice(0, 15);
    const rooms = ctx.tenant.snapshot.rooms.map((r) => r.emailAddress ?? "");
    const result = await new GraphFreeBusy(graph).schedules(
      [...people, ...rooms],
      instant(TEST_NOW),
      instant(TEST_NOW + 7 * DAY_MS),
    );
    expect(bodies).toHaveLength(1);
    expect(result).toHaveLength(19);
    const priya = result.find((s) => s.address === "priya.sharma@glenmore.example.org");
    expect(priya?.workingHours).toEqual({
      days: [1, 2, 3, 4, 5],
      from: 495,
      to: 1050,
      zone: "Europe/London",
    });
    expect(priya?.busy.length).toBeGreaterThan(10);
    expect(
      priya?.busy.every((b) => b.end > b.start && b.start < TEST_NOW + 7 * DAY_MS && b.end > TEST_NOW),
    ).toBe(true);
  });

  it("splits over twenty schedules and over 61 days into several calls, joining the answers", async () => {
    const { graph, bodies } = countingTransport();
    const addresses = [
      ...ctx.tenant.snapshot.users.map((u) => u.mail ?? ""),
      ...ctx.tenant.snapshot.rooms.map((r) => r.emailAddress ?? ""),
      "nobody@glenmore.example.org",
      "ghost@glenmore.example.org",
    ];
    expect(addresses).toHaveLength(21);
    const result = await new GraphFreeBusy(graph).schedules(
      addresses,
      instant(TEST_NOW),
      instant(TEST_NOW + 70 * DAY_MS),
    );
    expect(bodies.map((b) => b.schedules.length)).toEqual([20, 20, 1, 1]);
    expect(result.find((s) => s.address === "ghost@glenmore.example.org")?.error).toContain(
      "not valid or not found",
    );
    const whole = await new GraphFreeBusy(ctx.transport()).schedules(
      ["tom.okafor@glenmore.example.org"],
      instant(TEST_NOW),
      instant(TEST_NOW + 70 * DAY_MS),
    );
    const halves = [
      ...((
        await new GraphFreeBusy(ctx.transport()).schedules(
          ["tom.okafor@glenmore.example.org"],
          instant(TEST_NOW),
          instant(TEST_NOW + 35 * DAY_MS),
        )
      )[0]?.busy ?? []),
      ...((
        await new GraphFreeBusy(ctx.transport()).schedules(
          ["tom.okafor@glenmore.example.org"],
          instant(TEST_NOW + 35 * DAY_MS),
          instant(TEST_NOW + 70 * DAY_MS),
        )
      )[0]?.busy ?? []),
    ];
    expect(whole[0]?.busy).toEqual(halves);
  });
});
