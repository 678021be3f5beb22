import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AgendaActions } from "../../domain/agendas/agendaActions";
import { type AgendaTemplate, allTemplates, BUILT_IN_TEMPLATES } from "../../domain/agendas/agendaTemplates";
import { templateProblem } from "../../domain/agendas/templateSchema";
import { type Services, ServicesProvider } from "../services";
import { AgendaTemplatesPanel } from "./AgendaTemplatesPanel";

// jsdom lays nothing out, so it has no ResizeObserver; the MessageBar only uses it to choose a layout.
beforeAll(() => {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(cleanup);

/** The school's templates kept in memory, as the settings list would keep them. */
function school() {
  let own: AgendaTemplate[] = [];
  const agendas = {
    templates: async () => allTemplates(own),
    schoolTemplates: async () => own,
    async saveTemplate(t: AgendaTemplate) {
      const problem = templateProblem(t);
      if (problem) throw new RangeError(problem);
      own = [...own.filter((x) => x.id !== t.id), t];
    },
    async deleteTemplate(id: string) {
      own = own.filter((t) => t.id !== id);
    },
  } as Partial<AgendaActions> as AgendaActions;
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={{ agendas, random: () => 0.5 } as Partial<Services> as Services}>
        <AgendaTemplatesPanel />
      </ServicesProvider>
    </FluentProvider>,
  );
  return { own: () => own };
}

const FIRST = BUILT_IN_TEMPLATES[0] as AgendaTemplate;
const templateMenu = () => screen.getByRole("combobox", { name: "Template" }) as HTMLSelectElement;
const optionLabels = () => [...templateMenu().options].map((o) => o.textContent ?? "");
const itemBox = (n: number) => screen.getByRole("textbox", { name: `Item ${n}` });
/** Puts text in a field at once (typing key by key is slow on a busy machine). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

// Each test is a dozen steps through Fluent's controls: slow on a busy two-core machine.
describe("the agenda template editor", { timeout: 90_000 }, () => {
  it("adds a template of the school's own from a built-in one, with its own items", async () => {
    const user = userEvent.setup();
    const { own } = school();
    await screen.findByRole("combobox", { name: "Template" });
    expect(screen.getByText("Built in")).toBeTruthy();
    const name = screen.getByRole("textbox", { name: "Template name" });
    await fill(user, name, "Our review");
    await user.click(screen.getByRole("button", { name: "Add an item" }));
    await fill(user, itemBox(FIRST.items.length + 1), "Swimming");
    await user.click(screen.getByRole("button", { name: "Save as a new template" }));
    await screen.findByText("Saved. New agendas of this kind start from it.");
    expect(own().map((t) => [t.id, t.label, t.items.length, t.items.at(-1)?.title])).toEqual([
      ["own-zik0zk", "Our review (copy)", FIRST.items.length + 1, "Swimming"],
    ]);
    // The new one is shown, as the school's own, and listed first.
    expect(templateMenu().value).toBe("own-zik0zk");
    expect(screen.getByText("Your school's own")).toBeTruthy();
    expect(optionLabels()[0]).toMatch(/^Our review \(copy\) \(/);
  });

  it("re-types an item of the school's template and saves it in place", async () => {
    const user = userEvent.setup();
    const { own } = school();
    await screen.findByRole("combobox", { name: "Template" });
    await user.click(screen.getByRole("button", { name: "Save as a new template" }));
    await screen.findByText("Saved. New agendas of this kind start from it.");
    const first = await screen.findByRole("textbox", { name: "Item 1" });
    expect(templateMenu().value).toBe("own-zik0zk");
    await fill(user, first, "Hello and who is who");
    await user.click(screen.getByRole("button", { name: "Save for this school" }));
    await screen.findByText("Saved. New agendas of this kind start from it.");
    expect(own()).toHaveLength(1);
    // Re-typed, the item is the school's words (no built-in key): sent as written.
    expect(own()[0]?.items[0]).toEqual({
      title: "Hello and who is who",
      minutes: FIRST.items[0]?.minutes,
      lead: FIRST.items[0]?.lead,
    });
  });

  it("deletes the school's own template, and resets a changed built-in one", async () => {
    const user = userEvent.setup();
    const { own } = school();
    await screen.findByRole("combobox", { name: "Template" });
    // Change the built-in one for this school.
    const name = screen.getByRole("textbox", { name: "Template name" });
    await fill(user, name, `${FIRST.label} (ours)`);
    await user.click(screen.getByRole("button", { name: "Save for this school" }));
    await screen.findByText("Saved. New agendas of this kind start from it.");
    expect(screen.getByText("Built in, changed by your school")).toBeTruthy();
    expect(own().map((t) => [t.id, t.label])).toEqual([[FIRST.id, `${FIRST.label} (ours)`]]);
    expect(screen.queryByRole("button", { name: "Delete this template" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Put back the built-in template" }));
    await screen.findByText("The built-in template is back. New agendas of this kind start from it.");
    expect(own()).toEqual([]);
    expect((screen.getByRole("textbox", { name: "Template name" }) as HTMLInputElement).value).toBe(
      FIRST.label,
    );

    // A copy of the school's own is deleted; the built-in ones stay.
    await user.click(screen.getByRole("button", { name: "Save as a new template" }));
    await screen.findByText("Saved. New agendas of this kind start from it.");
    expect(own()).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Delete this template" }));
    await screen.findByText("Deleted. Agendas of this kind start from the built-in template again.");
    expect(own()).toEqual([]);
    expect(optionLabels()).toHaveLength(BUILT_IN_TEMPLATES.length);
  });

  it("will not save a template without a name or with an empty item, and says so beside each", async () => {
    const user = userEvent.setup();
    const { own } = school();
    await screen.findByRole("combobox", { name: "Template" });
    await user.clear(screen.getByRole("textbox", { name: "Template name" }));
    await user.click(screen.getByRole("button", { name: "Add an item" }));
    const minutes = screen.getByRole("spinbutton", { name: `Minutes for item ${FIRST.items.length + 1}` });
    await user.clear(minutes);
    await user.click(screen.getByRole("button", { name: "Save for this school" }));
    const fix = "3 things need fixing before this template can be saved: see the fields marked.";
    expect(screen.getByText(fix).closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByText("Give the template a name")).toBeTruthy();
    expect(screen.getByText("Write what this item is about")).toBeTruthy();
    expect(screen.getByText("A whole number of minutes from 0 to 240")).toBeTruthy();
    expect(own()).toEqual([]);

    // Fixed one by one, the messages go; then it saves.
    await fill(user, screen.getByRole("textbox", { name: "Template name" }), "Fixed");
    expect(screen.queryByText("Give the template a name")).toBeNull();
    await user.click(screen.getByRole("button", { name: `Remove item ${FIRST.items.length + 1}` }));
    expect(screen.queryByText(/need fixing before this template can be saved/)).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Save for this school" }));
    await screen.findByText("Saved. New agendas of this kind start from it.");
    expect(own().map((t) => t.label)).toEqual(["Fixed"]);
    expect(within(templateMenu()).getAllByRole("option")).toHaveLength(BUILT_IN_TEMPLATES.length);
  });
});
