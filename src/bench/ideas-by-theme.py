#!/usr/bin/env python3
"""Would requiring a shared theme let the recurring ideas link more pairs without linking unrelated ones?

Replays the app's grouping (idea/IdeaGrouping: a pair is linked when its whole score passes the whole threshold or
its closest sentences' score the sentence threshold; complete linkage from the clearest link down, at most 8 points, a
group of two meetings or more) on bge's scores of every pair of the seeds' key points, as IdeaPairs writes them with
-Dpairs.out, with a theme rule besides:

  none   as the app ships it
  all    a pair is linked only when its points share a theme other than the notes' fallback theme
  weak   pairs past the app's thresholds are linked as they are; pairs past lower ones only with such a theme

For each setting: how many ideas, and how many of the judged pairs (src/bench/models/idea-pairs.tsv) that say the same
thing, and that are unrelated, share one. With --show T S RULE [T2 S2] it prints that setting's ideas.

Usage: src/bench/ideas-by-theme.py PAIRS_OUT JUDGED_PAIRS THEMES_YML [--show ...]   (src/bench/idea-pairs.sh runs it)
"""
import sys


def read(pairs_out, judged_file, themes_yml):
    whole, sentences, themes, meeting = {}, {}, {}, {}
    for line in open(pairs_out, encoding="utf-8"):
        a, b, w, s, _cosine, themes_a, themes_b = line.rstrip("\n").split("\t")
        whole[a, b] = whole[b, a] = float(w)
        sentences[a, b] = sentences[b, a] = float(s)
        for point, listed in ((a, themes_a), (b, themes_b)):
            themes[point] = set(filter(None, listed.split(",")))
            meeting[point] = point.split("#")[0]
    judged = [line.rstrip("\n").split("\t")[:3] for line in open(judged_file, encoding="utf-8")
              if line.strip() and not line.startswith("#")]
    fallback = next(line.split(":", 1)[1].strip() for line in open(themes_yml, encoding="utf-8")
                    if line.startswith("fallback:"))
    return whole, sentences, themes, meeting, judged, fallback


def grouping(data, threshold, sentence_threshold, rule="none", weak_threshold=None, weak_sentence_threshold=None):
    whole, sentences, themes, meeting, _judged, fallback = data
    # the app sorts its points by meeting slug and anchor and breaks ties in that order
    points = sorted(themes)

    def subject(a, b):
        return bool((themes[a] & themes[b]) - {fallback})

    def margin(a, b):
        m = max(whole[a, b] - threshold, sentences[a, b] - sentence_threshold)
        if rule == "all":
            return m if subject(a, b) else -1
        if rule == "weak":
            # every pair measured from the lower thresholds, so that links are taken clearest first; those short of
            # the app's own thresholds count only with a theme in common
            weak = max(whole[a, b] - weak_threshold, sentences[a, b] - weak_sentence_threshold)
            return weak if m >= 0 or subject(a, b) else -1
        return m

    links = sorted((-margin(a, b), i, j) for i, a in enumerate(points) for j, b in enumerate(points)
                   if i < j and meeting[a] != meeting[b] and margin(a, b) >= 0)
    group_of = {p: k for k, p in enumerate(points)}
    members = {k: [p] for k, p in enumerate(points)}
    for _, i, j in links:
        ga, gb = group_of[points[i]], group_of[points[j]]
        if ga == gb or len(members[ga]) + len(members[gb]) > 8:
            continue
        if not all(margin(x, y) >= 0 for x in members[ga] for y in members[gb]):
            continue
        for p in members[gb]:
            group_of[p] = ga
        members[ga] += members.pop(gb)
    return [sorted(m) for m in members.values() if len({meeting[p] for p in m}) >= 2]


def judged_found(data, groups):
    idea_of = {p: k for k, group in enumerate(groups) for p in group}
    found = {"same": 0, "unrelated": 0}
    for kind, a, b in data[4]:
        if kind in found and a in idea_of and idea_of.get(a) == idea_of.get(b):
            found[kind] += 1
    return found["same"], found["unrelated"]


def main():
    data = read(*sys.argv[1:4])
    same = sum(1 for j in data[4] if j[0] == "same")
    unrelated = sum(1 for j in data[4] if j[0] == "unrelated")
    if "--show" in sys.argv:
        at = sys.argv.index("--show")
        t, s, rule = float(sys.argv[at + 1]), float(sys.argv[at + 2]), sys.argv[at + 3]
        weak = [float(x) for x in sys.argv[at + 4:at + 6]] or [None, None]
        groups = grouping(data, t, s, rule, *weak)
        print(f"{len(groups)} ideas; judged pairs sharing one: same {judged_found(data, groups)[0]} of {same},"
              f" unrelated {judged_found(data, groups)[1]} of {unrelated}")
        for group in groups:
            for p in group:
                print("  ", p, sorted(data[2][p]))
            print()
        return
    sentence_thresholds = [0.12, 0.14, 0.16, 0.18, 0.19, 0.22]
    print(f"cells: ideas, judged same pairs sharing one (of {same}) / judged unrelated pairs sharing one"
          f" (of {unrelated})")
    for rule in ("none", "all"):
        print(f"\nrule {rule}: whole threshold down, sentence threshold across "
              + " ".join(f"{s:.2f}" for s in sentence_thresholds))
        for t in (0.04, 0.06, 0.07, 0.08, 0.09, 0.10):
            cells = []
            for s in sentence_thresholds:
                groups = grouping(data, t, s, rule)
                cells.append("%2d: %d/%d" % ((len(groups),) + judged_found(data, groups)))
            print(f"{t:.2f}  " + "  ".join(cells))
    print("\nrule weak, the app's thresholds (0.10, 0.19) as they are: lower whole threshold down, lower sentence"
          " threshold across " + " ".join(f"{s:.2f}" for s in sentence_thresholds[:5]))
    for t in (0.04, 0.06, 0.07, 0.08, 0.09):
        cells = []
        for s in sentence_thresholds[:5]:
            groups = grouping(data, 0.10, 0.19, "weak", t, s)
            cells.append("%2d: %d/%d" % ((len(groups),) + judged_found(data, groups)))
        print(f"{t:.2f}  " + "  ".join(cells))


if __name__ == "__main__":
    main()
