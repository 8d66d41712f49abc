/**
 * The bloc's proposal letter (tờ trình đề nghị khen thưởng) to the provincial
 * Emulation and Commendation Council, after Form 01 of Appendix I of the
 * decree in force for the year under review (shared/domain.md, "Legal sources
 * by the year under review": Decree 91/2017/NĐ-CP up to the 2023 review,
 * Decree 98/2023/NĐ-CP for 2024, Decree 152/2025/NĐ-CP from 2025), laid out
 * after Decree 30/2020/NĐ-CP: who proposes, to whom, on what grounds, the
 * award, the list of collectives with their total score and rank and their
 * votes, and the documents attached.
 */
import { awardRacesOf } from "../../core/awards.js";
import { signingName } from "../../core/person.js";
import { nfc } from "../../core/text.js";
import type { CandidateTally, Race, RaceTally } from "../../core/types.js";
import { hasMessage, type Lang, type MessageKey, type Params, t } from "../../i18n/index.js";
import type { Block, Escape } from "./document.js";
import { formatDate, formatNumber, formatPercent } from "./format.js";
import type { MinutesData } from "./model.js";

/** The legal grounds of the year under review (shared/domain.md, "Legal sources by the year under review"). */
function groundsKey(year: number): MessageKey {
  if (year <= 2023) return "documents.proposal.grounds.2003";
  if (year === 2024) return "documents.proposal.grounds.2024";
  return "documents.proposal.grounds.2025";
}

