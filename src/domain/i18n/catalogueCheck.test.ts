import { describe, expect, it } from "vitest";
import { argumentNames, checkTable, completeLocales, type LooseTable, readableText } from "./catalogueCheck";
import { FAMILY_LOCALES } from "./locales";

/** A table with `hello` in every language, then changed by `edit`. */
function table(edit: (t: Record<string, Record<string, string>>) => void): LooseTable {
  const t: Record<string, Record<string, string>> = {};
  for (const l of FAMILY_LOCALES)
    t[l] = { hello: `Hello {name} (${l})`, count: "{n, plural, one {# time} other {# times}}" };
  edit(t);
  return t;
}

describe("the catalogue check", () => {
  it("reads every argument name, nested ones included", () => {
    expect(
      argumentNames("{name}{has, select, yes { ({rel})} other {}} – {ok, select, yes {yes} other {no}}"),
    ).toEqual(["has", "name", "ok", "rel"]);
    expect(argumentNames("{n, plural, one {# time} other {# times at {when}}}")).toEqual(["n", "when"]);
  });

  it("finds nothing wrong with a whole table", () => {
    expect(checkTable({ name: "t", table: table(() => {}) })).toEqual([]);
    expect(completeLocales([{ name: "t", table: table(() => {}) }])).toHaveLength(10);
  });

  it("fails when a key or a whole language is missing", () => {
    const problems = checkTable({
      name: "t",
      table: table((t) => {
        delete t.cy?.hello;
        delete t.gd;
      }),
    });
    expect(problems.map((p) => `${p.locale}.${p.key}:${p.problem}`)).toEqual([
      "cy.hello:missing",
      "gd.hello:missing",
      "gd.count:missing",
    ]);
  });

  it("fails when a placeholder is lost, added or renamed", () => {
    const problems = checkTable({
      name: "t",
      table: table((t) => {
        t.pl = { hello: "Dzień dobry", count: "{n, plural, one {# raz} other {# razy}}" };
        t.uk = { hello: "Вітаємо, {name} {school}", count: "{n, plural, one {# раз} other {# рази}}" };
        t.ro = { hello: "Bună ziua, {nume}", count: "{n, plural, one {# dată} other {# ori}}" };
      }),
    });
    expect(problems.map((p) => `${p.locale}:${p.problem}`)).toEqual([
      "pl:placeholders",
      "ro:placeholders",
      "uk:placeholders",
    ]);
    expect(problems[2]?.detail).toBe("{name}, {school} where English has {name}");
  });

  it("fails when a message does not parse, and counts only whole languages", () => {
    const broken = table((t) => {
      if (t.ar) t.ar.hello = "مرحبًا {name";
      if (t.ur) t.ur.count = "";
    });
    expect(checkTable({ name: "t", table: broken }).map((p) => `${p.locale}:${p.problem}`)).toEqual([
      "ar:unparsable",
      "ur:empty",
    ]);
    expect(completeLocales([{ name: "t", table: broken }])).toEqual([
      "en",
      "cy",
      "gd",
      "pa-Arab",
      "pa-Guru",
      "pl",
      "ro",
      "uk",
    ]);
  });

  it("reads a message as its reader meets it", () => {
    expect(readableText("Dear {name}, you chose {n, plural, one {# time} other {# times}}.")).toBe(
      "Dear Name, you chose Name times.",
    );
  });
});
