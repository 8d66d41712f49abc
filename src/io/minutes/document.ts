/**
 * The content of the minutes as a list of blocks (header, fields, headings,
 * paragraphs, lists, tables, signatures), built once from the data and then
 * laid out as plain text or as Markdown, so that both say the same thing.
 *
 * The order follows the minutes template of Decree 30/2020/NĐ-CP (appendix I,
 * template 1.9): two-column header, "BIÊN BẢN" and the meeting's name, start
 * time, place, attendance, chair, secretary, the content in the order of
 * proceedings, the closing line, signatures (THƯ KÝ left, CHỦ TỌA right) and
 * "Nơi nhận". One vote-count record (biên bản kiểm phiếu) per race follows as
 * an annex. What is missing is named, with the command that records it; it is
 * never invented.
 */
import { awardRacesOf } from "../../core/awards.js";
import { personLine, signingName } from "../../core/person.js";
import { lawInForce } from "../../core/tally-reasons.js";
import { nfc } from "../../core/text.js";
import type {
  Agency,
  CandidateResult,
  CandidateTally,
  Race,
  RaceTally,
  Reason,
  TallyReport,
  Warning,
} from "../../core/types.js";
import { hasMessage, type Lang, type MessageKey, type Params, t } from "../../i18n/index.js";
import { namedParams } from "../reason-text.js";
import {
  dateParts,
  decimalsOf,
  formatDate,
  formatNumber,
  formatPercent,
  formatRate,
  joinNames,
  timeParts,
} from "./format.js";
import type { MinutesData } from "./model.js";

/** A table cell; an agency cell also carries the short name, for a format that cannot wrap. */
export type Cell = string | { text: string; short: string };

export interface TableColumn {
  header: string;
  align: "left" | "right";
  /** The column that wraps (or is abbreviated) when the table is too wide. */
  flex?: boolean;
}

export interface Signature {
  title: string;
  names: string[];
}

export type Block = (
  | {
      kind: "header";
      /** The parent body in capitals ("UBND TỈNH …"), when recorded. */
      parent?: string;
      body: string;
      number: string;
      nation: string;
      motto: string;
      /** The place-and-date line under the motto (italic), where the form has one. */
      dateLine?: string;
    }
  | { kind: "title"; title: string; subtitle: string; draft?: string }
  | { kind: "heading"; level: 1 | 2 | 3; text: string; indent: number }
  | { kind: "field"; label: string; value: string }
  | { kind: "paragraph"; text: string; indent: number; centred?: boolean; bold?: boolean }
  | { kind: "list"; items: string[]; indent: number; ordered: boolean }
  | { kind: "table"; columns: TableColumn[]; rows: Cell[][]; indent: number }
  | { kind: "signatures"; left: Signature | null; right: Signature }
  | { kind: "recipients"; label: string; items: string[] }
  | { kind: "break" }
  | { kind: "annexTitle"; label: string; title: string; subtitle: string; attached: string }
) & {
  /** Plain text: no blank line before this block. */
  tight?: boolean;
};

/** Makes a piece of data safe for the output format (Markdown escapes; text keeps it). */
export type Escape = (text: string) => string;

/** Body text of the content is indented under its numbered heading. */
const BODY = 3;

/** a, b, c … for the races under a numbered section (z, then aa, ab … past 26). */
function letterOf(index: number): string {
  const letter = String.fromCharCode(0x61 + (index % 26));
  return index < 26 ? letter : letterOf(Math.floor(index / 26) - 1) + letter;
}

/** The numbers of the law and decree in force for the year under review. */
function lawNumbers(year: number): { law: string; decree: string } {
  const { lawNumber, decreeNumber } = lawInForce(year);
  return { law: lawNumber, decree: decreeNumber };
}

const LEADER_RACES = ["head", "deputy"] as const;

/** The results that mean an agency with votes was passed over, and the minutes say why. */
const PASSED_OVER: readonly CandidateResult[] = ["ineligible", "already-awarded", "not-elected"];

export function buildDocument(data: MinutesData, lang: Lang, escapeData: Escape): Block[] {
  return new DocumentBuilder(data, lang, escapeData).build();
}

/**
 * The vote-count record (biên bản kiểm phiếu) on its own, the one the counting
 * board signs right after counting: the board, then per race and round the
 * ballots issued, returned, valid, invalid (with causes) and blank, each
 * agency's votes and percentage with its base, and who is chosen; a signature
 * for every member of the board (shared/domain.md, "Documents and their layout").
 */
export function buildCountRecord(data: MinutesData, lang: Lang, escapeData: Escape): Block[] {
  return new DocumentBuilder(data, lang, escapeData).buildCountRecord();
}

