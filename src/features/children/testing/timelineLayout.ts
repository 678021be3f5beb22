/**
 * jsdom lays nothing out, so every element is 0 px high and the virtualised timeline would draw no
 * entries. This gives the timeline's scroller the height it has on screen, for component tests.
 * Returns a function that takes the stub away again.
 */
export function giveTimelineAHeight(height = 640): () => void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientHeight");
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === "timeline-scroller" ? height : (original?.get?.call(this) ?? 0);
    },
  });
  return () => {
    if (original) Object.defineProperty(HTMLElement.prototype, "clientHeight", original);
  };
}
