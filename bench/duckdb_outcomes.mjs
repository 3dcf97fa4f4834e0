// The peer of the outcomes benchmark (DESIGN §5), and our independent second implementation of
// the indicators of DESIGN §3.8 in SQL.
//
//   node duckdb_outcomes.mjs load <extract-dir> <db.duckdb>
//       loads trajecten.csv, werk.csv, uitkeringen.csv (read_csv with explicit column types)
//   node duckdb_outcomes.mjs indicators <db.duckdb> <peildatum YYYY-MM-DD> <out.csv>
//       computes every group of §3.8 and writes the CSV in the product's column layout
import { DuckDBInstance } from '@duckdb/node-api';
import fs from 'node:fs';
import path from 'node:path';

const THREADS = '2';

const TABLES = {
  trajecten: {
    traject_id: 'VARCHAR', persoon_id: 'VARCHAR', regio: 'VARCHAR', gemeente: 'VARCHAR',
    interventie: 'VARCHAR', verwijzer: 'VARCHAR', uitkering_start: 'VARCHAR',
    startdatum: 'DATE', einddatum: 'DATE',
  },
  werk: {
    persoon_id: 'VARCHAR', startdatum: 'DATE', einddatum: 'DATE', uren_per_week: 'DOUBLE',
    contract: 'VARCHAR',
  },
  uitkeringen: { persoon_id: 'VARCHAR', soort: 'VARCHAR', startdatum: 'DATE', einddatum: 'DATE' },
};

const quote = (s) => `'${String(s).replaceAll("'", "''")}'`;

async function open(file) {
  const instance = await DuckDBInstance.create(file, { threads: THREADS });
  return instance.connect();
}

