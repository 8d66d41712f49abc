/**
 * The paper ballot (phiếu bầu), one per page: the bloc, the year, each race
 * with the number of seats the rules give and how to mark it, and the member
 * agencies numbered in rotation order, the order `tdkt ballots enter` shows
 * them in. A run-off ballot carries only the races still open and, in each,
 * only the tied agencies. Made of the same blocks as the minutes, so the text
 * and the Word forms say the same things.
 */
import { nfc } from "../../core/text.js";
import type { Race } from "../../core/types.js";
import { type Lang, type MessageKey, type Params, t } from "../../i18n/index.js";
import type { Block } from "./document.js";

export interface BallotRacePaper {
  race: Race;
  seats: number;
  /** The award's name as the regulation writes it (rule label.RACE), when it names one. */
  label?: string;
  /** The agencies to choose from, in rotation order. */
  candidates: { code: string; name: string }[];
}

export interface BallotPaperData {
  bloc: { code: string; name: string; parent: string | null };
  year: number;
  /** The year the head and deputy are elected for. */
  next: number;
  round: number;
  races: BallotRacePaper[];
  /** How many ballots (pages) to print. */
  copies: number;
}

/** The empty box to mark in the text form. */
const BOX = "[   ]";

export function buildBallotPaper(data: BallotPaperData, lang: Lang): Block[] {
  const m = (key: MessageKey, params: Params = {}) => t(key, params, lang);
  const one: Block[] = [];
  // A ballot carries the bloc's name, not the national header of an administrative document.
  if (data.bloc.parent) {
    one.push({
      kind: "paragraph",
      indent: 0,
      centred: true,
      tight: true,
      text: nfc(data.bloc.parent).toLocaleUpperCase("vi"),
    });
  }
  one.push({
    kind: "paragraph",
    indent: 0,
    centred: true,
    tight: true,
    bold: true,
    text: nfc(data.bloc.name).toLocaleUpperCase("vi"),
  });
  one.push({
    kind: "title",
    title: m("documents.ballot.title"),
    subtitle:
      data.round > 1
        ? m("documents.ballot.subtitleRound", { year: data.year, round: data.round })
        : m("documents.ballot.subtitle", { year: data.year }),
  });
  one.push({ kind: "paragraph", indent: 0, text: m("documents.ballot.howTo") });
  for (const [index, race] of data.races.entries()) {
    const title = race.label
      ? m(`minutes.raceNamed.${race.race}` as MessageKey, {
          award: nfc(race.label),
          year: data.year,
          next: data.next,
        })
      : m(`minutes.race.${race.race}` as MessageKey, { year: data.year, next: data.next });
    one.push({
      kind: "heading",
      level: 2,
      indent: 0,
      text: `${index + 1}. ${title} ${m("documents.ballot.seats", { seats: race.seats })}`,
    });
    one.push({
      kind: "table",
      indent: 0,
      tight: true,
      columns: [
        { header: m("minutes.table.no"), align: "right" },
        { header: m("minutes.table.agency"), align: "left", flex: true },
        { header: m("documents.ballot.mark"), align: "left" },
      ],
      rows: race.candidates.map((candidate, row) => [String(row + 1), nfc(candidate.name), BOX]),
    });
  }
  one.push({ kind: "paragraph", indent: 0, text: m("documents.ballot.note") });
  const blocks: Block[] = [];
  for (let copy = 0; copy < Math.max(1, data.copies); copy++) {
    if (copy > 0) blocks.push({ kind: "break" });
    blocks.push(...one);
  }
  return blocks;
}
