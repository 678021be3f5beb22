/**
 * What a dashboard (or a channel tab) shows: the whole pastoral caseload, one year group, or one
 * child. A child is named only by the opaque id the school's records use, never by name, so a scope
 * can go into a tab's settings and a URL without saying anything about the child.
 */
export type DashboardScope =
  | { readonly kind: "caseload" }
  | { readonly kind: "year"; readonly yearGroup: string }
  | { readonly kind: "child"; readonly childId: string };

export const CASELOAD: DashboardScope = { kind: "caseload" };

/** The scope as one token (`caseload`, `year:P7`, `child:GP1001`): a tab's entity id, a route part. */
export function scopeToken(scope: DashboardScope): string {
  switch (scope.kind) {
    case "caseload":
      return "caseload";
    case "year":
      return `year:${scope.yearGroup}`;
    case "child":
      return `child:${scope.childId}`;
  }
}

/** Reads a token back; anything unrecognised is the whole caseload (the least surprising view). */
export function scopeFromToken(token: string | undefined): DashboardScope {
  const [kind, ...rest] = (token ?? "").split(":");
  const value = rest.join(":").trim();
  if (kind === "year" && value) return { kind: "year", yearGroup: value };
  if (kind === "child" && value) return { kind: "child", childId: value };
  return CASELOAD;
}

/** Whether a child (by id and year group) is inside the scope. */
export function inScope(scope: DashboardScope, child: { id: string; yearGroup: string }): boolean {
  switch (scope.kind) {
    case "caseload":
      return true;
    case "year":
      return child.yearGroup.trim().toLowerCase() === scope.yearGroup.trim().toLowerCase();
    case "child":
      return child.id === scope.childId;
  }
}
