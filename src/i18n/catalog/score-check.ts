import type { Catalog } from "../types.js";

/** Messages of the score sheets' row check (src/core/score-sheet-check.ts). */
export const scoreCheck = {
  "scores.points.ambiguous": {
    vi: "{column}: '{value}' không rõ nghĩa trong tệp dùng dấu phẩy thập phân: là {point} (dấu chấm thập phân) hay {thousands} (dấu chấm phân cách hàng nghìn)?",
    en: "{column}: '{value}' is ambiguous in a file whose decimal mark is the comma: {point} (decimal point) or {thousands} (thousands dot)?",
  },
  /** A problem a reader has already put into words (a broken record, a missing file), with its place. */
  "problem.asRead": { vi: "{text}", en: "{text}" },
} satisfies Catalog;
