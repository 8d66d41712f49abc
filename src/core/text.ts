/**
 * Vietnamese text is data: every name and code is normalised to Unicode NFC
 * before it is compared or stored, sorted with a Vietnamese collator, and no
 * diacritic is ever dropped from what is stored or shown. Folding (below) is
 * only ever used to *match* what a person typed, never to store it.
 */

const NON_ASCII = /[^\x00-\x7f]/;

/** NFC, with a fast path for plain ASCII (most codes and numbers). */
export function nfc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize("NFC") : text;
}

/**
 * The collator for sorting Vietnamese names (a, ă, â, b, c, d, đ, e, ê, …),
 * made on first use: making it loads ICU's Vietnamese data (milliseconds that
 * a command which sorts no names should not pay at start-up).
 */
let collator: Intl.Collator | undefined;

export function compareVietnamese(a: string, b: string): number {
  collator ??= new Intl.Collator("vi", { sensitivity: "variant", numeric: true });
  return collator.compare(a, b);
}

/**
 * A key for loose matching: lower case, accents and đ folded to plain letters.
 * `Tòa án` and `toa an` fold alike.
 */
export function foldAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/**
 * The key that CSV headers are matched by: case, accents, spaces, `_` and `-`
 * ignored (contract, "Input files"). `Mã đơn vị`, `ma_don_vi` and `MA-DON-VI` match.
 */
export function headerKey(text: string): string {
  return foldAccents(text).replace(/[\s_\p{Cf}-]+/gu, "");
}

/** Case-insensitive key for codes and names (keeps accents). */
export function caseKey(text: string): string {
  return nfc(text).toLocaleLowerCase("vi");
}

/**
 * Edit distance with transpositions (optimal string alignment): `SPT` is one
 * step from `STP`, as swapped letters are the commonest typing slip.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** The closest candidate to `wanted` (accent- and case-folded), when it is close enough. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
  const key = foldAccents(wanted);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(key, foldAccents(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(key.length / 3));
  return bestDistance <= allowed ? best : undefined;
}