class DocumentBuilder {
  private readonly blocks: Block[] = [];
  private readonly agencies = new Map<string, Agency>();
  private readonly names = new Map<string, string>();
  private readonly year: number;
  private readonly next: number;
  private section = 0;

  constructor(
    private readonly data: MinutesData,
    private readonly lang: Lang,
    private readonly escapeData: Escape,
  ) {
    this.year = data.year;
    this.next = data.tally?.leaders.year ?? data.year + 1;
    // Names for codes: the member list first, then what the totals and the tally carry.
    for (const race of data.tally?.races ?? []) {
      for (const candidate of race.candidates) this.names.set(candidate.agency, candidate.name);
    }
    for (const total of data.totals) this.names.set(total.agency, total.name);
    for (const agency of data.members) {
      this.agencies.set(agency.code, agency);
      this.names.set(agency.code, agency.name);
    }
  }

  build(): Block[] {
    this.header();
    this.fields();
    this.blocks.push({
      kind: "heading",
      level: 1,
      text: this.m("minutes.field.content"),
      indent: 0,
    });
    this.convened();
    this.scores();
    this.vote();
    this.awards();
    this.passedOver();
    this.warnings();
    this.leaders();
    this.open();
    this.closing();
    this.annexes();
    return this.blocks;
  }

  /** When and where the count took place, and the counting board: what a vote-count record opens with. */
  private countingPreamble(): void {
    const { meeting } = this.data;
    if (meeting) {
      const when = formatDate(meeting.date);
      this.paragraph(
        meeting.place
          ? this.m("minutes.annex.when", { when, place: this.text(meeting.place) })
          : this.m("minutes.annex.whenNoPlace", { when }),
        { indent: 0 },
      );
    }
    const board = meeting?.countingBoard ?? [];
    if (board.length === 0) {
      this.paragraph(this.m("minutes.vote.boardMissing"), { indent: 0, tight: !!meeting });
    } else {
      this.paragraph(this.m("minutes.vote.board"), { indent: 0, tight: !!meeting });
      this.list(this.boardLines(), { indent: 0, tight: true });
    }
  }

  /** Every member of the counting board signs the vote-count record. */
  private boardSignatures(): void {
    const board = this.data.meeting?.countingBoard ?? [];
    this.blocks.push({
      kind: "signatures",
      left: null,
      right: {
        title: this.m("minutes.sign.board"),
        names: board.length > 0 ? this.boardSigners() : [this.m("minutes.sign.unnamed")],
      },
    });
  }

  buildCountRecord(): Block[] {
    const { tally } = this.data;
    this.header("documents.countRecord.numberSuffix", "minutes.annex.title");
    this.countingPreamble();
    if (!tally) {
      this.paragraph(
        this.m("minutes.vote.notTallied", {
          import: this.importCommand(1),
          tally: this.tallyCommand(),
        }),
        { indent: 0 },
      );
    } else {
      for (const { round: race, rounds } of this.proceedings(tally)) {
        this.heading(this.raceTitle(race, rounds));
        this.raceBody(race, { indent: 0, tight: false });
      }
    }
    this.paragraph(this.m("documents.countRecord.closing"), { indent: 0 });
    this.boardSignatures();
    return this.blocks;
  }

  // --- helpers -------------------------------------------------------------

  private m(key: MessageKey, params: Params = {}): string {
    return t(key, params, this.lang);
  }

  /** Data (a name, a reason the secretary wrote): NFC, and escaped for the format. */
  private text(value: string): string {
    return this.escapeData(nfc(value));
  }

  private name(code: string): string {
    return this.text(this.names.get(code) ?? code);
  }

  private shortName(code: string): string {
    const short = this.agencies.get(code)?.shortName;
    return short ? this.text(short) : this.name(code);
  }

  private nameList(codes: readonly string[]): string {
    return joinNames(
      codes.map((code) => this.name(code)),
      this.lang,
    );
  }

  private num(value: number, places?: number): string {
    return formatNumber(value, this.lang, places);
  }

  private paragraph(text: string, options: { indent?: number; tight?: boolean } = {}): void {
    this.blocks.push({
      kind: "paragraph",
      text,
      indent: options.indent ?? BODY,
      ...(options.tight ? { tight: true } : {}),
    });
  }

  private list(items: string[], options: { indent?: number; tight?: boolean } = {}): void {
    this.blocks.push({
      kind: "list",
      items,
      indent: options.indent ?? BODY,
      ordered: false,
      ...(options.tight ? { tight: true } : {}),
    });
  }

