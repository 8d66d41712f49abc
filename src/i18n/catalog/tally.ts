import type { Catalog } from "../types.js";

/** Messages of the tally area. Keys are `tally.something`. */
export const tally = {} satisfies Catalog;
