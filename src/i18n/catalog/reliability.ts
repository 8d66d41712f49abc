import type { Catalog } from "../types.js";

/** Messages of the reliability area. Keys are `reliability.something`. */
export const reliability = {} satisfies Catalog;
