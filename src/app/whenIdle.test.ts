import { afterEach, describe, expect, it, vi } from "vitest";
import { type IdleScope, whenIdle } from "./whenIdle";

afterEach(() => {
  vi.useRealTimers();
});

describe("whenIdle", () => {
  it("asks the browser for an idle moment when it can", () => {
    const callbacks: (() => void)[] = [];
    const scope: IdleScope = {
      requestIdleCallback: (callback) => callbacks.push(callback),
      cancelIdleCallback: vi.fn(),
    };
    const work = vi.fn();
    whenIdle(work, 200, scope);
    expect(work).not.toHaveBeenCalled();
    callbacks[0]?.();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("cancels the idle request", () => {
    const cancelIdleCallback = vi.fn();
    const cancel = whenIdle(vi.fn(), 200, { requestIdleCallback: () => 7, cancelIdleCallback });
    cancel();
    expect(cancelIdleCallback).toHaveBeenCalledWith(7);
  });

  it("falls back to a timer where there is no requestIdleCallback", () => {
    vi.useFakeTimers();
    const work = vi.fn();
    whenIdle(work, 200, {});
    vi.advanceTimersByTime(199);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("cancels the timer", () => {
    vi.useFakeTimers();
    const work = vi.fn();
    const cancel = whenIdle(work, 200, {});
    cancel();
    vi.advanceTimersByTime(1_000);
    expect(work).not.toHaveBeenCalled();
  });
});
