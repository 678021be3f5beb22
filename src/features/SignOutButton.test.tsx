import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Host } from "../domain/ports/host";
import type { Session, SignOutOutcome } from "../domain/ports/session";
import { SignOutButton } from "./SignOutButton";
import { type Services, ServicesProvider } from "./services";

// jsdom lays nothing out: Fluent's MessageBar watches its size with a ResizeObserver jsdom lacks.
beforeAll(() => {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, "ResizeObserver");
});
afterEach(cleanup);

const teams: Host = {
  context: {
    kind: "teams",
    theme: "light",
    locale: "en-GB",
    timeZone: undefined,
    loginHint: "aileen@glenmore.sch.uk",
  },
  onThemeChange: () => () => undefined,
};

/** The session port as the composition root gives it (drafts then sign-in; see app/signOut.test.ts). */
function session(outcome: SignOutOutcome) {
  const calls: string[] = [];
  const port: Session = {
    user: () => (calls.length ? undefined : "aileen@glenmore.sch.uk"),
    signOut: async () => {
      calls.push("signOut");
      return outcome;
    },
  };
  return { port, calls };
}

function renderButton(port: Session, seen: SignOutOutcome[]) {
  // Only what the button uses: the session and the host it names.
  const services: Partial<Services> = { host: teams, session: port };
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services as Services}>
        <SignOutButton onSignedOut={(o) => seen.push(o)} />
      </ServicesProvider>
    </FluentProvider>,
  );
}

describe("SignOutButton", () => {
  it("in Teams, signs out once and says Teams itself is still signed in", async () => {
    const { port, calls } = session("hostKeepsSignIn");
    const seen: SignOutOutcome[] = [];
    renderButton(port, seen);
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Common Ground has forgotten your sign-in and your drafts on this computer. You are still signed in to Microsoft Teams: sign out of it too if others use this computer.",
    );
    expect(calls).toEqual(["signOut"]);
    expect(seen).toEqual(["hostKeepsSignIn"]);
  });

  it("in a browser whose sign-out window was blocked, says to close the browser", async () => {
    renderButton(session("browserKeepsSignIn").port, []);
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "close every window of this browser to finish signing out",
    );
  });
});
