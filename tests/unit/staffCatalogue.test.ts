import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { argumentNames } from "../../src/domain/i18n/catalogueCheck";
import { CHILDREN_MESSAGES } from "../../src/domain/i18n/staff/children";
import { DASHBOARD_MESSAGES } from "../../src/domain/i18n/staff/dashboard";
import { DEMO_INBOX_MESSAGES } from "../../src/domain/i18n/staff/demoInbox";
import { FIND_TIMES_MESSAGES } from "../../src/domain/i18n/staff/findTimes";
import { SHELL_MESSAGES } from "../../src/domain/i18n/staff/shell";
import { TEAMS_MESSAGES } from "../../src/domain/i18n/staff/teams";
import { STAFF_MESSAGES, type StaffKey, staffText } from "../../src/domain/i18n/staffMessages";

const ROOT = join(import.meta.dirname, "../..");

/**
 * The staff screens whose words all come from the staff catalogue: every area of `src/features`,
 * the shared parts in `src/ui`, and the app's frame. A new area of `src/features` is added here.
 */
const CHECKED: readonly { readonly path: string; readonly deep: boolean }[] = [
  { path: "src/features/find-times", deep: true },
  { path: "src/features/children", deep: true },
  { path: "src/features/dashboard", deep: true },
  { path: "src/features/demo-inbox", deep: true },
  { path: "src/features/teams", deep: true },
  { path: "src/features/meetings", deep: true },
  { path: "src/features/offer", deep: true },
  { path: "src/features/settings", deep: true },
  { path: "src/features/summary", deep: true },
  { path: "src/features/agenda", deep: true },
  { path: "src/features/outlook", deep: true },
  { path: "src/ui", deep: true },
  // The files directly in src/features; its subfolders are the areas above and those still to move.
  { path: "src/features", deep: false },
  { path: "src/app/AppShell.tsx", deep: false },
  { path: "src/app/StartupError.tsx", deep: false },
];

/** Props whose value a person reads or hears (Fluent's and this app's own). */
const VISIBLE_PROPS = new Set([
  "label",
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "hint",
  "validationMessage",
  "content",
  "loadingLabel",
  "empty",
  "add",
  "chip",
  "description",
  "header",
]);

/**
 * Reviewed exceptions: text with letters that is not a word to translate. Text without letters
 * (symbols, punctuation, "✕", "(", "–") is always allowed.
 */
const ALLOWED = new Set<string>([]);

const hasLetters = (text: string) => /\p{L}/u.test(text);

function tsxFiles(path: string, deep: boolean): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const child = `${path}/${entry.name}`;
    if (entry.isDirectory()) return deep ? tsxFiles(child, true) : [];
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [child] : [];
  });
}

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/**
 * Literal text inside an expression that ends up on screen: through conditionals, `??`, `||`, `+`,
 * template literals and arrow bodies, but not into calls (a call's arguments are keys and values,
 * and what it returns is not written here).
 */
function literalsIn(node: ts.Node, out: ts.Node[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node);
  else if (ts.isTemplateExpression(node)) {
    out.push(node.head);
    for (const span of node.templateSpans) {
      out.push(span.literal);
      literalsIn(span.expression, out);
    }
  } else if (ts.isConditionalExpression(node)) {
    literalsIn(node.whenTrue, out);
    literalsIn(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    // What is shown: both sides of `+`, `??` and `||`, the right of `&&`; never a comparison's operands.
    const op = node.operatorToken.kind;
    const shown = [ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken];
    if (shown.includes(op)) literalsIn(node.left, out);
    if (shown.includes(op) || op === ts.SyntaxKind.AmpersandAmpersandToken) literalsIn(node.right, out);
  } else if (ts.isParenthesizedExpression(node) || ts.isJsxExpression(node)) {
    if (node.expression) literalsIn(node.expression, out);
  } else if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) literalsIn(node.body, out);
}

function textOf(node: ts.Node): string {
  if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) return node.text;
  return node.getText();
}

/** Every fixed, lettered text a source writes into JSX itself instead of taking from the catalogue. */
function wordsIn(source: ts.SourceFile): { readonly node: ts.Node; readonly text: string }[] {
  const found: { node: ts.Node; text: string }[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (hasLetters(trimmed) && !ALLOWED.has(trimmed)) found.push({ node, text: trimmed });
  };
  const reportLiterals = (expression: ts.Node) => {
    const literals: ts.Node[] = [];
    literalsIn(expression, literals);
    for (const literal of literals) report(literal, textOf(literal));
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    // A child expression: {busy ? "Saving…" : "Save"} is as visible as text.
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      reportLiterals(node.expression);
    else if (ts.isJsxAttribute(node) && node.initializer && VISIBLE_PROPS.has(node.name.getText(source)))
      reportLiterals(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
}

function inlineWords(file: string): Finding[] {
  const source = parse(file, readFileSync(join(ROOT, file), "utf8"));
  return wordsIn(source).map(({ node, text }) => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
    text,
  }));
}

