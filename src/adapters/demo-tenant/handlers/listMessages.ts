/**
 * SharePoint's own words for list errors as Graph relays them (sources in
 * tests/contract/fixtures/SOURCES.md), kept in one place so the fake says exactly what Graph says.
 */
export const LIST_MESSAGES = {
  notIndexed: (field: string) =>
    `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
  thresholdStatus: 500,
  thresholdCode: "generalException",
  threshold: "The attempted operation is prohibited because it exceeds the list view threshold.",
  preconditionCode: "preconditionFailed",
  precondition: "The request ETag value does not match the object's ETag value.",
} as const;