  private heading(text: string): void {
    this.section += 1;
    this.blocks.push({ kind: "heading", level: 2, text: `${this.section}. ${text}`, indent: 0 });
  }

  private notRecorded(command: string): string {
    return this.m("minutes.notRecorded", { command });
  }

  /** A message that comes as data (tally reasons and warnings): its text when the catalogue has it. */
  private coded(code: string, params: Record<string, string | number> = {}): string {
    if (!hasMessage(code)) return this.text(code);
    const safe: Params = {};
    for (const [key, value] of Object.entries(namedParams(params, this.names))) {
      safe[key] = typeof value === "string" ? this.text(value) : value;
    }
    return t(code, safe, this.lang);
  }

  /**
   * A tally reason in words. The setting key and the legal source it carries
   * stay in the JSON: the message already states the rule in words, and the
   * sections that need a legal basis cite it in the document's own language.
   */
  private reason(reason: Reason): string {
    return this.coded(reason.code, reason.params);
  }

  private warning(warning: Warning): string {
    return this.coded(warning.code, warning.params);
  }

  /** The race's name; a race that went to a run-off names each round. */
  private raceTitle(race: RaceTally, rounds = 1): string {
    const award = this.label(race.race);
    const title = award
      ? this.m(`minutes.raceNamed.${race.race}`, { award, year: this.year, next: this.next })
      : this.m(`minutes.race.${race.race}`, { year: this.year, next: this.next });
    if (race.round > 1) return this.m("minutes.race.round", { title, round: race.round });
    return rounds > 1 ? this.m("minutes.race.firstRound", { title, round: race.round }) : title;
  }

  /** Every counted round of a race, oldest first (the race is its latest round). */
  private rounds(race: RaceTally): RaceTally[] {
    return [...(race.previousRounds ?? []), race];
  }

  /** The short result of a table row; "already-awarded" in a leaders race means "already head". */
  private resultLabel(race: Race, result: CandidateResult): string {
    if (result === "already-awarded" && (race === "head" || race === "deputy")) {
      return this.m("minutes.result.already-head");
    }
    return this.m(`minutes.result.${result}`);
  }

  private raceShort(race: Race): string {
    return this.label(race) ?? this.m(`minutes.raceShort.${race}`);
  }

  /** The award's name as the regulation writes it (rule label.RACE), when it names one. */
  private label(race: Race): string | undefined {
    const label = this.data.tally?.labels?.[race];
    return label ? this.text(label) : undefined;
  }

  private base(race: RaceTally): string {
    return this.m(`minutes.race.base.${race.threshold.base}`, {
      count: race.threshold.baseCount,
    });
  }

  /** "9 phiếu, đạt 90,00%". */
  private votes(candidate: CandidateTally): string {
    return this.m("minutes.detail.votes", {
      votes: candidate.votes,
      percent: formatPercent(candidate.percent, this.lang),
    });
  }

  /** "tổng điểm 98,5, hạng 1" from the year's ranking, or "no score sheet". */
  private score(code: string): string {
    const total = this.data.totals.find((entry) => entry.agency === code);
    if (!total) return this.m("minutes.detail.noScore");
    return this.m("minutes.detail.score", { score: this.num(total.total), rank: total.rank });
  }

  private raceOf(tally: TallyReport, race: Race): RaceTally | undefined {
    return tally.races.find((entry) => entry.race === race);
  }

  private importCommand(round: number): string {
    return round > 1
      ? `tdkt ballots import ${this.year} FILE --round ${round}`
      : `tdkt ballots import ${this.year} FILE`;
  }

  private tallyCommand(): string {
    return `tdkt tally ${this.year}`;
  }

  // --- header and opening fields --------------------------------------------

  private header(
    suffixKey: MessageKey = "documents.minutes.numberSuffix",
    titleKey: MessageKey = "minutes.title",
  ): void {
    const { bloc, meeting } = this.data;
    // The minutes' number is the one the secretary recorded; other documents leave it blank.
    const number =
      suffixKey === "documents.minutes.numberSuffix" && meeting?.number
        ? nfc(meeting.number)
        : null;
    const suffix = this.m(suffixKey);
    const written =
      number === null
        ? `…/${suffix}-${nfc(bloc.code)}`
        : number.includes("/")
          ? number
          : `${number}/${suffix}-${nfc(bloc.code)}`;
    const parent = bloc.parent ? nfc(bloc.parent).trim() : "";
    this.blocks.push({
      kind: "header",
      ...(parent ? { parent: this.escapeData(parent.toLocaleUpperCase("vi")) } : {}),
      body: this.escapeData(nfc(bloc.name).toLocaleUpperCase("vi")),
      number: this.m("minutes.header.number", { number: this.escapeData(written) }),
      nation: this.m("minutes.header.nation"),
      motto: this.m("minutes.header.motto"),
    });
    this.blocks.push({
      kind: "title",
      title: this.m(titleKey),
      subtitle: this.m("minutes.meetingName", { year: this.year }),
      ...(this.data.draft ? { draft: this.m("record.draft.mark") } : {}),
    });
  }

