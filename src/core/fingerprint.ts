/**
 * A stable text form of plain data (keys sorted at every level) so that the
 * same data always hashes alike, whatever order it was built in. A Map is
 * written as an object of its entries and a Set as a sorted list (the
 * shortlists of a year are kept so), so that they count in the hash.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Set) return [...value].map(sortKeys).sort();
  if (value instanceof Map) {
    return sortKeys(Object.fromEntries([...value].map(([k, v]) => [String(k), v])));
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
