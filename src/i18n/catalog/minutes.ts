import type { Catalog } from "../types.js";

/** Messages of the minutes area. Keys are `minutes.something`. */
export const minutes = {} satisfies Catalog;
