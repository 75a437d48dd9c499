"""Writes random predictions derived from gold (dropped, shifted, mislabelled and extra items), so that
score.py and `newsextract evaluate` can be compared on inputs that exercise every rule.

usage: perturb.py GOLD_DIR OUT SEED
"""
import json, os, random, sys
gold_dir, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
R = random.Random(seed)
def jitter(it):
    it = dict(it)
    if R.random() < 0.5:
        it["start"] = max(0, it["start"] + R.randint(-4, 4))
        it["end"] = max(it["start"], it["end"] + R.randint(-6, 6))
    if R.random() < 0.05:
        it["start"] = float(it["start"]) if R.random() < 0.5 else str(it["start"])
    return it
def extra(n):
    s = R.randint(0, 3000)
    return {"text": R.choice(["x", "it's", 'a "q"', "caf\u00e9\u2019s", "tab\there"]), "start": s, "end": s + R.randint(1, n)}
arts = []
for f in sorted(os.listdir(gold_dir)):
    if not f.endswith(".gold.json"): continue
    g = json.load(open(os.path.join(gold_dir, f)))
    if R.random() < 0.1: continue
    src = g.get("source") or f
    src = R.choice([src, "corpus/" + src, os.path.basename(src), f.replace(".gold.json", ".txt")])
    if R.random() < 0.05:
        arts.append({"schema": 1, "source": src, "error": {"code": "unreadable", "message": "boom"}}); continue
    p = {"schema": 1, "source": src}
    p["dates"] = []
    for d in g.get("dates", []):
        if R.random() < 0.3: continue
        d = jitter(d)
        if R.random() < 0.2: d["value"] = R.choice(["2025-06-09", "PXD", None, 2025, "XXXX"])
        if R.random() < 0.1: d["type"] = R.choice(["DATE", "TIME", None])
        d.pop("required", None); p["dates"].append(d)
    p["dates"] += [dict(extra(10), type="DATE", value="2025") for _ in range(R.randint(0, 3))]
    p["counts"] = []
    for c in g.get("counts", []):
        if R.random() < 0.3: continue
        c = jitter(c)
        if R.random() < 0.3: c["kind"] = "count"
        if R.random() < 0.1: c.pop("kind")
        if R.random() < 0.2: c["value"] = R.choice([1000, 2000, 1000.0, None, 3, True])
        if R.random() < 0.2: c["unit"] = R.choice(["people", None, "Soldiers", "POW"])
        c.pop("required", None); p["counts"].append(c)
    p["counts"] += [dict(extra(8), kind=R.choice(["count", "age"]), value=5, unit="x") for _ in range(R.randint(0, 3))]
    p["officials"] = []
    for i, o in enumerate(g.get("officials", [])):
        if R.random() < 0.25: continue
        o = dict(o); o.pop("required", None); o["id"] = "p%d" % i
        if R.random() < 0.2: o["name"] = R.choice(["Mr " + (o.get("name") or "").split(" ")[-1], "Nobody", None, (o.get("name") or "") + "'s"])
        if R.random() < 0.2: o["title"] = R.choice([None, "President", "the " + str(o.get("title"))])
        if R.random() < 0.2: o["affiliation"] = R.choice([None, (o.get("affiliation") or "")[:6], "UK"])
        o["mentions"] = [jitter(m) for m in o.get("mentions", []) if R.random() < 0.7]
        p["officials"].append(o)
    R.shuffle(p["officials"])
    if R.random() < 0.3: p["officials"].append({"id": "px", "name": "Extra Person", "mentions": [extra(5)]})
    p["quotes"] = []
    for q in g.get("quotes", []):
        if R.random() < 0.25: continue
        q = jitter(q); q.pop("required", None)
        if R.random() < 0.2: q["speaker"] = R.choice([None, "someone", (q.get("speaker") or "x").upper()])
        if R.random() < 0.3 and p["officials"]: q["speaker_id"] = R.choice(p["officials"])["id"]
        if R.random() < 0.1: q["type"] = "indirect"
        p["quotes"].append(q)
    p["quotes"] += [dict(extra(40), type="direct", speaker="X") for _ in range(R.randint(0, 2))]
    if R.random() < 0.05: p["quotes"].append("not a dict")
    arts.append(p)
R.shuffle(arts)
with open(out, "w") as fh:
    mode = R.choice(["jsonl", "array"])
    if mode == "jsonl":
        for a in arts: fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    else:
        json.dump(arts, fh, ensure_ascii=False, indent=1)
