import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { FamilyFields } from "./FamilyFields";
import { problemsLeft } from "./fieldProblem";
import { fieldRefs } from "./fieldRefs";
import { blankForm } from "./findTimesDraft";
import { type FindTimesForm, firstProblem, toFindTimesInput } from "./findTimesForm";
import { MeetingFields } from "./MeetingFields";
import { child, NOW, ROOMS, SCHOOL, STAFF } from "./testing/fixtures";

afterEach(cleanup);

const CHILDREN = [child("GP1001", "Aiden Scott"), child("GP1002", "Zofia Nowak")];

/** The form's fields as the page wires them: messages follow the form once Find times has been pressed. */
function Fields({ initial }: { initial: FindTimesForm }) {
  const [form, setForm] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [fields] = useState(fieldRefs);
  const check = toFindTimesInput(form, { staff: STAFF, rooms: ROOMS, school: SCHOOL, now: NOW });
  const problems = attempted && !check.ok ? check.problems : {};
  const change = (c: Partial<FindTimesForm>) => setForm((f) => ({ ...f, ...c }));
  return (
    <FluentProvider theme={webLightTheme}>
      <MeetingFields
        form={form}
        problems={problems}
        fields={fields}
        childList={CHILDREN}
        staff={STAFF}
        onChange={change}
        onType={(typeId) => change({ typeId })}
        onChild={(childId) => change({ childId })}
      />
      <FamilyFields form={form} problems={problems} fields={fields} onChange={change} />
      <button
        type="button"
        onClick={() => {
          setAttempted(true);
          const first = check.ok ? undefined : firstProblem(check.problems);
          if (first) fields.focus(first);
        }}
      >
        Find times
      </button>
    </FluentProvider>
  );
}

const empty = () => blankForm("", NOW, "Europe/London");

describe("the find-times fields", () => {
  it("show each problem next to its own field, mark it invalid and focus the first", async () => {
    const user = userEvent.setup();
    render(<Fields initial={empty()} />);
    const child = screen.getByRole("combobox", { name: "Child" });
    expect(child).not.toHaveAttribute("aria-invalid");

    await user.click(screen.getByRole("button", { name: "Find times" }));
    expect(child).toHaveFocus();
    expect(child).toHaveAttribute("aria-invalid", "true");
    expect(child).toHaveAccessibleDescription("Choose the child this meeting is about.");
    const aileen = screen.getByRole("combobox", { name: /Aileen MacRae/ });
    expect(aileen).toHaveAttribute("aria-invalid", "true");
    expect(aileen).toHaveAccessibleDescription("Choose at least one member of staff who must be there.");
    expect(screen.getByRole("spinbutton", { name: "Length (minutes)" })).not.toHaveAttribute("aria-invalid");
    // The messages are read with their fields; none is a live region, so none is spoken twice.
    expect(screen.queryAllByRole("alert")).toEqual([]);

    await user.selectOptions(child, "GP1001");
    expect(child).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText("Choose the child this meeting is about.")).toBeNull();
    await user.selectOptions(aileen, "required");
    expect(aileen).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText("Choose at least one member of staff who must be there.")).toBeNull();
  });

  it("refuse a length of 0, -5, 1.5 or 500 as typed, and drop the message once it is fixed", async () => {
    const user = userEvent.setup();
    render(
      <Fields initial={{ ...empty(), childId: "GP1001", staff: { "aileen@school.example": "required" } }} />,
    );
    await user.click(screen.getByRole("button", { name: "Find times" }));
    const length = screen.getByRole("spinbutton", { name: "Length (minutes)" });
    for (const [typed, message] of [
      ["0", "A meeting must last at least 5 minutes."],
      ["-5", "A meeting must last at least 5 minutes."],
      ["1.5", "Give the length in whole minutes, such as 45 or 60."],
      ["500", "A meeting can last at most 240 minutes (4 hours)."],
      ["", "Give the meeting's length in minutes."],
    ] as const) {
      await user.clear(length);
      if (typed) await user.type(length, typed);
      await user.tab();
      expect(length, typed).toHaveValue(typed);
      expect(length, typed).toHaveAttribute("aria-invalid", "true");
      expect(length, typed).toHaveAccessibleDescription(message);
    }
    await user.clear(length);
    await user.type(length, "45");
    await user.tab();
    expect(length).toHaveValue("45");
    expect(length).not.toHaveAttribute("aria-invalid");
    expect(length).not.toHaveAccessibleDescription(/minutes/);
  });

  it("refuse an impossible party size and time zone next to their fields", async () => {
    const user = userEvent.setup();
    render(
      <Fields initial={{ ...empty(), childId: "GP1001", staff: { "aileen@school.example": "required" } }} />,
    );
    const party = screen.getByRole("spinbutton", { name: "People coming for the family" });
    await user.clear(party);
    await user.type(party, "0");
    await user.tab();
    const zone = screen.getByRole("textbox", { name: "The family's time zone" });
    await user.clear(zone);
    await user.type(zone, "Mars/Olympus");
    await user.click(screen.getByRole("button", { name: "Find times" }));
    expect(zone).toHaveFocus();
    expect(zone).toHaveAccessibleDescription(/"Mars\/Olympus" is not a time zone name like Europe\/London\./);
    expect(party).toHaveAttribute("aria-invalid", "true");
    expect(party).toHaveAccessibleDescription(/At least 1 person comes for the family\./);

    await user.clear(party);
    await user.type(party, "3");
    await user.tab();
    expect(party).not.toHaveAttribute("aria-invalid");
    expect(zone).toHaveAttribute("aria-invalid", "true");
  });

  it("say the meeting will be in person with an online option when the family asks to join online", async () => {
    const user = userEvent.setup();
    render(<Fields initial={{ ...empty(), childId: "GP1001" }} />);
    const format = screen.getByRole("radiogroup", { name: "Format" });
    expect(format).not.toHaveAccessibleDescription(/online option/);
    await user.click(screen.getByRole("checkbox", { name: "Joining online" }));
    expect(format).toHaveAccessibleDescription(
      "In person, with an online option (the family asked to join online).",
    );
  });

  it("say once how many fields stand in the way of a search", () => {
    expect(problemsLeft({})).toBe("");
    expect(problemsLeft({ child: undefined })).toBe("");
    expect(problemsLeft({ child: "Choose the child this meeting is about." })).toBe(
      "1 field needs changing before times can be found.",
    );
    expect(problemsLeft({ child: "a", staff: "b", minutes: undefined })).toBe(
      "2 fields need changing before times can be found.",
    );
  });
});