/** Sample values for a message's placeholders: numbers where the message counts. */
function samples(message: string): Record<string, string | number> {
  const counted = new Set(
    [...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*,\s*(?:plural|selectordinal|number)/g)].map((m) => m[1]),
  );
  // A select's value chooses a branch and is not itself printed: give it its first case.
  const chosen = new Map(
    [...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*,\s*select\s*,\s*([A-Za-z0-9_]+)/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  return Object.fromEntries(
    argumentNames(message).map((name) => [name, counted.has(name) ? 2 : (chosen.get(name) ?? `‹${name}›`)]),
  );
}

describe("the staff catalogue guard", () => {
  const files = CHECKED.flatMap(({ path, deep }) => tsxFiles(path, deep));

  it("reads the listed screens", () => {
    expect(files).toContain("src/features/find-times/WeekView.tsx");
    expect(files).toContain("src/features/children/TimelineList.tsx");
    expect(files).toContain("src/app/AppShell.tsx");
    expect(files).toContain("src/features/AsyncView.tsx");
    expect(files).toContain("src/features/outlook/ReadMailPane.tsx");
    // Every area of src/features is listed, so a new screen cannot slip past the guard.
    const areas = readdirSync(join(ROOT, "src/features"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `src/features/${d.name}`);
    expect(areas.length).toBeGreaterThanOrEqual(11);
    for (const area of areas)
      expect(
        CHECKED.map((c) => c.path),
        area,
      ).toContain(area);
    expect(files.some((f) => f.endsWith(".test.tsx"))).toBe(false);
  });

  it("finds no fixed words written inline on those screens", () => {
    const found = files.flatMap(inlineWords).map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`);
    expect(found).toEqual([]);
  });

  it("catches inline text, visible props and conditional words, and lets symbols and keys through", () => {
    const sample = parse(
      "sample.tsx",
      [
        "const a = <p>Hello there</p>;",
        'const b = <Field label="Child" hint={x ? "Busy" : undefined} className="row" />;',
        'const f = <p>{state === "ready" && "Ready now"}{name ?? "Not known"}</p>;',
        'const c = <Button>{busy ? "Saving…" : staffText("children.note.add")}</Button>;',
        "const d = <span aria-label={`Remove $" + "{name}`}>✕ ( {n} )</span>;",
        'const e = <Input placeholder={staffText("children.search.placeholder")} type="date" />;',
      ].join("\n"),
    );
    const texts = wordsIn(sample).map((w) => w.text);
    expect(texts).toEqual(["Hello there", "Child", "Busy", "Ready now", "Not known", "Saving…", "Remove"]);
  });
});

describe("every staff message", () => {
  const keys = Object.keys(STAFF_MESSAGES) as StaffKey[];

  it("is ICU that parses", () => {
    for (const key of keys) expect(() => argumentNames(STAFF_MESSAGES[key]), key).not.toThrow();
  });

  it("formats with sample values, filling every placeholder", () => {
    for (const key of keys) {
      const values = samples(STAFF_MESSAGES[key]);
      const text = staffText(key, values);
      expect(text, key).not.toMatch(/[{}]/);
      // A placeholder inside one branch of a select is printed only in that branch.
      if (/,\s*select\s*,/.test(STAFF_MESSAGES[key])) continue;
      for (const [name, value] of Object.entries(values)) {
        if (typeof value === "string" && value.startsWith("‹"))
          expect(text, `${key} fills {${name}}`).toContain(value);
      }
    }
  });

  it("comes from area tables whose every key starts with the area's name", () => {
    const areas = {
      findTimes: FIND_TIMES_MESSAGES,
      children: CHILDREN_MESSAGES,
      dashboard: DASHBOARD_MESSAGES,
      demoInbox: DEMO_INBOX_MESSAGES,
      teams: TEAMS_MESSAGES,
      shell: SHELL_MESSAGES,
    };
    for (const [area, table] of Object.entries(areas)) {
      const tableKeys = Object.keys(table);
      expect(tableKeys.filter((k) => !k.startsWith(`${area}.`))).toEqual([]);
      for (const key of tableKeys) expect(keys, key).toContain(key);
    }
  });

  it("writes counts with English plurals", () => {
    expect(staffText("findTimes.problemsLeft", { count: 1 })).toBe(
      "1 field needs changing before times can be found.",
    );
    expect(staffText("findTimes.problemsLeft", { count: 3 })).toBe(
      "3 fields need changing before times can be found.",
    );
    expect(staffText("children.timeline.all", { count: 1 })).toBe("1 entry, newest first.");
    expect(staffText("children.timeline.all", { count: 2 })).toBe("2 entries, newest first.");
    expect(staffText("dashboard.reviews.last", { days: 1 })).toBe("Last review 1 day ago.");
    expect(staffText("children.badge.standing", { count: 1, adjustments: "A quiet room" })).toBe(
      "Standing adjustment: A quiet room",
    );
    expect(staffText("children.badge.standing", { count: 2, adjustments: "A, B" })).toBe(
      "2 standing adjustments: A, B",
    );
  });

  it("keeps apostrophes as written", () => {
    expect(staffText("children.standing.list", { name: "Heather" })).toBe("Heather's standing adjustments");
    expect(staffText("dashboard.adjustments.meetingOn", { when: "Mon 1 Dec", askedBy: "Bilal" })).toBe(
      "'s meeting on Mon 1 Dec; asked by Bilal.",
    );
    expect(staffText("findTimes.check.zoneUnknown", { name: "Mars/Olympus" })).toBe(
      '"Mars/Olympus" is not a time zone name like Europe/London.',
    );
  });
});
