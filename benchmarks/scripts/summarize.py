#!/usr/bin/env python3
"""Print Markdown tables from JMH JSON results of the lime4j benchmarks.

Usage: summarize.py RESULTS.json [GC_RESULTS.json]

RESULTS.json comes from a run with `-rf json`; GC_RESULTS.json, if given, from a run with
`-prof gc`, whose gc.alloc.rate.norm (bytes per operation) is added to the tables. Times are
the median (p50) of JMH's sample-time mode, then the mean with its 99.9 % confidence half-width.
Library time is a benchmark's median minus the median of the baseline in the same group.
"""
import json
import math
import sys

PYTHON_MS = {  # Python lime 0.2.0.1 figures of the design's performance table
    "tabular quartile": 33.0,
    "tabular continuous": 12.5,
    "tabular forward selection": 171.0,
    "text 200 words": 246.0,
    "quickshift 224": 236.0,
    "perturbed images 224": 950.0,
}
TARGET_MS = {
    "tabular quartile": 1.0,
    "tabular continuous": 0.5,
    "tabular forward selection": 2.0,
    "text 200 words": 8.0,
    "quickshift 224": 40.0,
    "perturbed images 224": 40.0,
}


def key(record):
    name = record["benchmark"].replace("org.lime4j.benchmarks.", "")
    params = record.get("params") or {}
    return name, tuple(sorted(params.items()))


def load(path):
    with open(path) as f:
        return {key(r): r for r in json.load(f)}


def median(record):
    return record["primaryMetric"]["scorePercentiles"]["50.0"]


def minimum(record):
    """Return the fastest sample, the one least disturbed by other processes on a shared machine."""
    return record["primaryMetric"]["scorePercentiles"]["0.0"]


