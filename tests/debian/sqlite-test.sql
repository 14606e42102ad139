-- sqlite3 CLI workload for tests/debian: 10,000 rows made by a recursive
-- CTE, indexes, aggregates, window functions, joins, JSON, printf.
CREATE TABLE t(id INTEGER PRIMARY KEY, grp INTEGER, name TEXT, val REAL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO t SELECT i, (i * 7919) % 37, 'name' || ((i * 104729) % 1009), (i * 31 % 1000) / 7.0 FROM n;
CREATE INDEX t_grp ON t(grp);
CREATE TABLE g(grp INTEGER PRIMARY KEY, label TEXT);
INSERT INTO g SELECT DISTINCT grp, printf('group-%02d', grp) FROM t;
.headers on
.mode list
SELECT count(*), sum(id), min(val), max(val), printf('%.6f', avg(val)), total(grp) FROM t;
SELECT grp, count(*) AS n, printf('%.4f', avg(val)) AS a, max(name) FROM t GROUP BY grp ORDER BY n DESC, grp LIMIT 8;
SELECT g.label, count(*) FROM t JOIN g USING (grp) WHERE val > 100 GROUP BY g.label HAVING count(*) > 120 ORDER BY 1;
SELECT id, name, val, rank() OVER (PARTITION BY grp ORDER BY val DESC, id) AS r,
       sum(id) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS s
  FROM t WHERE grp = 5 ORDER BY id LIMIT 10;
SELECT name, count(*) FROM t GROUP BY name ORDER BY count(*) DESC, name LIMIT 5;
SELECT json_group_array(id) FROM (SELECT id FROM t WHERE id % 1000 = 0);
SELECT json_extract('{"a":[1,2,{"b":"x"}]}', '$.a[2].b'), upper('abc'), hex(zeroblob(4)), length(group_concat(name)) FROM t;
UPDATE t SET val = val * 2 WHERE grp IN (1, 2, 3);
DELETE FROM t WHERE id % 3 = 0;
SELECT count(*), printf('%.3f', sum(val)) FROM t;
SELECT quote(x'00ff'), typeof(1.5), typeof(1), 1e308 * 10, 7 / 2, 7 / 2.0, -7 % 3;
.mode csv
SELECT * FROM t ORDER BY val DESC, id LIMIT 5;
PRAGMA integrity_check;
