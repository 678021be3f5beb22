/**
 * Outlook on the web runs at most three asynchronous calls of an add-in at once and fails the
 * rest, so every call on the item goes through this queue: three in flight, the others wait their
 * turn in order.
 */
export function callQueue(limit = 3) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running--;
    waiting.shift()?.();
  };
  return function enqueue<T>(call: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const go = () => {
        running++;
        call().then(resolve, reject).finally(next);
      };
      if (running < limit) go();
      else waiting.push(go);
    });
  };
}
