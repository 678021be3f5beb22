import { describe, expect, it } from "vitest";
import { instant } from "../time/instant";
import {
  forgotten,
  mergeImported,
  readStanding,
  readStandingRecord,
  remembered,
  type StandingAdjustment,
  writeStanding,
} from "./standing";

const at = instant(Date.UTC(2026, 10, 24, 10));
const consent = { givenBy: "Vicky Scott", at, how: "phone" as const, recordedBy: "Aileen MacRae" };
const loop: StandingAdjustment = { kind: "hearingLoop", detail: "", consent };

describe("standing adjustments removed at the family's request", () => {
  it("are written with who removed them and when, and read back", () => {
    const record = forgotten({ items: [loop], removed: [] }, "hearingLoop", {
      removedBy: "Jamie Campbell",
      at,
    });
    expect(record).toEqual({
      items: [],
      removed: [{ kind: "hearingLoop", removedBy: "Jamie Campbell", at }],
    });
    const column = writeStanding(record.items, record.removed);
    expect(column).not.toBe("");
    expect(readStandingRecord(column)).toEqual(record);
    expect(readStanding(column)).toEqual([]);
  });

  it("an MIS import adds the export's adjustments, except those removed", () => {
    const exported = readStanding("Interpreter (Polish); Hearing loop; Step-free access");
    const kept = { items: [], removed: [{ kind: "hearingLoop" as const, removedBy: "Jamie Campbell", at }] };
    const merged = mergeImported(kept, exported);
    expect(merged.items.map((i) => [i.kind, i.detail])).toEqual([
      ["interpreter", "Polish"],
      ["stepFree", ""],
    ]);
    expect(merged.removed).toEqual(kept.removed);
  });

  it("an MIS import never replaces one kept with consent", () => {
    const merged = mergeImported({ items: [loop], removed: [] }, readStanding("Hearing loop"));
    expect(merged.items).toEqual([loop]);
  });

  it("asked for again, it is kept and no longer listed as removed", () => {
    const removed = forgotten({ items: [loop], removed: [] }, "hearingLoop", { removedBy: "J", at });
    expect(remembered(removed, loop)).toEqual({ items: [loop], removed: [] });
  });

  it("columns written before removals were recorded read with none", () => {
    const old = JSON.stringify({ v: 1, items: [{ kind: "hearingLoop", detail: "" }] });
    expect(readStandingRecord(old)).toEqual({
      items: [{ kind: "hearingLoop", detail: "", consent: undefined }],
      removed: [],
    });
    expect(readStandingRecord("Hearing loop").removed).toEqual([]);
  });
});