  private field(labelKey: MessageKey, value: string, tight = true): void {
    this.blocks.push({ kind: "field", label: this.m(labelKey), value, tight });
  }

  private fields(): void {
    const { meeting } = this.data;
    const command = `tdkt meeting ${this.year}`;

    let start: string;
    if (!meeting) {
      start = this.notRecorded(`${command} --date … --start …`);
    } else {
      const date = formatDate(meeting.date);
      const time = meeting.start ? timeParts(meeting.start) : undefined;
      start = time
        ? this.m("minutes.time", { ...time, date })
        : `${this.m("minutes.day", { date })} ${this.m("minutes.startNotRecorded", {
            command: `${command} --start HH:MM`,
          })}`;
    }
    this.field("minutes.field.start", start, false);

    const place = meeting?.place
      ? this.text(meeting.place)
      : this.notRecorded(`${command} --place …`);
    this.field("minutes.field.place", place);

    this.attendance();

    const chair = meeting?.chair
      ? this.text(personLine(meeting.chair, meeting.chairTitle ?? null))
      : this.notRecorded(`${command} --chair … --chair-title …`);
    this.field("minutes.field.chair", chair);
    const secretary = meeting?.secretary
      ? this.text(personLine(meeting.secretary, meeting.secretaryTitle ?? null))
      : this.notRecorded(`${command} --secretary … --secretary-title …`);
    this.field("minutes.field.secretary", secretary);
  }

  /** Every member agency, present or absent, with the counts. */
  private attendance(): void {
    const { meeting, members } = this.data;
    const total = members.length;
    if (total === 0) {
      this.field(
        "minutes.field.attendance",
        this.m("minutes.attendance.noMembers", {
          command: `tdkt agencies import ${this.year} FILE`,
        }),
      );
      return;
    }
    const absent = new Set(meeting?.absent.map(nfc) ?? []);
    const summary = meeting
      ? this.m("minutes.attendance.summary", {
          present: meeting.present,
          members: total,
          absent: Math.max(0, total - meeting.present),
        })
      : this.m("minutes.attendance.notRecorded", {
          command: `tdkt meeting ${this.year} --present N`,
          members: total,
        });
    this.field("minutes.field.attendance", summary);
    this.blocks.push({
      kind: "list",
      ordered: true,
      indent: BODY,
      tight: true,
      items: members.map((agency) =>
        absent.has(agency.code)
          ? this.m("minutes.attendance.absent", { name: this.text(agency.name) })
          : this.text(agency.name),
      ),
    });
    if (!meeting) return;
    const namedAbsent = members.filter((agency) => absent.has(agency.code)).length;
    const unnamed = total - meeting.present - namedAbsent;
    if (unnamed > 0) {
      this.paragraph(this.m("minutes.attendance.unnamed", { count: unnamed }), { tight: true });
    } else if (unnamed < 0 || absent.size !== namedAbsent) {
      this.paragraph(
        this.m("minutes.attendance.mismatch", {
          present: meeting.present,
          absent: absent.size,
          members: total,
        }),
        { tight: true },
      );
    }
  }

  /** This year's head and deputy, who convened the conference. */
  private convened(): void {
    const { head, deputy } = this.data.currentLeaders;
    const command = `tdkt leaders set ${this.year} --head CODE --deputy CODE`;
    if (!head && !deputy) {
      this.paragraph(this.m("minutes.convenedNone", { year: this.year, command }), {
        tight: true,
      });
      return;
    }
    const missing = this.m("minutes.notRecordedPlain");
    let text = this.m("minutes.convened", {
      head: head ? this.name(head) : missing,
      deputy: deputy ? this.name(deputy) : missing,
      year: this.year,
    });
    if (!head || !deputy) {
      text += ` ${this.m("minutes.convenedMissing", { command })}`;
    }
    this.paragraph(text, { tight: true });
  }

  // --- content ---------------------------------------------------------------

