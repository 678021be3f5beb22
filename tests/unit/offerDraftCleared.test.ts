import { beforeEach, describe, expect, it } from "vitest";
import { meetingWorld, StoppingStore } from "../support/meetingWorld";

const world = meetingWorld();
beforeEach(world.reset);

describe("the offer-in-progress draft", () => {
  it("is kept while an offer is half sent and gone once it has been sent", async () => {
    const w = await world.setUp();
    const stopping = await world.build({
      store: (records, ports) => new StoppingStore(records, ports, 2, "after"),
    });
    await expect(stopping.offers.send(w.draft)).rejects.toThrow("stopped after save 2");
    // Kept on this device so that Send again finishes the job instead of starting a second offer.
    expect(world.draftKeys()).toEqual(["common-ground.draft.offer-in-progress.GP9001"]);

    const again = await world.build();
    const done = await again.offers.send(w.draft);
    expect(done.meeting.status).toBe("offered");
    expect(done.meeting.work).toBeUndefined();
    expect(world.draftKeys()).toEqual([]);
  }, 30_000);
});
