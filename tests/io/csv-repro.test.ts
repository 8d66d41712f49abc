import { it } from "vitest";
import { CsvParser } from "../../src/io/csv-parser.js";
it("x", () => {
  const text = '\na;a"\n;"\t"\n;"\t"';
  for (const d of [undefined, ";"] as const) {
    const p = new CsvParser({ file: "t", delimiter: d, maxRecordLength: 1 << 20 });
    try { const r = p.push(text, true); console.log(d, JSON.stringify(p.header), JSON.stringify(r)); } catch (e) { console.log(d, (e as Error).message, (e as any).location); }
  }
});
