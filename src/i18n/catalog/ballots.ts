import type { Catalog } from "../types.js";

/** Messages of the ballots area. Keys are `ballots.something`. */
export const ballots = {} satisfies Catalog;
