import type { Catalog } from "../types.js";

/** Messages of the scores area. Keys are `scores.something`. */
export const scores = {} satisfies Catalog;
