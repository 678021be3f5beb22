import { describe, expect, it } from "vitest";
import { argumentNames } from "../catalogueCheck";
import { staffText } from "../staffMessages";
import { SETTINGS_MESSAGES } from "./settings";

describe("Settings' words", () => {
  it("parses every message, each under settings.", () => {
    for (const [key, message] of Object.entries(SETTINGS_MESSAGES)) {
      expect(key).toMatch(/^settings\./);
      expect(() => argumentNames(message)).not.toThrow();
    }
  });

  it("counts carers, children kept apart and rows to fix in English plurals", () => {
    const ready = (count: number, apart: number, problems: number) =>
      staffText("settings.import.ready", { count, apart, problems });
    expect(ready(2, 0, 0)).toBe("2 carers ready to import.");
    expect(ready(1, 0, 2)).toBe("1 carer ready to import; 2 rows need fixing first.");
    expect(ready(3, 1, 1)).toBe(
      "3 carers ready to import (1 child's households kept apart); 1 row needs fixing first.",
    );
    expect(ready(5, 2, 0)).toBe("5 carers ready to import (2 children's households kept apart).");
    expect(staffText("settings.import.import", { count: 1 })).toBe("Import 1 carer");
    expect(staffText("settings.import.import", { count: 7 })).toBe("Import 7 carers");
  });

  it("says what was imported, and what was not saved", () => {
    const counts = { added: 1, updated: 2, unchanged: 0 };
    expect(staffText("settings.import.result", { ...counts, failedCount: 0, failed: "" })).toBe(
      "Added 1, updated 2, unchanged 0.",
    );
    expect(staffText("settings.import.result", { ...counts, failedCount: 1, failed: "Row 3: busy" })).toBe(
      "Added 1, updated 2, unchanged 0; not saved: Row 3: busy",
    );
  });

  it("keeps the quoted Excel format name as written", () => {
    expect(staffText("settings.import.notUtf8", { encoding: "Western European (Windows-1252)" })).toContain(
      'save it again as "CSV UTF-8 (Comma delimited)" and choose it here, or read it as it is saved: most likely Western European (Windows-1252).',
    );
  });
});
