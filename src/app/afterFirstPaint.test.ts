import { afterEach, describe, expect, it, vi } from "vitest";
import { afterFirstPaint } from "./afterFirstPaint";

afterEach(() => vi.useRealTimers());

describe("afterFirstPaint", () => {
  it("waits for the next frame, then lets it paint", async () => {
    vi.useFakeTimers();
    let frame: (() => void) | undefined;
    let done = false;
    const waiting = afterFirstPaint({
      document: { visibilityState: "visible" },
      requestAnimationFrame: (callback) => {
        frame = callback;
        return 1;
      },
    }).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(false);
    frame?.();
    await vi.advanceTimersByTimeAsync(0);
    await waiting;
    expect(done).toBe(true);
  });

  it("does not wait in a hidden page, which paints no frames", async () => {
    const requestAnimationFrame = vi.fn();
    await afterFirstPaint({ document: { visibilityState: "hidden" }, requestAnimationFrame });
    expect(requestAnimationFrame).not.toHaveBeenCalled();
  });

  it("stops waiting after the fallback when no frame comes", async () => {
    vi.useFakeTimers();
    let done = false;
    const waiting = afterFirstPaint(
      { document: { visibilityState: "visible" }, requestAnimationFrame: () => 1 },
      100,
    ).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });
});
