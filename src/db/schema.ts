/**
 * The schema, as numbered migrations. `PRAGMA user_version` holds the number of
 * the last one applied; each runs in its own transaction. Never edit a
 * migration that has shipped: add the next one.
 *
 * Ballots carry no voter identity, ever: a ballot is a number on a paper slip,
 * and no table links it to an agency that voted (secret ballot).
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "blocs, agencies, membership, criteria, scores, ballots, meetings, leaders, rules",
    sql: `
CREATE TABLE bloc (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  province TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE agency (
  id INTEGER PRIMARY KEY,
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  short_name TEXT,
  UNIQUE (bloc_id, code)
);

-- The member agencies set for from_year hold for that year and every later
-- year until a later set replaces them (contract: "agencies import").
CREATE TABLE membership (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  from_year INTEGER NOT NULL,
  agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
  rotation_order INTEGER NOT NULL,
  PRIMARY KEY (bloc_id, from_year, agency_id)
) WITHOUT ROWID;

CREATE TABLE criterion (
  id INTEGER PRIMARY KEY,
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  max_points REAL NOT NULL CHECK (max_points >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('base', 'bonus', 'penalty')),
  position INTEGER NOT NULL,
  UNIQUE (bloc_id, year, code)
);

-- One agency's points on one criterion. points is the one that counts: the
-- bloc-checked score where there is one, else the self score (domain.md).
CREATE TABLE score (
  agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
  points REAL NOT NULL CHECK (points >= 0),
  self_points REAL,
  checked_points REAL,
  note TEXT,
  import_id INTEGER REFERENCES import_log(id),
  PRIMARY KEY (agency_id, criterion_id)
) WITHOUT ROWID;
CREATE INDEX score_by_criterion ON score(criterion_id);

-- One race of one paper ballot in one round. entry 1 is the first entry of
-- the paper ballots, entry 2 a second clerk's verification entry.
CREATE TABLE ballot (
  id INTEGER PRIMARY KEY,
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  round INTEGER NOT NULL CHECK (round >= 1),
  race TEXT NOT NULL CHECK (race IN ('flag', 'certificate', 'head', 'deputy')),
  ballot_no TEXT NOT NULL,
  entry INTEGER NOT NULL DEFAULT 1 CHECK (entry IN (1, 2)),
  import_id INTEGER REFERENCES import_log(id),
  UNIQUE (bloc_id, year, round, race, ballot_no, entry)
);

-- The agencies marked in that race, as written (codes, NFC), in order. A race
-- with no rows is blank. Validity is decided by the tally, not here.
CREATE TABLE ballot_choice (
  ballot_id INTEGER NOT NULL REFERENCES ballot(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  choice TEXT NOT NULL,
  PRIMARY KEY (ballot_id, position)
) WITHOUT ROWID;

CREATE TABLE meeting (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  date TEXT,
  start_time TEXT,
  end_time TEXT,
  place TEXT,
  chair TEXT,
  secretary TEXT,
  counting_board TEXT,   -- JSON array of names
  number TEXT,           -- the document number of the minutes ("Số: 01/BB-…")
  present INTEGER,       -- member agencies present = ballots issued; NULL = all members
  absent TEXT,           -- JSON array of agency codes
  PRIMARY KEY (bloc_id, year)
) WITHOUT ROWID;

-- Who leads the bloc in a year, when recorded by hand (tdkt leaders set).
-- Without a row, a year's leaders are those the previous year's tally decided.
CREATE TABLE leaders (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  head_id INTEGER REFERENCES agency(id),
  deputy_id INTEGER REFERENCES agency(id),
  PRIMARY KEY (bloc_id, year)
) WITHOUT ROWID;

-- year 0: the bloc's own setting for every year; a year's row overrides it.
CREATE TABLE rule (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL DEFAULT 0,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (bloc_id, year, key)
) WITHOUT ROWID;

-- Not eligible for any award that year (Decree 98/2023/NĐ-CP Art. 4).
CREATE TABLE disqualification (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  PRIMARY KEY (bloc_id, year, agency_id)
) WITHOUT ROWID;

-- Every import: what file, which content, how many rows, when. A file whose
-- content hash was already imported for the same scope changes nothing.
CREATE TABLE import_log (
  id INTEGER PRIMARY KEY,
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('agencies', 'criteria', 'scores', 'ballots')),
  scope TEXT NOT NULL DEFAULT '',  -- e.g. the agency code of a score sheet, the round of ballots
  file_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE INDEX import_by_scope ON import_log(bloc_id, year, kind, scope);

-- Each tally's report as JSON with its hash, so that tdkt verify can tell
-- whether stored ballots or scores were changed after the result was announced.
CREATE TABLE tally (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  report TEXT NOT NULL,
  report_hash TEXT NOT NULL,
  inputs_hash TEXT NOT NULL,
  tallied_at TEXT NOT NULL,
  PRIMARY KEY (bloc_id, year)
) WITHOUT ROWID;
`,
  },
  {
    version: 2,
    description: "score sheets: no secondary index on score, for fast bulk imports",
    // Kept up row by row, an index in criterion order (not the order of a
    // sheet) made a 1,000,000-row import several times slower; rebuilt at the
    // end of each import it still cost a third of the load. Every read of
    // score goes through its key (agency first) or is small enough to scan;
    // the only other user was the cascade when a criterion is deleted (a
    // criteria import with --replace), which now scans the table once per
    // criterion removed.
    sql: `
DROP INDEX IF EXISTS score_by_criterion;
`,
  },
  {
    version: 3,
    description: "a year's record: names per year, rules from a year, every count kept, a journal",
    // What describes a year belongs to it (contract, "A year's record"): a
    // membership set carries the names it was imported with, so that renaming
    // an agency from a later year leaves the earlier years as they were
    // counted. The names known today become the names of every set so far.
    // A bloc-wide rule (year 0) becomes a rule from year 0 onward. The one
    // stored result of a year becomes its count 1; tdkt_version NULL marks a
    // count stored before counts were numbered (verify checks it the old way).
    sql: `
ALTER TABLE membership ADD COLUMN name TEXT;
ALTER TABLE membership ADD COLUMN short_name TEXT;
UPDATE membership SET
  name = (SELECT a.name FROM agency a WHERE a.id = membership.agency_id),
  short_name = (SELECT a.short_name FROM agency a WHERE a.id = membership.agency_id);

-- A setting in force from from_year until a later from_year of the same key.
-- A row of rule (year > 0) still sets one year only, over these.
CREATE TABLE rule_from (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  from_year INTEGER NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (bloc_id, key, from_year)
) WITHOUT ROWID;
INSERT INTO rule_from (bloc_id, from_year, key, value)
  SELECT bloc_id, 0, key, value FROM rule WHERE year = 0;
DELETE FROM rule WHERE year = 0;

-- Every count of a year, numbered 1, 2, … and never replaced. report and
-- inputs are canonical JSON (keys sorted); the hashes are of those texts.
CREATE TABLE tally_count (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  count_no INTEGER NOT NULL CHECK (count_no >= 1),
  report TEXT NOT NULL,
  report_hash TEXT NOT NULL,
  inputs TEXT,
  inputs_hash TEXT NOT NULL,
  tdkt_version TEXT,
  provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),
  amend_reason TEXT,
  tallied_at TEXT NOT NULL,
  PRIMARY KEY (bloc_id, year, count_no)
) WITHOUT ROWID;
INSERT INTO tally_count (bloc_id, year, count_no, report, report_hash, inputs, inputs_hash,
    tdkt_version, provisional, amend_reason, tallied_at)
  SELECT bloc_id, year, 1, report, report_hash, NULL, inputs_hash, NULL, 0, NULL, tallied_at
  FROM tally;
DROP TABLE tally;

-- What was changed in a counted year, by which command, why, and from what to what.
CREATE TABLE journal (
  id INTEGER PRIMARY KEY,
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  count_no INTEGER NOT NULL,
  at TEXT NOT NULL,
  command TEXT NOT NULL,
  reason TEXT NOT NULL,
  changes TEXT NOT NULL   -- JSON array of { "what", "before", "after" }
);
CREATE INDEX journal_by_year ON journal(bloc_id, year);
`,
  },
  {
    version: 4,
    description:
      "the regulation: ballots of the Government's flag, strike-out marking, shortlists; counted years keep their certificate seats",
    // SQLite cannot change a CHECK constraint in place: the ballot table is
    // rebuilt with the same ids (ballot_choice rows keep pointing at them),
    // admitting `govflag` and recording how a race was marked (`strike`: the
    // choices are the names struck out); the choices are kept aside while the
    // old table goes, since dropping it cascades to them.
    //
    // The default for certificates became `20% remaining, min 1`; the old
    // `auto` was max(1, floor(members / 5)), which is `20%, min 1`. A year
    // already counted keeps the rule it was counted with.
    sql: `
CREATE TABLE ballot_new (
  id INTEGER PRIMARY KEY,
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  round INTEGER NOT NULL CHECK (round >= 1),
  race TEXT NOT NULL CHECK (race IN ('govflag', 'flag', 'certificate', 'head', 'deputy')),
  ballot_no TEXT NOT NULL,
  entry INTEGER NOT NULL DEFAULT 1 CHECK (entry IN (1, 2)),
  import_id INTEGER REFERENCES import_log(id),
  mark TEXT NOT NULL DEFAULT 'tick' CHECK (mark IN ('tick', 'strike')),
  UNIQUE (bloc_id, year, round, race, ballot_no, entry)
);
INSERT INTO ballot_new (id, bloc_id, year, round, race, ballot_no, entry, import_id)
  SELECT id, bloc_id, year, round, race, ballot_no, entry, import_id FROM ballot;
-- Dropping ballot cascades to its choices: keep them aside and put them back.
CREATE TEMP TABLE ballot_choice_kept AS SELECT * FROM ballot_choice;
DROP TABLE ballot;
ALTER TABLE ballot_new RENAME TO ballot;
INSERT INTO ballot_choice (ballot_id, position, choice)
  SELECT ballot_id, position, choice FROM ballot_choice_kept;
DROP TABLE ballot_choice_kept;

-- The shortlist of a race in a round (tdkt nominees): a vote for an agency not
-- on it makes that race of the ballot invalid. No rows: every member.
CREATE TABLE nominee (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  race TEXT NOT NULL CHECK (race IN ('govflag', 'flag', 'certificate', 'head', 'deputy')),
  round INTEGER NOT NULL CHECK (round >= 1),
  agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
  PRIMARY KEY (bloc_id, year, race, round, agency_id)
) WITHOUT ROWID;

-- leaders.mode appointed: the reference of the decision that appointed them.
ALTER TABLE leaders ADD COLUMN reference TEXT;

INSERT INTO rule (bloc_id, year, key, value)
  SELECT DISTINCT t.bloc_id, t.year, 'seats.certificate', '20%, min 1' FROM tally_count t
  WHERE NOT EXISTS (
    SELECT 1 FROM rule r
    WHERE r.bloc_id = t.bloc_id AND r.year = t.year AND r.key = 'seats.certificate'
  ) AND NOT EXISTS (
    SELECT 1 FROM rule_from f
    WHERE f.bloc_id = t.bloc_id AND f.from_year <= t.year AND f.key = 'seats.certificate'
  );
`,
  },
  {
    version: 5,
    description: "documents: people's titles apart from their names, the bloc's parent body",
    // The signature block of a document prints the full name alone, without the
    // title (Decree 30/2020/NĐ-CP, appendix I), so the title is kept apart. A row
    // written before has its title inside chair/secretary and NULL here; it
    // keeps working (the name is read out of the single field).
    sql: `
ALTER TABLE meeting ADD COLUMN chair_title TEXT;
ALTER TABLE meeting ADD COLUMN secretary_title TEXT;
ALTER TABLE meeting ADD COLUMN counting_board_titles TEXT;
ALTER TABLE bloc ADD COLUMN parent TEXT;
`,
  },
  {
    version: 6,
    description:
      "the head's check and the criteria tree: comment and explanation per score, criterion parent, approved score table",
    // The head checks each agency's self-scores and comments (nhận xét); the
    // agency may explain (giải trình); the conference approves the checked
    // table before it votes (domain.md, "The year of a bloc"). A criterion may
    // belong to a group (its parent's code, in the same year's table), whose
    // maximum caps the sum of its children.
    sql: `
ALTER TABLE score ADD COLUMN comment TEXT;
ALTER TABLE score ADD COLUMN explanation TEXT;
ALTER TABLE criterion ADD COLUMN parent_code TEXT;
CREATE TABLE score_approval (
  bloc_id INTEGER NOT NULL REFERENCES bloc(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  approved_at TEXT NOT NULL,
  -- the approved table's fingerprint: a score changed after approval is seen
  scores_hash TEXT NOT NULL,
  PRIMARY KEY (bloc_id, year)
) WITHOUT ROWID;
`,
  },
  {
    version: 7,
    description: "entry sessions: who is typing ballots now, so a second clerk is sent to --verify",
    // One row per live `tdkt ballots enter` session of a year and entry
    // (1 first entry, 2 verification). The session refreshes heartbeat_at
    // (milliseconds since the epoch) while it runs and removes its row when
    // it ends; a row whose heartbeat is old, or whose process is gone on the
    // same host, is a crashed session and is taken over.
    sql: `
CREATE TABLE entry_session (
  bloc_id INTEGER NOT NULL REFERENCES bloc (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  entry INTEGER NOT NULL CHECK (entry IN (1, 2)),
  round INTEGER NOT NULL,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  heartbeat_at INTEGER NOT NULL,
  PRIMARY KEY (bloc_id, year, entry)
) WITHOUT ROWID;
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
