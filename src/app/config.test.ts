import { describe, expect, it } from "vitest";
import { readConfig } from "./config";

describe("the school's locale", () => {
  it("is British English unless the deployment names another", () => {
    expect(readConfig({}).schoolLocale).toBe("en-GB");
    expect(readConfig({ VITE_SCHOOL_LOCALE: "cy-gb" }).schoolLocale).toBe("cy-GB");
  });

  it("refuses a tag Intl has no dates for, naming the setting", () => {
    expect(() => readConfig({ VITE_SCHOOL_LOCALE: "not a tag" })).toThrow(
      "Common Ground is not configured correctly. VITE_SCHOOL_LOCALE: a language tag with date formats, like en-GB or cy-GB",
    );
    expect(() => readConfig({ VITE_SCHOOL_LOCALE: "zz-ZZ" })).toThrow(/VITE_SCHOOL_LOCALE/);
  });
});