  private scores(): void {
    this.heading(this.m("minutes.section.scores", { year: this.year }));
    const { totals, missingSheets } = this.data;
    if (totals.length === 0) {
      this.paragraph(
        this.m("minutes.scores.none", { command: `tdkt import ${this.year} FILE...` }),
        { tight: true },
      );
      return;
    }
    const places = (pick: (entry: (typeof totals)[number]) => number) =>
      Math.max(...totals.map((entry) => decimalsOf(pick(entry))));
    const basePlaces = places((entry) => entry.base);
    const bonusPlaces = places((entry) => entry.bonus);
    const penaltyPlaces = places((entry) => entry.penalty);
    const totalPlaces = places((entry) => entry.total);
    this.blocks.push({
      kind: "table",
      indent: BODY,
      tight: true,
      columns: [
        { header: this.m("minutes.scores.rank"), align: "right" },
        { header: this.m("minutes.scores.agency"), align: "left", flex: true },
        { header: this.m("minutes.scores.base"), align: "right" },
        { header: this.m("minutes.scores.bonus"), align: "right" },
        { header: this.m("minutes.scores.penalty"), align: "right" },
        { header: this.m("minutes.scores.total"), align: "right" },
      ],
      rows: totals.map((entry) => [
        String(entry.rank),
        { text: this.name(entry.agency), short: this.shortName(entry.agency) },
        this.num(entry.base, basePlaces),
        this.num(entry.bonus, bonusPlaces),
        this.num(entry.penalty, penaltyPlaces),
        this.num(entry.total, totalPlaces),
      ]),
    });
    this.paragraph(this.m("minutes.scores.rule"));
    if (this.data.scoresApproved) {
      this.paragraph(
        this.m("minutes.scores.approved", { date: formatDate(this.data.scoresApproved) }),
        {
          tight: true,
        },
      );
    }
    if (missingSheets.length > 0) {
      this.paragraph(
        this.m("minutes.scores.missing", {
          count: missingSheets.length,
          names: this.nameList(missingSheets),
        }),
        { tight: true },
      );
    }
  }

  private vote(): void {
    this.heading(this.m("minutes.section.vote"));
    const { tally } = this.data;
    if (!tally) {
      this.paragraph(
        this.m("minutes.vote.notTallied", {
          import: this.importCommand(1),
          tally: this.tallyCommand(),
        }),
        { tight: true },
      );
      return;
    }
    const quorum = {
      present: tally.present,
      members: tally.members,
      required: tally.quorum.required,
    };
    this.paragraph(
      this.m(tally.quorum.met ? "minutes.vote.quorumMet" : "minutes.vote.quorumNotMet", quorum),
      { tight: true },
    );
    this.countingBoard(true);
    if (tally.races.length === 0) {
      this.paragraph(this.m("minutes.vote.noRaces"), { tight: true });
      return;
    }
    for (const [index, { round, rounds }] of this.proceedings(tally).entries()) {
      this.blocks.push({
        kind: "heading",
        level: 3,
        text: `${letterOf(index)}) ${this.raceTitle(round, rounds)}`,
        indent: BODY,
      });
      this.raceBody(round);
    }
    this.paragraph(this.m("minutes.vote.see"));
  }

  /**
   * Every counted round in the order of proceedings: the first round of each
   * race in ballot order (flag, certificate, head, deputy), then the run-offs.
   */
  private proceedings(tally: TallyReport): { round: RaceTally; rounds: number }[] {
    const all = tally.races.flatMap((race) => {
      const rounds = this.rounds(race);
      return rounds.map((round, position) => ({ round, rounds: rounds.length, position }));
    });
    // Array.prototype.sort is stable: within a position, the races keep their order.
    return all.sort((a, b) => a.position - b.position);
  }

  /** The counting board as the body names it: name and title. */
  private boardLines(): string[] {
    const meeting = this.data.meeting;
    return (meeting?.countingBoard ?? []).map((member, index) =>
      this.text(personLine(member, meeting?.countingBoardTitles?.[index] ?? null)),
    );
  }

  /** The counting board as it signs: the full names alone. */
  private boardSigners(): string[] {
    const meeting = this.data.meeting;
    return (meeting?.countingBoard ?? []).map((member, index) =>
      this.text(signingName(member, meeting?.countingBoardTitles?.[index] ?? null)),
    );
  }

  private countingBoard(tight: boolean): void {
    const board = this.data.meeting?.countingBoard ?? [];
    if (board.length === 0) {
      this.paragraph(this.m("minutes.vote.boardMissing"), { tight });
      return;
    }
    this.paragraph(this.m("minutes.vote.board"), { tight });
    this.list(this.boardLines(), { tight: true });
  }

