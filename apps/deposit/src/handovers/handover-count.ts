/** What the outgoing clerk counted against what the desk's records hold. */
export interface HandoverComparison {
  expectedCount: number;
  /** On hand by the records, not listed by the clerk; ascending. */
  missingTags: number[];
  /** Listed by the clerk, not on hand by the records; ascending. */
  extraTags: number[];
  discrepancy: boolean;
}

/**
 * A handover matches only when the count and the tag set both agree with the records: a right
 * count with a wrong tag (bag 7 gone, an untagged bag counted) is still a discrepancy.
 */
export function compareHandover(counted: { count: number; tagNos: readonly number[] }, heldTags: readonly number[]): HandoverComparison {
  const held = new Set(heldTags);
  const listed = new Set(counted.tagNos);
  const ascending = (a: number, b: number) => a - b;
  const missingTags = [...held].filter((t) => !listed.has(t)).sort(ascending);
  const extraTags = [...listed].filter((t) => !held.has(t)).sort(ascending);
  const expectedCount = held.size;
  return {
    expectedCount,
    missingTags,
    extraTags,
    discrepancy: counted.count !== expectedCount || missingTags.length > 0 || extraTags.length > 0,
  };
}
