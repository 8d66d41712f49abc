import type { Catalog } from "../types.js";

/** Messages of the common area. Keys are `common.something`. */
export const common = {} satisfies Catalog;
