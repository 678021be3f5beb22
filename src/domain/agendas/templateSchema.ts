import { z } from "zod";
import { MEETING_TYPES } from "../meetings/meetingTypes";
import { AGENDA_LEADS, type AgendaTemplate, BUILT_IN_ITEMS } from "./agendaTemplates";

const TYPE_IDS = MEETING_TYPES.map((t) => t.id) as [string, ...string[]];

const templateSchema = z.object({
  id: z.string().min(1).max(80),
  jurisdiction: z.enum(["scotland", "england", "both"]),
  typeId: z.enum(TYPE_IDS),
  label: z.string().trim().min(1).max(120),
  items: z
    .array(
      z.object({
        key: z.enum(BUILT_IN_ITEMS).optional(),
        title: z.string().trim().min(1).max(300),
        minutes: z.number().int().min(0).max(240),
        lead: z.enum(AGENDA_LEADS),
      }),
    )
    .min(1)
    .max(40),
});

/** The school's templates as the settings list keeps them (JSON), versioned for later changes. */
const storedSchema = z.object({ v: z.literal(1), templates: z.array(templateSchema) });

export type TemplatesRead =
  | { readonly ok: true; readonly templates: readonly AgendaTemplate[] }
  | { readonly ok: false; readonly problem: string };

/** Reads the school's stored templates; a value that cannot be read is reported, never guessed at. */
export function readTemplates(json: unknown): TemplatesRead {
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: issue ? `${issue.path.join(".")}: ${issue.message}` : "not templates" };
  }
  return { ok: true, templates: parsed.data.templates as AgendaTemplate[] };
}

/** Checks one template before it is saved; the first problem, or undefined when it is fine. */
export function templateProblem(template: AgendaTemplate): string | undefined {
  const parsed = templateSchema.safeParse(template);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return issue ? `${issue.path.join(" ")}: ${issue.message}` : "not a template";
}

/** What stops a template being saved, each said beside its field. */
export type TemplateIssue =
  | { readonly code: "noName" }
  | { readonly code: "noItems" }
  | { readonly code: "itemTitle"; readonly item: number }
  | { readonly code: "itemMinutes"; readonly item: number };

/** Every problem with a template staff are editing (items counted from 1); none when it can be saved. */
export function templateIssues(template: AgendaTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (!template.label.trim()) issues.push({ code: "noName" });
  if (template.items.length === 0) issues.push({ code: "noItems" });
  template.items.forEach((item, i) => {
    if (!item.title.trim()) issues.push({ code: "itemTitle", item: i + 1 });
    if (!Number.isInteger(item.minutes) || item.minutes < 0 || item.minutes > 240)
      issues.push({ code: "itemMinutes", item: i + 1 });
  });
  return issues;
}

export const writeTemplates = (templates: readonly AgendaTemplate[]) => ({ v: 1 as const, templates });
