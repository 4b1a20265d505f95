"""Consistency check for the synthetic tuning set (corpus/*.txt vs annotations/*.json)."""
import json, re, glob, os, sys
# The set to check: this folder, or the one given (python3 check.py ../synthetic2).
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
LABEL = re.compile(r"^(De voorzitter|(?:De heer|Mevrouw) (?P<m>.+?) \((?P<p>[^)]+)\)|(?P<g>Minister|Staatssecretaris) (?P<gs>.+)):$")
problems = []
def err(doc, msg): problems.append(f"{doc}: {msg}")
def sentences(par): return [s for s in re.split(r"(?<=[.?!])\s+", par.strip()) if s]
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "corpus", "*.txt"))):
    doc = os.path.basename(path)[:-4]
    text = open(path, encoding="utf-8").read()
    turns = []  # (surname, kind, [sentences])
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        m = LABEL.match(lines[0])
        if not m: err(doc, f"bad label line {lines[0]!r}"); continue
        if m.group(1) == "De voorzitter": name, kind = "voorzitter", "chair"
        elif m.group("g"): name, kind = m.group("gs"), "gov"
        else: name, kind = m.group("m"), "member"
        for l in lines[1:]:
            if not l.strip(): err(doc, "empty paragraph line")
            if l.endswith(":") and LABEL.match(l): err(doc, f"label inside turn {l!r}")
        turns.append((name, kind, [s for l in lines[1:] for s in sentences(l)]))
    if not turns[0][0] == "voorzitter": err(doc, "does not start with the chair")
    words = len(re.findall(r"\S+", "\n".join(l for b in text.strip().split("\n\n") for l in b.split("\n")[1:])))
    gov = {n for n, k, _ in turns if k == "gov"}; members = {n for n, k, _ in turns if k == "member"}
    def find(start, speaker=None, kinds=None):
        """turn indexes where `start` occurs in a sentence (prefix preferred)."""
        hits, prefix = [], False
        for i, (n, k, sents) in enumerate(turns):
            if speaker and n != speaker: continue
            if kinds and k not in kinds: continue
            c = [s for s in sents if start.lower() in s.lower()]
            if len(c) > 1: err(doc, f"start not unique in turn {i}: {start!r}")
            if c:
                hits.append(i); prefix |= any(s.lower().startswith(start.lower()) for s in c)
        if hits and not prefix: err(doc, f"start is not a sentence start: {start!r}")
        return hits
    ann = json.load(open(os.path.join(HERE, "annotations", doc + ".json"), encoding="utf-8"))
    if set(ann) != {"doc", "closing", "inDebate", "notCommitments", "definitions", "questions"}: err(doc, f"fields {sorted(ann)}")
    if ann["doc"] != doc: err(doc, "doc field mismatch")
    for c in ann["inDebate"]:
        if c["speaker"] not in gov: err(doc, f"commitment speaker not government: {c['speaker']}")
        for s in c["starts"]:
            if not find(s, c["speaker"]): err(doc, f"commitment start not found in {c['speaker']}'s turns: {s!r}")
    for nc in ann["notCommitments"]:
        for part in nc.split(" (")[0].split(" / "):
            if not find(part.strip(), kinds={"gov"}): err(doc, f"notCommitment quote not found in government turns: {part!r}")
    for d in ann["definitions"]:
        for k in ("term", "definition"):
            if d[k].lower() not in text.lower(): err(doc, f"definition {k} not in text: {d[k]!r}")
    nq = na = 0
    for q in ann["questions"]:
        nq += 1; na += bool(q["answers"])
        if q["asker"] not in members: err(doc, f"asker not a member: {q['asker']}")
        qt = set()
        for s in q["starts"]:
            h = find(s, q["asker"], {"member"})
            if not h: err(doc, f"question start not found in {q['asker']}'s turns: {s!r}")
            qt.update(h)
        if len(qt) > 1: err(doc, f"question starts spread over turns {qt}: {q['starts']}")
        for a in q["answers"]:
            if a["speaker"] not in gov: err(doc, f"answer speaker not government: {a['speaker']}")
            h = find(a["starts"], a["speaker"], {"gov"})
            if not h: err(doc, f"answer start not found in {a['speaker']}'s turns: {a['starts']!r}")
            elif qt and min(h) < min(qt): err(doc, f"answer before question: {a['starts']!r}")
    rows.append((doc, len(turns), words, len(ann["inDebate"]), len(ann["notCommitments"]), nq, na, len(ann["definitions"])))
print(f"{'doc':24} turns words commit notC quest answd defs")
for r in rows: print(f"{r[0]:24} {r[1]:5} {r[2]:5} {r[3]:6} {r[4]:4} {r[5]:5} {r[6]:5} {r[7]:4}")
print("totals", *[sum(r[i] for r in rows) for i in range(1, 8)])
print("\n".join(problems) or "OK: all starts found, all answering speakers are government members")
sys.exit(1 if problems else 0)
