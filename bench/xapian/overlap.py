#!/usr/bin/env python3
"""Exact FTS5 bm25 top 50 per query from a raw FTS5 db, its latency (1 warm-up + RUNS runs),
and the overlap |xapian top 50 ∩ exact top 50| / |exact| per class.

usage: overlap.py RAW.sqlite KEYS.csv KEYS.sqlite XAPIAN_RESULTS.tsv

KEYS.csv (id,expert_id,section_key from the library) is loaded once into KEYS.sqlite (table
qkeys, attached to the read-only RAW)
so the filtered class can be run on raw FTS5 with the library's filter semantics
(instr(expert_id, v) > 0, instr(section_key, v) > 0). Queries without ranked text
(a bare filter, a filter minus a word) have no bm25 order: no overlap, marked "unranked".
"""
import csv
import os
import re
import sqlite3
import sys
import time

RUNS = int(os.environ.get("RUNS", "5"))
# BM25_WEIGHTS="1.0, 1.0, 1.0, 1.0, 1.0" to compare with an UNWEIGHTED=1 Xapian index
W = os.environ.get("BM25_WEIGHTS", "1.0, 2.0, 0.5, 1.0, 0.5")
TOP = f"SELECT rowid, bm25(fts, {W}) FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, {W}) LIMIT 50"


def parse(text):
    """dossier's query syntax -> (FTS5 expression or None, negative expression, [(column, value)])."""
    tokens = re.findall(r'(?:[^\s"]|"[^"]*")+', text)
    positive, negative, filters = [], [], []
    for tok in tokens:
        if tok.startswith("expert:"):
            filters.append(("expert_id", tok[7:].strip('"').lower()))
        elif tok.startswith("section:"):
            filters.append(("section_key", tok[8:].strip('"').lower()))
        elif tok.startswith("-"):
            negative.append(fts_term(tok[1:]))
        else:
            positive.append(fts_term(tok))
    expr = None
    if positive:
        expr = positive[0] if len(positive) == 1 else " AND ".join(f"({p})" for p in positive)
        for n in negative:
            expr = f"({expr}) NOT ({n})"
    return expr, negative, filters


def fts_term(tok):
    if tok.endswith("*"):
        return f'"{tok[:-1].lower()}" *'
    return '"' + tok.strip('"').lower() + '"'


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))] if values else float("nan")


def main():
    raw, keys, keys_db, results = sys.argv[1:5]
    if not os.path.exists(keys_db):
        k = sqlite3.connect(keys_db)
        k.execute("CREATE TABLE qkeys(id INTEGER PRIMARY KEY, expert_id TEXT, section_key TEXT)")
        with open(keys, newline="") as f:
            k.executemany("INSERT INTO qkeys VALUES (?, ?, ?)", ((int(r[0]), r[1], r[2]) for r in csv.reader(f)))
        k.commit()
        k.close()
    db = sqlite3.connect(f"file:{raw}?mode=ro", uri=True)
    db.execute("ATTACH DATABASE ? AS k", (keys_db,))
    classes, order = {}, []
    for line in open(results):
        cls, text, xtimes, estimate, docids = line.rstrip("\n").split("\t")
        if cls not in classes:
            classes[cls] = {"raw": [], "xapian": [], "overlap": [], "tied": [], "unranked": 0}
            order.append(cls)
        c = classes[cls]
        c["xapian"] += [float(t) for t in xtimes.split(",")]
        expr, negative, filters = parse(text)
        mine = [int(d) for d in docids.split()] if docids else []
        if expr is None:
            c["unranked"] += 1
            print(f"  {cls:10} {text!r}: unranked (bare filter), xapian returned {len(mine)} of ~{estimate}")
            continue
        if filters:  # each FTS5 hit looks up its keys (an IN (subquery) here took seconds)
            where = "".join(f" AND instr(q.{col}, ?) > 0" for col, _ in filters)
            sql = (f"SELECT f.rowid, bm25(fts, {W}) FROM fts f JOIN k.qkeys q ON q.id = f.rowid "
                   f"WHERE fts MATCH ?{where} ORDER BY 2 LIMIT 50")
        else:
            sql = TOP
        args = [expr] + [v for _, v in filters]
        rows = db.execute(sql, args).fetchall()  # warm-up
        for _ in range(RUNS):
            t0 = time.perf_counter()
            rows = db.execute(sql, args).fetchall()
            c["raw"].append((time.perf_counter() - t0) * 1000)
        exact = [r[0] for r in rows]
        overlap = len(set(mine) & set(exact)) / len(exact) if exact else 1.0
        c["overlap"].append(overlap)
        # Ties: FTS5's order among equal scores is arbitrary, so also count the Xapian hits whose
        # FTS5 score is at least as good as the exact 50th (bm25() is negative: lower is better).
        tied = overlap
        if exact and mine:
            last = rows[-1][1]
            marks = ",".join("?" * len(mine))
            scores = db.execute(f"SELECT bm25(fts, {W}) FROM fts WHERE fts MATCH ? AND rowid IN ({marks})",
                                [expr] + mine).fetchall()
            tied = min(1.0, sum(1 for (sc,) in scores if sc <= last + 1e-9 * abs(last)) / len(exact))
        c["tied"].append(tied)
        print(f"  {cls:10} {text!r}: fts5 {expr!r} top {len(exact)}, xapian {len(mine)} of ~{estimate}, "
              f"overlap {overlap:.2f}, score-overlap {tied:.2f}")
    print()
    print("class        FTS5 p50  FTS5 p99  Xapian p50  Xapian p99  overlap mean (min)  score-overlap mean (min)")
    for cls in order:
        c = classes[cls]
        ov = c["overlap"]
        ti = c["tied"]
        ovs = f"{sum(ov) / len(ov):.2f} ({min(ov):.2f})        " if ov else "-"
        ovs += f"{sum(ti) / len(ti):.2f} ({min(ti):.2f})" if ti else ""
        if c["unranked"]:
            ovs += f" +{c['unranked']} unranked"
        print(f"{cls:12} {percentile(c['raw'], .5):8.2f}  {percentile(c['raw'], .99):8.2f}  "
              f"{percentile(c['xapian'], .5):10.2f}  {percentile(c['xapian'], .99):10.2f}  {ovs}")


if __name__ == "__main__":
    main()
