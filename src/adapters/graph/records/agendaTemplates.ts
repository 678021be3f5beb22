import type { AgendaTemplate } from "../../../domain/agendas/agendaTemplates";
import { readTemplates, writeTemplates } from "../../../domain/agendas/templateSchema";
import type { AgendaTemplates } from "../../../domain/ports/agenda-templates";
import type { GraphSchoolSettings } from "./schoolSettings";

const KEY = "AgendaTemplates";

/** The school's agenda templates: one JSON item in "CG Settings" beside the school profile. */
export class GraphAgendaTemplates implements AgendaTemplates {
  constructor(private readonly settings: GraphSchoolSettings) {}

  async list(): Promise<readonly AgendaTemplate[]> {
    const value = await this.settings.value(KEY);
    if (!value) return [];
    const read = readTemplates(JSON.parse(value));
    if (!read.ok) throw new RangeError(`The agenda templates setting is not valid: ${read.problem}`);
    return read.templates;
  }

  save(templates: readonly AgendaTemplate[]): Promise<void> {
    return this.settings.saveValue(KEY, JSON.stringify(writeTemplates(templates)));
  }
}
