import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { expect } from "vitest";
import type { FakeOfficeSetup } from "../../../../tests/support/fakeOutlook";
import type { MailItem } from "../../../domain/ports/mail-item";
import { type Services, ServicesProvider } from "../../services";
import { OutlookPane } from "../OutlookPane";

/** A new, empty appointment on Monday 30 November at 10:00, as Outlook opens one for the organiser. */
export const NEW_APPOINTMENT: FakeOfficeSetup = {
  item: {
    type: "appointmentCompose",
    subject: "",
    start: "2026-11-30T10:00:00.000Z",
    end: "2026-11-30T10:30:00.000Z",
    requiredAttendees: [],
    optionalAttendees: [],
    locations: [],
    sensitivity: "normal",
    body: "",
  },
};

/** The Outlook pane on `item`, over the given services, in Outlook's light theme (`follow`: pinned). */
export function showPane(
  services: Services,
  item: MailItem,
  follow?: Parameters<typeof OutlookPane>[0]["follow"],
): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <OutlookPane item={item} follow={follow} />
      </ServicesProvider>
    </FluentProvider>,
  );
}

/** Find times, choose the `index`th time offered (0 is the first) and put it in the appointment. */
export async function putTimeInAppointment(
  user: ReturnType<typeof userEvent.setup>,
  index: number,
): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Find times" }));
  const times = await screen.findByRole(
    "radiogroup",
    { name: "Times everyone is free" },
    { timeout: 15_000 },
  );
  const time = within(times).getAllByRole("radio")[index];
  if (!time) throw new Error(`no time ${index + 1}`);
  await user.click(time);
  await user.click(screen.getByRole("button", { name: "Put this time in the appointment" }));
  expect(
    await screen.findByText(/^The appointment is filled in for /, {}, { timeout: 15_000 }),
  ).toBeVisible();
}