  /** Ballot counts, the threshold, the votes of each agency and the result of one race. */
  private raceBody(
    race: RaceTally,
    layout: { indent: number; tight: boolean } = { indent: BODY, tight: true },
  ): void {
    const { indent } = layout;
    const { ballots } = race;
    this.paragraph(this.m("minutes.race.seats", { seats: race.seats }), {
      indent,
      tight: layout.tight,
    });
    this.paragraph(this.m("minutes.race.ballots", { ...ballots }), { indent, tight: true });
    const causes = (
      ["overMarked", "nonMember", "duplicate", "notInRunOff", "blank", "notNominated"] as const
    )
      .filter((cause) => (race.invalidCauses[cause] ?? 0) > 0)
      .map((cause) =>
        this.m(`minutes.race.cause.${cause}`, { count: race.invalidCauses[cause] ?? 0 }),
      );
    if (causes.length > 0) {
      this.paragraph(this.m("minutes.race.invalidCauses", { causes: causes.join("; ") }), {
        indent,
        tight: true,
      });
    }
    this.paragraph(
      this.m("minutes.race.threshold", {
        strict: String(race.threshold.strict),
        percent: formatRate(race.threshold.percent, this.lang),
        base: this.base(race),
        minVotes: race.threshold.minVotes,
      }),
      { indent, tight: true },
    );
    if (race.candidates.length === 0) {
      this.paragraph(this.m("minutes.race.noCandidates"), { indent, tight: true });
    } else {
      this.paragraph(this.m("minutes.race.percentBase", { base: this.base(race) }), {
        indent,
        tight: true,
      });
      this.blocks.push({
        kind: "table",
        indent,
        tight: true,
        columns: [
          { header: this.m("minutes.table.no"), align: "right" },
          { header: this.m("minutes.table.agency"), align: "left", flex: true },
          { header: this.m("minutes.table.votes"), align: "right" },
          { header: this.m("minutes.table.percent"), align: "right" },
          { header: this.m("minutes.table.result"), align: "left" },
        ],
        rows: race.candidates.map((candidate, index) => [
          String(index + 1),
          { text: this.name(candidate.agency), short: this.shortName(candidate.agency) },
          String(candidate.votes),
          formatPercent(candidate.percent, this.lang),
          this.resultLabel(race.race, candidate.result),
        ]),
      });
    }
    for (const outcome of this.outcomes(race)) this.paragraph(outcome, { indent, tight: true });
  }

  private outcomes(race: RaceTally): string[] {
    const lines: string[] = [];
    if (race.elected.length > 0) {
      const award = this.label(race.race);
      const params = { names: this.nameList(race.elected), year: this.year, next: this.next };
      lines.push(
        award
          ? this.m(`minutes.outcomeNamed.${race.race}`, { ...params, award })
          : this.m(`minutes.outcome.${race.race}`, params),
      );
    }
    if (race.tie) {
      lines.push(
        this.m("minutes.outcome.tie", {
          names: this.nameList(race.tie.agencies),
          votes: race.tie.votes,
          seats: race.tie.seatsOpen,
        }),
      );
    }
    if (this.data.tally && !this.data.tally.quorum.met) {
      return [this.m("minutes.outcome.noQuorum")];
    }
    const open = race.seats - race.elected.length - (race.tie?.seatsOpen ?? 0);
    if (race.elected.length > 0 && open > 0) {
      lines.push(this.m("minutes.outcome.seatsOpen", { open, seats: race.seats }));
    }
    if (lines.length === 0) lines.push(this.m("minutes.outcome.none"));
    return lines;
  }

  private awards(): void {
    this.heading(this.m("minutes.section.awards", { year: this.year }));
    const { tally } = this.data;
    if (!tally) {
      this.paragraph(this.m("minutes.award.notTallied"), { tight: true });
      return;
    }
    const items: string[] = [];
    for (const award of awardRacesOf(tally)) {
      const label = tally.labels?.[award] ?? this.m(`minutes.award.${award}`);
      const race = this.raceOf(tally, award);
      if (!race) {
        items.push(this.m("minutes.award.noBallots", { award: label }));
        continue;
      }
      const codes = tally.awards[award] ?? [];
      for (const code of codes) {
        const candidate = race.candidates.find((entry) => entry.agency === code);
        const detail = candidate
          ? `${this.votes(candidate)}; ${this.score(code)}`
          : this.score(code);
        let item = this.m("minutes.award.entry", { award: label, name: this.name(code), detail });
        if (candidate) {
          item += ` ${this.m("minutes.reason.because", { reason: this.reason(candidate.reason) })}`;
        }
        items.push(item);
      }
      if (race.tie) {
        items.push(this.m("minutes.award.open", { award: label, seats: race.tie.seatsOpen }));
      } else if (codes.length === 0) {
        items.push(this.m("minutes.award.none", { award: label }));
      }
    }
    this.list(items, { tight: true });
    this.paragraph(this.m("minutes.award.proposal"));
  }