def fmt(value):
    if value is None:
        return "–"
    value = float(value)
    if math.isnan(value):
        return "–"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def slope(xs, ys):
    """Least-squares slope of log(y) against log(x): the growth exponent."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if y and y > 0]
    if len(pts) < 2:
        return float("nan")
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / sxx


def find(results, name, **params):
    requested = tuple(sorted((k, str(v)) for k, v in params.items()))
    return results.get((name, requested))


def all_table(results, gc):
    print("| benchmark | parameters | median ms | min ms | mean ± error ms | alloc/op |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for (name, params), r in sorted(results.items()):
        m = r["primaryMetric"]
        alloc = None
        if gc and (name, params) in gc:
            sec = gc[(name, params)].get("secondaryMetrics", {})
            if "gc.alloc.rate.norm" in sec:
                alloc = sec["gc.alloc.rate.norm"]["score"]
        p = ", ".join(f"{k}={v}" for k, v in params) or "–"
        alloc_text = "–" if alloc is None else f"{alloc / 1e6:.2f} MB"
        print(f"| {name} | {p} | {fmt(median(r))} | {fmt(minimum(r))} | {fmt(m['score'])} ± "
              f"{fmt(m['scoreError'])} | {alloc_text} |")
    print()


def design_table(results):
    base = find(results, "TabularBenchmark.modelBaseline")
    text_base = find(results, "TextBenchmark.modelBaseline", mode="BAG_OF_WORDS", words=200)
    rows = [
        ("tabular quartile", find(results, "TabularBenchmark.quartileTenFeatures"), base),
        ("tabular continuous", find(results, "TabularBenchmark.continuousTenFeatures"), base),
        ("tabular forward selection",
         find(results, "TabularBenchmark.quartileForwardSelectionFive"), base),
        ("text 200 words",
         find(results, "TextBenchmark.explain", mode="BAG_OF_WORDS", words=200), text_base),
        ("quickshift 224", find(results, "ImageBenchmark.quickshift", size=224), None),
        ("perturbed images 224",
         find(results, "ImageBenchmark.explainSegmented", size=224),
         find(results, "ImageBenchmark.engineOnly", size=224)),
    ]
    print("| work | total ms | baseline ms | library ms | library, min ms | Python ms "
          "| Python / lime4j | target ms | met |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for label, total, baseline in rows:
        if total is None:
            print(f"| {label} | not measured | | | | {fmt(PYTHON_MS[label])} | | "
                  f"{fmt(TARGET_MS[label])} | |")
            continue
        t = median(total)
        b = median(baseline) if baseline else 0.0
        lib = t - b
        lib_min = minimum(total) - (minimum(baseline) if baseline else 0.0)
        met = "yes" if lib <= TARGET_MS[label] else "no"
        print(f"| {label} | {fmt(t)} | {fmt(b)} | {fmt(lib)} | {fmt(lib_min)} "
              f"| {fmt(PYTHON_MS[label])} | "
              f"{PYTHON_MS[label] / lib:.1f}× | {fmt(TARGET_MS[label])} | {met} |")
    print()


def peers_table(results):
    base = find(results, "TabularPeersBenchmark.modelBaseline")
    if base is None:
        return
    b = median(base)
    rows = [
        ("lime4j core + Gaussian sampler", "TabularPeersBenchmark.lime4jCoreGaussian"),
        ("Tribuo 4.3.2 LIMEBase", "TabularPeersBenchmark.tribuoLimeBase"),
        ("TrustyAI 1.23.0.Final LimeExplainer", "TabularPeersBenchmark.trustyAiLime"),
    ]
    core = find(results, rows[0][1])
    core_lib = median(core) - b if core else float("nan")
    core_min = minimum(core) if core else float("nan")
    print("| explainer | total ms | library ms | library / lime4j core | min ms "
          "| min / lime4j core min |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, name in rows:
        r = find(results, name)
        if r is None:
            print(f"| {label} | not measured | | |")
            continue
        lib = median(r) - b
        print(f"| {label} | {fmt(median(r))} | {fmt(lib)} | {lib / core_lib:.1f}× "
              f"| {fmt(minimum(r))} | {minimum(r) / core_min:.1f}× |")
    print(f"\nBaseline (model alone on 5000 inputs): {fmt(b)} ms.\n")


def tabular_scaling(results):
    name = "TabularScalingBenchmark.explain"
    base_name = "TabularScalingBaselineBenchmark.modelBaseline"
    samples = [1000, 5000, 50000]
    features = [10, 30, 100]
    for threads in (1, 2):
        print(f"Library time in ms (median − baseline), {threads} thread(s):\n")
        print("| samples \\ features | " + " | ".join(map(str, features))
              + " | exponent in features |")
        print("| ---: | " + " | ".join("---:" for _ in features) + " | ---: |")
        columns = {f: [] for f in features}
        for n in samples:
            cells = []
            row = []
            for f in features:
                r = find(results, name, samples=n, features=f, threads=threads)
                bl = find(results, base_name, samples=n, features=f)
                lib = median(r) - median(bl) if r and bl else None
                cells.append(fmt(lib))
                row.append(lib)
                columns[f].append(lib)
            print(f"| {n} | " + " | ".join(cells) + f" | {slope(features, row):.2f} |")
        print("| exponent in samples | "
              + " | ".join(f"{slope(samples, columns[f]):.2f}" for f in features) + " | |")
        print()
    print("Speed-up of 2 threads over 1 (total time):\n")
    print("| samples \\ features | " + " | ".join(map(str, features)) + " |")
    print("| ---: | " + " | ".join("---:" for _ in features) + " |")
    for n in samples:
        cells = []
        for f in features:
            one = find(results, name, samples=n, features=f, threads=1)
            two = find(results, name, samples=n, features=f, threads=2)
            cells.append(f"{median(one) / median(two):.2f}×" if one and two else "–")
        print(f"| {n} | " + " | ".join(cells) + " |")
    print()


def text_scaling(results):
    words = [50, 100, 200, 400, 800]
    print("| words | mode | total ms | baseline ms | library ms |")
    print("| ---: | --- | ---: | ---: | ---: |")
    libs = {}
    for mode in ("BAG_OF_WORDS", "POSITIONAL"):
        libs[mode] = []
        for w in words:
            r = find(results, "TextBenchmark.explain", mode=mode, words=w)
            bl = find(results, "TextBenchmark.modelBaseline", mode=mode, words=w)
            if not (r and bl):
                libs[mode].append(None)
                continue
            lib = median(r) - median(bl)
            libs[mode].append(lib)
            print(f"| {w} | {mode} | {fmt(median(r))} | {fmt(median(bl))} | {fmt(lib)} |")
    print()
    for mode, values in libs.items():
        print(f"Growth exponent of library time in words, {mode}: {slope(words, values):.2f}")
    print()


def image_table(results):
    print("| size | quickshift ms | explain, segmentation given ms | engine only ms "
          "| perturbed images ms | whole ms | baseline ms |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in (224, 512):
        parts = {m: find(results, f"ImageBenchmark.{m}", size=size) for m in
                 ("quickshift", "explainSegmented", "engineOnly", "explainWhole",
                  "modelBaseline")}
        if any(v is None for v in parts.values()):
            continue
        v = {k: median(r) for k, r in parts.items()}
        print(f"| {size} | {fmt(v['quickshift'])} | {fmt(v['explainSegmented'])} | "
              f"{fmt(v['engineOnly'])} | {fmt(v['explainSegmented'] - v['engineOnly'])} | "
              f"{fmt(v['explainWhole'])} | {fmt(v['modelBaseline'])} |")
    print()


def main():
    results = load(sys.argv[1])
    gc = load(sys.argv[2]) if len(sys.argv) > 2 else None
    print("## Design targets\n")
    design_table(results)
    print("## Peers\n")
    peers_table(results)
    print("## Tabular scaling\n")
    tabular_scaling(results)
    print("## Text scaling\n")
    text_scaling(results)
    print("## Image\n")
    image_table(results)
    print("## Every benchmark\n")
    all_table(results, gc)


if __name__ == "__main__":
    main()
