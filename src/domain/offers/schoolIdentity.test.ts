import { describe, expect, it } from "vitest";
import { acceptsReplyTo, readSchoolIdentity, type SchoolIdentity } from "./schoolIdentity";

describe("readSchoolIdentity", () => {
  it("reads the school's name, phone and mail domains, trimmed, lower-cased and without repeats", () => {
    expect(
      readSchoolIdentity({
        VITE_SCHOOL_NAME: " Glenmore Primary School ",
        VITE_SCHOOL_PHONE: "01463 555 0100",
        VITE_REPLY_DOMAINS: "Glenmore.example.org, ,glenmore.example.org,highland.example.gov.uk",
      }),
    ).toEqual({
      ok: true,
      identity: {
        name: "Glenmore Primary School",
        phone: "01463 555 0100",
        replyDomains: ["glenmore.example.org", "highland.example.gov.uk"],
      },
    });
  });

  it("names each setting that is missing or wrong", () => {
    const check = readSchoolIdentity({
      VITE_SCHOOL_NAME: "Line one\nline two",
      VITE_SCHOOL_PHONE: "ring 999",
      VITE_REPLY_DOMAINS: "school.org, *.school.org, http://school.org",
    });
    expect(check).toEqual({
      ok: false,
      problems: [
        "VITE_SCHOOL_NAME must be one line of at most 120 characters",
        'VITE_SCHOOL_PHONE is not a phone number like 01463 555 0100: "ring 999"',
        'VITE_REPLY_DOMAINS: "*.school.org" is not a domain name like school.org',
        'VITE_REPLY_DOMAINS: "http://school.org" is not a domain name like school.org',
      ],
    });
    expect(readSchoolIdentity({ VITE_SCHOOL_NAME: 42 })).toMatchObject({ ok: false });
  });
});

describe("acceptsReplyTo", () => {
  const school: SchoolIdentity = {
    name: "Glenmore",
    phone: "01463 555 0100",
    replyDomains: ["glenmore.example.org"],
  };

  it.each([
    ["aileen.macrae@glenmore.example.org", true],
    ["Aileen.MacRae@GLENMORE.example.ORG", true],
    ["help@forger.example", false],
    ["help@mail.glenmore.example.org", false],
    ["help@glenmore.example.org.forger.example", false],
    ["help@evilglenmore.example.org", false],
    ["glenmore.example.org", false],
    ["@glenmore.example.org", false],
  ])("%s → %s", (address, accepted) => {
    expect(acceptsReplyTo(school, address)).toBe(accepted);
  });
});