  /**
   * Agencies passed over and why: those the secretary marked ineligible
   * (Decree 98/2023/NĐ-CP Art. 4; their votes are still counted and shown),
   * the flag nominee passed over in the certificate race (one achievement,
   * one award: Law 06/2022/QH15), next year's head passed over for deputy,
   * and agencies that passed the threshold when no seat was left.
   */
  private passedOver(): void {
    const items: string[] = [];
    const races = this.data.tally?.races ?? [];
    const disqualified = new Set<string>();
    for (const entry of this.data.disqualified) {
      disqualified.add(entry.agency);
      const counted = races.flatMap((race) => {
        const candidate = race.candidates.find(
          (other) => other.agency === entry.agency && other.votes > 0,
        );
        return candidate ? [`${this.raceShort(race.race)}: ${this.votes(candidate)}`] : [];
      });
      let item = this.m("minutes.disqualified", {
        ...lawNumbers(this.year),
        name: this.name(entry.agency),
        year: this.year,
        reason: this.text(entry.reason),
      });
      if (counted.length > 0) {
        item += ` ${this.m("minutes.disqualified.counted", { votes: counted.join("; ") })}`;
      }
      items.push(item);
    }
    for (const race of races) {
      for (const candidate of race.candidates) {
        if (candidate.votes === 0 || !PASSED_OVER.includes(candidate.result)) continue;
        // Already said above, with the secretary's reason and the votes.
        if (candidate.result === "ineligible" && disqualified.has(candidate.agency)) continue;
        const award = race.race !== "head" && race.race !== "deputy";
        const cite =
          candidate.result === "ineligible"
            ? this.m("minutes.cite.notCommended", lawNumbers(this.year))
            : candidate.result === "already-awarded" && award
              ? this.m("minutes.cite.oneAward", lawNumbers(this.year))
              : "";
        // The tally's message says why; without one, the short result and the code.
        const label = this.resultLabel(race.race, candidate.result);
        const why = hasMessage(candidate.reason.code)
          ? this.reason(candidate.reason)
          : `${label}: ${this.reason(candidate.reason)}`;
        const sentence = why.replace(/[.\s]+$/, "");
        items.push(
          this.m("minutes.passedOver", {
            race: this.raceShort(race.race),
            name: this.name(candidate.agency),
            detail: this.votes(candidate),
            reason: cite ? `${sentence} ${cite}` : sentence,
          }),
        );
      }
    }
    if (items.length === 0) return;
    this.heading(this.m("minutes.section.passedOver"));
    this.list(items, { tight: true });
  }

  private warnings(): void {
    // Clerical notes about the entry of ballots are for the secretary, never
    // for the signed minutes (a count stored by an earlier release may hold one).
    const warnings = (this.data.tally?.warnings ?? []).filter(
      (warning) => !warning.code.startsWith("tally.warning.ballots-"),
    );
    if (warnings.length === 0) return;
    this.heading(this.m("minutes.section.warnings"));
    this.list(
      warnings.map((warning) => this.warning(warning)),
      { tight: true },
    );
  }

  private leaders(): void {
    this.heading(this.m("minutes.section.leaders", { next: this.next }));
    const { tally } = this.data;
    if (!tally) {
      this.paragraph(this.m("minutes.leaders.notTallied"), { tight: true });
      return;
    }
    const items = LEADER_RACES.map((role) => {
      const label = this.m(`minutes.leaders.${role}`, { next: this.next });
      const code = tally.leaders[role];
      const race = this.raceOf(tally, role);
      if (code) {
        const candidate = race?.candidates.find((entry) => entry.agency === code);
        return candidate
          ? this.m("minutes.leaders.entryVotes", {
              role: label,
              name: this.name(code),
              detail: this.votes(candidate),
            })
          : this.m("minutes.leaders.entry", { role: label, name: this.name(code) });
      }
      return race?.tie
        ? this.m("minutes.leaders.undecidedTie", {
            role: label,
            names: this.nameList(race.tie.agencies),
          })
        : this.m("minutes.leaders.undecided", { role: label });
    });
    this.list(items, { tight: true });
    this.paragraph(this.m("minutes.leaders.basis", { reason: this.reason(tally.leaders.reason) }), {
      tight: true,
    });
  }