export function buildProposal(data: MinutesData, lang: Lang, escapeData: Escape): Block[] {
  const m = (key: MessageKey, params: Params = {}) => t(key, params, lang);
  const text = (value: string) => escapeData(nfc(value));
  const blocks: Block[] = [];
  const { bloc, tally, meeting } = data;
  const province = bloc.province ? nfc(bloc.province).trim() : "";
  const placeName = province.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, "");
  blocks.push({
    kind: "header",
    ...(bloc.parent ? { parent: text(bloc.parent.toLocaleUpperCase("vi")) } : {}),
    body: text(bloc.name.toLocaleUpperCase("vi")),
    number: m("minutes.header.number", {
      number: text(`…/${m("documents.proposal.numberSuffix")}-${bloc.code}`),
    }),
    nation: m("minutes.header.nation"),
    motto: m("minutes.header.motto"),
    dateLine: m("documents.proposal.dateLine", { place: placeName ? text(placeName) : "…" }),
  });
  const awards = tally ? awardRacesOf(tally) : [];
  const awardName = (award: string) => {
    // The regulation's own name of the award (rule label.RACE) comes first.
    const label = tally?.labels?.[award as Race];
    if (label) return text(label);
    const key = `documents.proposal.award.${award}`;
    return hasMessage(key) ? m(key) : award;
  };
  const proposed = awards.filter((award) => (tally?.awards[award]?.length ?? 0) > 0);
  blocks.push({
    kind: "title",
    title: m("documents.proposal.title"),
    subtitle: m("documents.proposal.subtitle", {
      awards: listOf((proposed.length > 0 ? proposed : awards).map(awardName), m("documents.and")),
      year: data.year,
    }),
    ...(data.draft ? { draft: m("record.draft.mark") } : {}),
  });
  const council = province
    ? m("documents.proposal.to", {
        // "Tỉnh Mẫu" inside a sentence: the kind in lower case ("tỉnh Mẫu"); a bare name gets it.
        province:
          lang === "en"
            ? text(province)
            : /^(tỉnh|thành phố)\s/iu.test(province)
              ? text(province.replace(/^(\p{L})/u, (first) => first.toLocaleLowerCase("vi")))
              : m("minutes.province", { name: text(province) }),
      })
    : m("documents.proposal.toNoProvince");
  blocks.push({ kind: "paragraph", indent: 0, text: council, centred: true });
  for (const ground of m(groundsKey(data.year)).split("\n")) {
    blocks.push({ kind: "paragraph", indent: 0, tight: true, text: ground });
  }
  blocks.push({
    kind: "paragraph",
    indent: 0,
    tight: true,
    text: meeting
      ? m("documents.proposal.groundsMeeting", { year: data.year, date: formatDate(meeting.date) })
      : m("documents.proposal.groundsMeetingNoDate", { year: data.year }),
  });
  blocks.push({
    kind: "paragraph",
    indent: 0,
    text: m("documents.proposal.request", { bloc: text(bloc.name) }),
  });
  if (!tally) {
    blocks.push({ kind: "paragraph", indent: 0, text: m("documents.proposal.notTallied") });
  }
  const totals = new Map(data.totals.map((total) => [total.agency, total]));
  const candidateOf = (race: RaceTally | undefined, code: string): CandidateTally | undefined => {
    if (!race) return undefined;
    const rounds = [race, ...[...(race.previousRounds ?? [])].reverse()];
    for (const round of rounds) {
      const found = round.candidates.find((candidate) => candidate.agency === code);
      if (found && round.elected.includes(code)) return found;
    }
    return race.candidates.find((candidate) => candidate.agency === code);
  };
  const baseOf = (race: RaceTally | undefined) =>
    race ? m("documents.proposal.base", { count: race.threshold.baseCount }) : "";
  for (const [index, award] of awards.entries()) {
    const codes = tally?.awards[award] ?? [];
    const race = tally?.races.find((counted) => counted.race === award);
    blocks.push({
      kind: "heading",
      level: 2,
      indent: 0,
      text: m("documents.proposal.awardHeading", {
        n: index + 1,
        award: awardName(award),
        count: codes.length,
      }),
    });
    if (codes.length === 0) {
      blocks.push({
        kind: "paragraph",
        indent: 0,
        tight: true,
        text: m("documents.proposal.none"),
      });
      continue;
    }
    blocks.push({
      kind: "table",
      indent: 0,
      tight: true,
      columns: [
        { header: m("minutes.table.no"), align: "right" },
        { header: m("documents.proposal.col.name"), align: "left", flex: true },
        { header: m("documents.proposal.col.score"), align: "right" },
        { header: m("documents.proposal.col.rank"), align: "right" },
        { header: m("minutes.table.votes"), align: "right" },
        { header: m("minutes.table.percent"), align: "right" },
      ],
      rows: codes.map((code, row) => {
        const total = totals.get(code);
        const candidate = candidateOf(race, code);
        const name = text(candidate?.name ?? total?.name ?? code);
        return [
          String(row + 1),
          name,
          total ? formatNumber(total.total, lang) : "—",
          total ? String(total.rank) : "—",
          candidate ? String(candidate.votes) : "—",
          candidate ? formatPercent(candidate.percent, lang) : "—",
        ];
      }),
    });
    blocks.push({ kind: "paragraph", indent: 0, tight: true, text: baseOf(race) });
  }
  blocks.push({ kind: "heading", level: 2, indent: 0, text: m("documents.proposal.attached") });
  const nominees = [...new Set(awards.flatMap((award) => tally?.awards[award] ?? []))];
  const names = new Map(data.members.map((member) => [member.code, member.name]));
  blocks.push({
    kind: "list",
    indent: 0,
    ordered: false,
    tight: true,
    items: [
      m("documents.proposal.attached.minutes", { year: data.year }),
      m("documents.proposal.attached.countRecord"),
      m("documents.proposal.attached.scores", { year: data.year }),
      ...nominees.map((code) =>
        m("documents.proposal.attached.report", { name: text(names.get(code) ?? code) }),
      ),
    ],
  });
  blocks.push({
    kind: "paragraph",
    indent: 0,
    text: m("documents.proposal.closing", { bloc: text(bloc.name) }),
  });
  const chair = meeting?.chair
    ? text(signingName(meeting.chair, meeting.chairTitle ?? null))
    : m("minutes.sign.unnamed");
  blocks.push({
    kind: "signatures",
    left: null,
    right: { title: m("documents.proposal.signTitle"), names: [chair] },
  });
  blocks.push({
    kind: "recipients",
    label: m("minutes.recipients"),
    items: [
      m("documents.proposal.recipients.above"),
      m("minutes.recipients.members"),
      m("minutes.recipients.archive"),
    ],
  });
  return blocks;
}

/** "A, B và C": commas between the names, the conjunction before the last. */
function listOf(names: string[], and: string): string {
  return names.length < 3
    ? names.join(and)
    : `${names.slice(0, -1).join(", ")}${and}${names.at(-1)}`;
}
