import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ServiceError } from "../domain/errors";
import { errorText } from "./errorText";
import { useAction } from "./useAction";

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
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A promise the test settles when it chooses, so nothing waits on a real clock. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

type Save = (name: string, count: number) => Promise<number>;

/** A screen's button as the app writes one: busy label, error in words, a way to try again. */
function SaveButton(props: {
  action: Save;
  onDone?: (saved: number) => void;
  disableWhenBusy?: boolean;
  onRun?: (running: Promise<void>) => void;
}) {
  const save = useAction(props.action, props.onDone);
  return (
    <FluentProvider theme={webLightTheme}>
      <Button
        onClick={() => {
          const running = save.run("Ada", 2);
          props.onRun?.(running);
        }}
        disabled={props.disableWhenBusy === true && save.busy}
      >
        {save.busy ? "Saving…" : "Save"}
      </Button>
      <Button onClick={() => void save.run("Grace", 5)}>Save Grace</Button>
      {save.error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
          <Button onClick={() => void save.retry()}>Try again</Button>
        </MessageBar>
      )}
    </FluentProvider>
  );
}

const throttled = errorText(new ServiceError("throttled", "429"));

describe("an action behind a button", () => {
  it("runs once for a double click, and again for a click after it has finished", async () => {
    const user = userEvent.setup();
    const first = deferred<number>();
    const action = vi.fn<Save>().mockReturnValueOnce(first.promise).mockResolvedValueOnce(2);
    // The button stays enabled, so it is the hook, not a disabled button, that ignores the second click.
    render(<SaveButton action={action} />);
    const button = screen.getByRole("button", { name: "Save" });

    await user.dblClick(button);
    expect(action).toHaveBeenCalledTimes(1);

    await act(async () => first.resolve(1));
    await user.click(button);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it("is busy while the action runs, and the button says so and cannot be pressed", async () => {
    const user = userEvent.setup();
    const saving = deferred<number>();
    render(<SaveButton action={() => saving.promise} disableWhenBusy />);

    await user.click(screen.getByRole("button", { name: "Save" }));
    const busy = screen.getByRole("button", { name: "Saving…" });
    expect(busy).toBeDisabled();

    await act(async () => saving.resolve(1));
    expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Saving…" })).toBeNull();
  });

  it("keeps a failure on screen until the next run starts", async () => {
    const user = userEvent.setup();
    const again = deferred<number>();
    const action = vi
      .fn<Save>()
      .mockRejectedValueOnce(new ServiceError("throttled", "429"))
      .mockReturnValueOnce(again.promise);
    const view = render(<SaveButton action={action} />);

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByRole("alert")).toHaveTextContent(throttled);
    // The screen drawing itself again (here with a new action from its parent) does not wipe it.
    view.rerender(<SaveButton action={action} onDone={() => {}} />);
    expect(screen.getByRole("alert")).toHaveTextContent(throttled);

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("button", { name: "Saving…" })).toBeInTheDocument();

    await act(async () => again.resolve(3));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("puts something thrown that is not an Error into words too", async () => {
    const user = userEvent.setup();
    render(<SaveButton action={() => Promise.reject(undefined)} />);

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Something unexpected went wrong: The action failed");
  });

  it("tries again with the same arguments as the run that failed", async () => {
    const user = userEvent.setup();
    const action = vi
      .fn<Save>()
      .mockRejectedValueOnce(new ServiceError("throttled", "429"))
      .mockResolvedValueOnce(4);
    const onDone = vi.fn();
    render(<SaveButton action={action} onDone={onDone} />);

    await user.click(screen.getByRole("button", { name: "Save Grace" }));
    expect(onDone).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Try again" }));

    expect(action.mock.calls).toEqual([
      ["Grace", 5],
      ["Grace", 5],
    ]);
    expect(onDone.mock.calls).toEqual([[4]]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("hands the result to onDone once, after the busy state has ended", async () => {
    const user = userEvent.setup();
    const saving = deferred<number>();
    const onDone = vi.fn();
    render(<SaveButton action={() => saving.promise} onDone={onDone} />);

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onDone).not.toHaveBeenCalled();
    await act(async () => saving.resolve(42));

    expect(onDone.mock.calls).toEqual([[42]]);
    expect(screen.getByRole("button", { name: "Save" })).toBeInTheDocument();
  });

  it("settles quietly when the action finishes after the screen has gone, still reporting the result", async () => {
    const user = userEvent.setup();
    const errors = vi.spyOn(console, "error");
    const warnings = vi.spyOn(console, "warn");
    const saving = deferred<number>();
    const failing = deferred<number>();
    const onDone = vi.fn();
    const runs: Promise<void>[] = [];
    const first = render(
      <SaveButton action={() => saving.promise} onDone={onDone} onRun={(r) => runs.push(r)} />,
    );
    await user.click(screen.getByRole("button", { name: "Save" }));
    first.unmount();
    const second = render(<SaveButton action={() => failing.promise} onRun={(r) => runs.push(r)} />);
    await user.click(screen.getByRole("button", { name: "Save" }));
    second.unmount();

    await act(async () => {
      saving.resolve(7);
      failing.reject(new ServiceError("timeout", "took too long"));
    });

    await expect(Promise.all(runs)).resolves.toEqual([undefined, undefined]);
    // The work happened, so whoever asked for it still hears (an offer that was sent clears its draft).
    expect(onDone.mock.calls).toEqual([[7]]);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });
});

/** Work that names its steps, as setting up the pastoral site's lists does. */
function SetupButton(props: { provision: (onStep: (step: string) => void) => Promise<void> }) {
  const setup = useAction(async () => {
    await props.provision(setup.report);
  });
  return (
    <FluentProvider theme={webLightTheme}>
      <Button onClick={() => void setup.run()} disabled={setup.busy}>
        Set up
      </Button>
      {setup.step && <output aria-label="Progress">{setup.step}</output>}
    </FluentProvider>
  );
}

describe("an action that reports its steps", () => {
  it("shows the latest step while it runs, and nothing once it has finished", async () => {
    const user = userEvent.setup();
    const done = deferred<void>();
    let report: (step: string) => void = () => {};
    render(
      <SetupButton
        provision={(onStep) => {
          report = onStep;
          return done.promise;
        }}
      />,
    );

    await user.click(screen.getByRole("button", { name: "Set up" }));
    expect(screen.queryByRole("status", { name: "Progress" })).toBeNull();
    act(() => report("Creating CG Meetings"));
    expect(screen.getByRole("status", { name: "Progress" })).toHaveTextContent("Creating CG Meetings");
    act(() => report("Creating CG Timeline"));
    expect(screen.getByRole("status", { name: "Progress" })).toHaveTextContent("Creating CG Timeline");

    await act(async () => done.resolve());
    expect(screen.queryByRole("status", { name: "Progress" })).toBeNull();
    // A step reported late, after the work has ended, is not shown as if it were still going.
    act(() => report("Creating CG Actions"));
    expect(screen.queryByRole("status", { name: "Progress" })).toBeNull();
  });
});