  /** What the conference could not decide: a missing quorum, ties that need a run-off, races without ballots. */
  private open(): void {
    const { tally } = this.data;
    if (!tally) return;
    const items: string[] = [];
    if (!tally.quorum.met) {
      items.push(
        this.m("minutes.open.quorum", {
          present: tally.present,
          members: tally.members,
          required: tally.quorum.required,
        }),
      );
    }
    for (const race of tally.races) {
      if (!race.tie) continue;
      items.push(
        this.m("minutes.open.tie", {
          race: this.raceShort(race.race),
          seats: race.tie.seatsOpen,
          names: this.nameList(race.tie.agencies),
          votes: race.tie.votes,
          round: race.round + 1,
          import: this.importCommand(race.round + 1),
          tally: this.tallyCommand(),
        }),
      );
    }
    if (tally.quorum.met) {
      const needed: Race[] = [...awardRacesOf(tally)];
      // Leaders by rotation need no ballot; by vote, a leader still undecided without a race needs one.
      if (tally.leaders.mode === "vote") {
        for (const role of LEADER_RACES) if (!tally.leaders[role]) needed.push(role);
      }
      for (const race of needed) {
        const counted = this.raceOf(tally, race);
        if (!counted) {
          items.push(
            this.m("minutes.open.noBallots", {
              race: this.raceShort(race),
              import: this.importCommand(1),
              tally: this.tallyCommand(),
            }),
          );
        } else if (!counted.tie && (race === "head" || race === "deputy")) {
          // A bloc needs its leaders: with nobody over the threshold, the seat is voted again.
          items.push(
            this.m("minutes.open.revote", {
              race: this.raceShort(race),
              round: counted.round + 1,
              import: this.importCommand(counted.round + 1),
              tally: this.tallyCommand(),
            }),
          );
        }
      }
    }
    if (items.length === 0) return;
    this.heading(this.m("minutes.section.open"));
    this.list(items, { tight: true });
  }

  // --- closing, signatures, recipients ----------------------------------------

  private closing(): void {
    const { meeting } = this.data;
    const blank = "…";
    const date = meeting ? dateParts(meeting.date) : undefined;
    const time = meeting?.end ? timeParts(meeting.end) : undefined;
    let text = this.m("minutes.closing", {
      hour: time?.hour ?? blank,
      minute: time?.minute ?? blank,
      day: date?.day ?? blank,
      month: date?.month ?? blank,
      year: date?.year ?? blank,
    });
    if (meeting && !time) {
      text += ` ${this.m("minutes.closing.endMissing", {
        command: `tdkt meeting ${this.year} --end HH:MM`,
      })}`;
    }
    this.paragraph(text, { indent: 0 });

    const unnamed = this.m("minutes.sign.unnamed");
    // The signature carries the full name alone (Decree 30/2020/NĐ-CP, appendix I).
    const secretary = meeting?.secretary
      ? this.text(signingName(meeting.secretary, meeting.secretaryTitle ?? null))
      : unnamed;
    const chair = meeting?.chair
      ? this.text(signingName(meeting.chair, meeting.chairTitle ?? null))
      : unnamed;
    this.blocks.push({
      kind: "signatures",
      left: { title: this.m("minutes.sign.secretary"), names: [secretary] },
      right: { title: this.m("minutes.sign.chair"), names: [chair] },
    });

    const province = this.data.bloc.province ? nfc(this.data.bloc.province).trim() : "";
    const council =
      province === ""
        ? this.m("minutes.recipients.councilNoProvince")
        : this.m("minutes.recipients.council", {
            // A province written with its kind ("tỉnh Lào Cai", "thành phố Huế") is kept as it is.
            province: /^(tỉnh|thành phố|tp\.?)\s/iu.test(province)
              ? this.escapeData(province)
              : this.m("minutes.province", { name: this.escapeData(province) }),
          });
    this.blocks.push({
      kind: "recipients",
      label: this.m("minutes.recipients"),
      items: [council, this.m("minutes.recipients.members"), this.m("minutes.recipients.archive")],
    });
  }

  // --- annexes: one vote-count record per race ----------------------------------

  private annexes(): void {
    const { tally } = this.data;
    if (!tally) return;
    for (const [index, { round: race, rounds }] of this.proceedings(tally).entries()) {
      this.blocks.push({ kind: "break" });
      this.blocks.push({
        kind: "annexTitle",
        label: this.m("minutes.annex.label", { n: index + 1 }),
        title: this.m("minutes.annex.title"),
        subtitle: this.raceTitle(race, rounds),
        attached: this.m("minutes.annex.attached", {
          year: this.year,
          bloc: this.text(this.data.bloc.name),
        }),
      });
      this.countingPreamble();
      // The record stands alone: its body is not indented under a numbered heading.
      this.raceBody(race, { indent: 0, tight: false });
      this.boardSignatures();
    }
  }
}