async function load(dir, dbFile) {
  fs.rmSync(dbFile, { force: true });
  fs.rmSync(`${dbFile}.wal`, { force: true });
  const conn = await open(dbFile);
  for (const [table, columns] of Object.entries(TABLES)) {
    const spec = Object.entries(columns).map(([c, t]) => `${quote(c)}: ${quote(t)}`).join(', ');
    const file = path.join(dir, `${table}.csv`);
    await conn.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv(${quote(file)}, header = true,
        delim = ',', dateformat = '%Y-%m-%d', columns = {${spec}})`);
  }
  await conn.run('CHECKPOINT');
}

// Aggregates of one output group over the per-trajectory facts `tf` (see §3.8).
const AGGREGATES = `
  count(*) AS starters,
  count_if(noemer) AS werk_12m_noemer,
  count_if(teller) AS werk_12m_teller,
  CASE WHEN count(dagen) > 0
       THEN (list(dagen ORDER BY dagen) FILTER (WHERE dagen IS NOT NULL))[(count(dagen) - 1) // 2 + 1]
  END AS dagen_tot_werk_mediaan,
  count_if(duurzaam_noemer) AS duurzaam_noemer,
  count_if(duurzaam_teller) AS duurzaam_teller,
  count_if(werkend) AS werkend_12m_teller,
  count_if(uitkering_noemer) AS uitkering_noemer,
  count_if(uitstroom) AS uitkering_uitstroom_teller,
  CASE WHEN count(centi) > 0 THEN
    ((sum(centi) + 5 * count(centi)) // (10 * count(centi)) // 10)::VARCHAR || '.' ||
    ((sum(centi) + 5 * count(centi)) // (10 * count(centi)) % 10)::VARCHAR
  END AS uren_gem`;

function indicatorSql(peildatum) {
  const C = `(DATE ${quote(peildatum)} - DATE '1970-01-01')::INTEGER`;
  const day = (col) => `(${col} - DATE '1970-01-01')::INTEGER`;
  const OPEN = '2147483647';
  return `
WITH
t AS (
  SELECT row_number() OVER () AS tid, persoon_id AS p, regio, interventie,
         year(startdatum)::VARCHAR AS jaar, ${day('startdatum')} AS s
  FROM trajecten WHERE ${day('startdatum')} <= ${C}),
w AS (
  SELECT persoon_id AS p, ${day('startdatum')} AS ws,
         coalesce(${day('einddatum')}, ${OPEN}) AS we, round(uren_per_week * 100)::BIGINT AS centi
  FROM werk),
u AS (
  SELECT persoon_id AS p, ${day('startdatum')} AS us, coalesce(${day('einddatum')}, ${OPEN}) AS ue
  FROM uitkeringen),
-- F(t): earliest employment start in [s, s + 365]
f AS (
  SELECT t.tid, min(w.ws) AS f FROM t JOIN w ON w.p = t.p AND w.ws BETWEEN t.s AND t.s + 365
  GROUP BY t.tid),
-- employment chains: spells started by C, ends capped at C, a gap of at most 30 days joins
capped AS (SELECT p, ws, least(we, ${C}) AS ce FROM w WHERE ws <= ${C}),
ordered AS (
  SELECT p, ws, ce, max(ce) OVER (PARTITION BY p ORDER BY ws, ce
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
  FROM capped),
numbered AS (
  SELECT p, ws, ce, sum(CASE WHEN before IS NULL OR ws > before + 31 THEN 1 ELSE 0 END)
           OVER (PARTITION BY p ORDER BY ws, ce ROWS UNBOUNDED PRECEDING) AS chain
  FROM ordered),
chain_end AS (
  SELECT DISTINCT n.p, n.ws, max(n.ce) OVER (PARTITION BY n.p, n.chain) AS x FROM numbered n),
-- hours of the first job: of the spells starting on F, the most known hours
first_hours AS (
  SELECT f.tid, max(w.centi) AS centi FROM f JOIN t USING (tid)
  JOIN w ON w.p = t.p AND w.ws = f.f WHERE w.centi IS NOT NULL GROUP BY f.tid),
working AS (
  SELECT DISTINCT t.tid FROM t JOIN w ON w.p = t.p AND w.ws <= t.s + 365 AND w.we >= t.s + 365),
benefit_start AS (
  SELECT DISTINCT t.tid FROM t JOIN u ON u.p = t.p AND u.us <= t.s AND u.ue >= t.s),
benefit_later AS (
  SELECT DISTINCT t.tid FROM t JOIN u ON u.p = t.p AND u.us <= t.s + 365 AND u.ue >= t.s + 365),
tf AS (
  SELECT t.regio, t.jaar, t.interventie,
         t.s + 365 <= ${C} AS noemer,
         t.s + 365 <= ${C} AND f.f IS NOT NULL AS teller,
         CASE WHEN t.s + 365 <= ${C} AND f.f IS NOT NULL THEN f.f - t.s END AS dagen,
         t.s + 365 <= ${C} AND f.f IS NOT NULL AND f.f + 182 <= ${C} AS duurzaam_noemer,
         t.s + 365 <= ${C} AND f.f IS NOT NULL AND f.f + 182 <= ${C} AND ce.x >= f.f + 182
           AS duurzaam_teller,
         t.s + 365 <= ${C} AND working.tid IS NOT NULL AS werkend,
         t.s + 365 <= ${C} AND benefit_start.tid IS NOT NULL AS uitkering_noemer,
         t.s + 365 <= ${C} AND benefit_start.tid IS NOT NULL AND benefit_later.tid IS NULL
           AS uitstroom,
         CASE WHEN t.s + 365 <= ${C} AND f.f IS NOT NULL THEN first_hours.centi END AS centi
  FROM t
  LEFT JOIN f USING (tid)
  LEFT JOIN chain_end ce ON ce.p = t.p AND ce.ws = f.f
  LEFT JOIN first_hours USING (tid)
  LEFT JOIN working USING (tid)
  LEFT JOIN benefit_start USING (tid)
  LEFT JOIN benefit_later USING (tid)),
groups AS (
  SELECT regio, jaar, interventie, ${AGGREGATES} FROM tf GROUP BY regio, jaar, interventie
  UNION ALL SELECT regio, jaar, '*', ${AGGREGATES} FROM tf GROUP BY regio, jaar
  UNION ALL SELECT regio, '*', '*', ${AGGREGATES} FROM tf GROUP BY regio
  UNION ALL SELECT 'NL', jaar, '*', ${AGGREGATES} FROM tf GROUP BY jaar
  UNION ALL SELECT 'NL', '*', '*', ${AGGREGATES} FROM tf HAVING count(*) > 0)
SELECT * FROM groups ORDER BY regio, jaar, interventie`;
}

async function indicators(dbFile, peildatum, out) {
  const conn = await open(dbFile);
  await conn.run(`COPY (${indicatorSql(peildatum)}) TO ${quote(out)} (HEADER, DELIMITER ',')`);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'load' && args.length === 2) await load(args[0], args[1]);
else if (command === 'indicators' && args.length === 3) await indicators(...args);
else {
  console.error('gebruik: duckdb_outcomes.mjs load <map> <db> | indicators <db> <peildatum> <uit.csv>');
  process.exit(2);
}
