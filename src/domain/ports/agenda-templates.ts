import type { AgendaTemplate } from "../agendas/agendaTemplates";

/** The school's own agenda templates (changed built-in ones and new ones), kept in the records store. */
export interface AgendaTemplates {
  /** The school's templates; none until it saves one. */
  list(): Promise<readonly AgendaTemplate[]>;
  /** Replaces the school's templates with this list, exactly once. */
  save(templates: readonly AgendaTemplate[]): Promise<void>;
}
