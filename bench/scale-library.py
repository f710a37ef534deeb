"""Scale a generated library k times by copying its articles and quotes (new ids, new fingerprints),
then recount the tallies and rebuild the full-text index: a 100k-article library for browser memory
figures in minutes instead of an hour of importing. The text repeats; the sizes are real."""
import sqlite3, sys, time
src, dst, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
import shutil; shutil.copyfile(src, dst)
db = sqlite3.connect(dst)
db.execute("PRAGMA journal_mode=OFF"); db.execute("PRAGMA synchronous=OFF")
A = db.execute("select max(id) from article").fetchone()[0]
Q = db.execute("select max(id) from quote").fetchone()[0]
def cols(t): return [r[1] for r in db.execute(f"pragma table_info({t})")]
shift = {"article": {"id": "A", "fingerprint": "F"}, "section": {"article_id": "A"}, "article_expert": {"article_id": "A"},
         "glossary": {"article_id": "A"}, "quote": {"id": "Q", "article_id": "A"}, "quote_country": {"quote_rowid": "Q"},
         "article_source": {"article_id": "A"}}
t0 = time.time()
for i in range(1, k):
    for table, rules in shift.items():
        if table not in [r[0] for r in db.execute("select name from sqlite_master where type='table'")]: continue
        c = cols(table)
        exprs = []
        for name in c:
            rule = rules.get(name)
            exprs.append(f"{name} + {i * A}" if rule == "A" else f"{name} + {i * Q}" if rule == "Q"
                         else f"{name} || '-x{i}'" if rule == "F" else name)
        db.execute(f"INSERT INTO {table} ({', '.join(c)}) SELECT {', '.join(exprs)} FROM {table} WHERE {'id' if 'id' in rules else list(rules)[0]} <= {A if 'A' in rules.values() and table != 'quote' and table != 'quote_country' else Q}")
    db.commit()
    print(f"copy {i}: {time.time() - t0:.0f}s", flush=True)
key = "CASE WHEN q.section IS NULL THEN '' ELSE '=' || q.section END"
db.executescript(f"""
DELETE FROM browse_tally; DELETE FROM browse_country_tally; DELETE FROM article_tally;
CREATE TEMP TABLE tb AS SELECT {key} AS s, q.expert_id AS e, count(*) AS n, min(q.id) AS first FROM quote q GROUP BY 1, 2;
INSERT INTO browse_tally (section, expert, n, first)
  SELECT s, e, n, first FROM tb UNION ALL SELECT s, '*', sum(n), min(first) FROM tb GROUP BY s
  UNION ALL SELECT '*', e, sum(n), min(first) FROM tb GROUP BY e UNION ALL SELECT '*', '*', sum(n), min(first) FROM tb;
CREATE TEMP TABLE ctb AS SELECT {key} AS s, q.expert_id AS e, c.code AS code, count(*) AS n FROM quote q JOIN quote_country c ON c.quote_rowid = q.id GROUP BY 1, 2, 3;
INSERT INTO browse_country_tally (section, expert, code, n)
  SELECT s, e, code, n FROM ctb UNION ALL SELECT s, '*', code, sum(n) FROM ctb GROUP BY s, code
  UNION ALL SELECT '*', e, code, sum(n) FROM ctb GROUP BY e, code UNION ALL SELECT '*', '*', code, sum(n) FROM ctb GROUP BY code;
INSERT INTO article_tally (code, article_id, n)
  SELECT '*', article_id, count(*) FROM quote GROUP BY article_id
  UNION ALL SELECT c.code, q.article_id, count(*) FROM quote q JOIN quote_country c ON c.quote_rowid = q.id GROUP BY c.code, q.article_id;
""")
db.commit()
print(f"tallies: {time.time() - t0:.0f}s", flush=True)
db.execute("INSERT INTO quote_fts(quote_fts) VALUES('rebuild')"); db.commit()
print(f"fts rebuilt: {time.time() - t0:.0f}s", flush=True)
print(db.execute("select count(*) from article").fetchone()[0], "articles,", db.execute("select count(*) from quote").fetchone()[0], "quotes")
