import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ME, meetingWorld } from "../../../tests/support/meetingWorld";
import { staffServices } from "../../../tests/support/staffServices";
import type { StoredMeeting } from "../../domain/meetings/meeting";
import { type Services, ServicesProvider } from "../services";
import { ReplyCheck } from "./ReplyCheck";

/*
 * The reply check over the production Graph code and the demo tenant (msw), as staff use it.
 */

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);
afterEach(cleanup);

function arrives(from: string, subject: string, text: string) {
  ctx.now += 60_000;
  ctx.tenant.receiveExternal({ name: "", address: from }, ME, subject, `<div>${text}</div>`);
}

async function offered() {
  const w = await world.setUp();
  const stored = await w.offers.send(w.draft);
  const services = staffServices(w);
  const subject = (to: string) =>
    `Re: ${ctx.tenant.snapshot.external.find((m) => m.to === to)?.message.subject ?? ""}`;
  return { ...w, stored, services, subject };
}

function show(services: Services, stored: StoredMeeting, changed: string[]) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <ReplyCheck stored={stored} onChanged={(m) => changed.push(m)} />
      </ServicesProvider>
    </FluentProvider>,
  );
}

const bookedEvents = () =>
  (ctx.tenant.snapshot.calendars[ME] ?? []).filter((e) => e.subject?.startsWith("Family meeting"));

describe("checking replies", () => {
  it("warns about a reply from another address, and books from it only after staff confirm", {
    timeout: 30_000,
  }, async () => {
    const { services, stored, subject } = await offered();
    arrives("someone@elsewhere.example.com", subject("samira@example.net"), "The second time works");
    const changed: string[] = [];
    show(services, stored, changed);
    expect(await screen.findByText("Reply about Samira Aziz's invitation")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Sent from someone@elsewhere.example.com, not from the carer's address on record. Check with Samira Aziz before booking anything from it.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Reply from Samira Aziz/)).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Book time 2" }));
    // One click books nothing: it asks.
    const ask = screen.getByRole("alert");
    expect(ask).toHaveTextContent(
      "This reply was sent from someone@elsewhere.example.com, not from Samira Aziz's address on record.",
    );
    expect(bookedEvents()).toHaveLength(0);
    await user.click(within(ask).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Book time 2" }));
    await user.click(screen.getByRole("button", { name: "I have checked: book time 2" }));
    await expect.poll(() => changed, { timeout: 10_000 }).toHaveLength(1);
    expect(bookedEvents()).toHaveLength(1);
  });

  it("books the carer's own reply in one click, and shows their later small talk beside it", {
    timeout: 30_000,
  }, async () => {
    const { services, stored, subject } = await offered();
    arrives("samira@example.net", subject("samira@example.net"), "The third time works for me");
    arrives("samira@example.net", subject("samira@example.net"), "Thanks, see you then!");
    const changed: string[] = [];
    show(services, stored, changed);
    expect(await screen.findByText("Reply from Samira Aziz")).toBeInTheDocument();
    expect(screen.queryByText(/not from the carer's address on record/)).not.toBeInTheDocument();
    expect(screen.getByText(/^Looks like time 3:/)).toBeInTheDocument();
    expect(screen.getByText("1 more message in this conversation")).toBeInTheDocument();
    expect(
      within(screen.getByRole("list", { name: "Other messages about Samira Aziz's invitation" })).getByText(
        "Thanks, see you then!",
      ),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Book time 3" }));
    await expect.poll(() => changed, { timeout: 10_000 }).toHaveLength(1);
    expect(bookedEvents()).toHaveLength(1);
  });
});
