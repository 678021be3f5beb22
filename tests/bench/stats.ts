/** The median of a sample, to two decimals. */
export function p50(sample: readonly number[]): number {
  const sorted = [...sample].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const value =
    sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 100) / 100;
}
