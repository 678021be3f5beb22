/**
 * SharePoint's own words for list errors as Graph relays them (sources in
 * tests/contract/fixtures/SOURCES.md), kept in one place so the fake says exactly what Graph says.
 */
export const LIST_MESSAGES = {
  notIndexed: (field: string) =>
    `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
  // Through Graph a query past the list view threshold is reported as throttling (SharePoint's own
  // REST API says "exceeds the list view threshold" with a 500 instead).
  thresholdStatus: 429,
  thresholdCode: "activityLimitReached",
  threshold: "The request has been throttled",
  preconditionCode: "resourceModified",
  precondition: "ETag does not match current item's value",
} as const;
