/** Staff words for a carer's standing adjustments on the child's page. */
export const STANDING_MESSAGES = {
  "standing.removedList": "{name}'s adjustments removed at the family's request",
  "standing.removed":
    "{adjustment} – removed at the family's request by {by} on {date}; an MIS import will not add it back",
} as const;
