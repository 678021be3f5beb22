import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { meetingWorld } from "../../tests/support/meetingWorld";
import { staffServices } from "../../tests/support/staffServices";
import type { HostContext } from "../domain/ports/host";
import { Timeline } from "./children/Timeline";
import { giveTimelineAHeight } from "./children/testing/timelineLayout";
import { type Services, ServicesProvider } from "./services";
import { staffLocale } from "./useDateFormat";

/*
 * Staff dates follow Teams' or Outlook's locale, otherwise the school's; a plain browser's own
 * language (an en-US default on a UK school's computer) never decides them. Over the production
 * Graph code and the demo tenant (msw).
 */

const world = meetingWorld();
beforeEach(world.reset);
afterEach(cleanup);
let takeHeightAway: () => void = () => undefined;
beforeAll(() => {
  takeHeightAway = giveTimelineAHeight();
});
afterAll(() => takeHeightAway());

function host(kind: HostContext["kind"], locale: string): Services["host"] {
  return {
    context: { kind, theme: "light", locale, timeZone: undefined, loginHint: undefined },
    onThemeChange: () => () => undefined,
  };
}

/** The newest timeline entry, as the screen shows it, after an offer went out at 09:00 on 23 Nov. */
async function firstEntry(change: Partial<Services>): Promise<HTMLElement | undefined> {
  const w = await world.setUp();
  await w.offers.send(w.draft);
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={{ ...staffServices(w), ...change }}>
        <Timeline childId={w.draft.childId} />
      </ServicesProvider>
    </FluentProvider>,
  );
  const list = await screen.findByRole("list", { name: "Timeline entries" });
  return within(list).getAllByRole("listitem")[0];
}

const BRITISH = "Mon, 23 Nov 2026, 9:00";
const AMERICAN = "Mon, Nov 23, 2026, 9:00 AM";

describe("staff dates", () => {
  it("are British in a plain browser whose language is en-US", { timeout: 30_000 }, async () => {
    const entry = await firstEntry({ host: host("standalone", "en-US") });
    expect(entry).toHaveTextContent(BRITISH);
    expect(entry).not.toHaveTextContent("Nov 23");
  });

  it("are American when Teams says the user's locale is en-US", { timeout: 30_000 }, async () => {
    const entry = await firstEntry({ host: host("teams", "en-US") });
    expect(entry).toHaveTextContent(AMERICAN);
    expect(entry).not.toHaveTextContent("23 Nov");
  });

  it("follow the school's locale in a plain browser", { timeout: 30_000 }, async () => {
    const entry = await firstEntry({ host: host("standalone", "en-GB"), schoolLocale: "en-US" });
    expect(entry).toHaveTextContent(AMERICAN);
  });
});

describe("staffLocale", () => {
  it("takes Teams' and Outlook's locale, and the school's in a browser or when the host's is unusable", () => {
    expect(staffLocale({ kind: "outlook", locale: "en-us" }, "en-GB")).toBe("en-US");
    expect(staffLocale({ kind: "teams", locale: "cy-GB" }, "en-GB")).toBe("cy-GB");
    expect(staffLocale({ kind: "standalone", locale: "en-US" }, "en-GB")).toBe("en-GB");
    expect(staffLocale({ kind: "standalone", locale: "en-US" }, "cy")).toBe("cy");
    expect(staffLocale({ kind: "teams", locale: "" }, "en-IE")).toBe("en-IE");
    expect(staffLocale({ kind: "teams", locale: "x".repeat(10_000) }, "en-GB")).toBe("en-GB");
    expect(staffLocale({ kind: "standalone", locale: "en-US" }, "not a tag")).toBe("en-GB");
  });
});
