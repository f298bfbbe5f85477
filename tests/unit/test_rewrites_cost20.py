"""The twentieth session's cuts of the rewrite decision's cost (issue 10) give the values the
code they replaced gave, bit for bit: the norm sums from an array of frequencies, the dot
products with bare centroids, the IDF and weights by C maps, a stub's JSON columns parsed as
one array, and the stored features' JSON with tuples."""

from __future__ import annotations

import json
import math
import random
from datetime import UTC, datetime

import numpy as np

from monitor.dedupe.rewrites import DocFreq, _side, _sums, _Weighted, sums_of
from monitor.dedupe.signatures import features
from monitor.storage.rewrites import _bare_row, _CentroidRow, dump_norms

AT = datetime(2026, 12, 6, 12, tzinfo=UTC)


def _table(rng: random.Random) -> DocFreq:
    return DocFreq({f"t{i}": rng.randint(0, 10**6) for i in range(400)}, rng.randint(0, 10**7))


def test_sums_of_an_array_of_frequencies_are_those_of_a_docfreq() -> None:
    rng = random.Random(20)
    for _ in range(100):
        df = _table(rng)
        counts = {f"t{rng.randint(0, 800)}": rng.choice([1, 2, 3, 9, 70, 0, -2])
                  for _ in range(rng.randint(0, 300))}
        docs = np.array([df.count(t) for t in counts], dtype=np.int64)
        assert sums_of(counts, docs, df.n_docs) == _sums(counts, df)


def test_dots_with_centroids_without_counts_are_those_of_the_full_gather() -> None:
    rng = random.Random(21)
    for _ in range(50):
        df = _table(rng)
        doc = {f"t{rng.randint(0, 300)}": rng.randint(1, 4) for _ in range(60)}
        _, side = _side(doc, df)
        centroids: list[dict[str, int]] = [
            {} if rng.random() < 0.5 else
            {f"t{rng.randint(0, 300)}": rng.randint(1, 9) for _ in range(80)}
            for _ in range(rng.randint(1, 20))]
        full = [c for c in centroids if c]
        expected_full = iter(_reference_dots(side, full))
        expected = [next(expected_full) if c else 0.0 for c in centroids]
        assert side.dots(list(centroids)) == expected


def _reference_dots(side: _Weighted, centroids: list[dict[str, int]]) -> list[float]:
    """The nineteenth session's gather: every centroid's row, zeros included."""
    if not centroids:
        return []
    n = len(side.terms)
    counts = np.array([[c.get(t, 0) for t in side.terms] for c in centroids], dtype=np.int64)
    tf = np.array([[0.0 if x <= 0 else 1.0 + math.log(x) for x in row] for row in counts])
    terms = (side.weights * tf) * side.idf
    assert terms.shape == (len(centroids), n)
    return [float(x) for x in np.cumsum(terms, axis=1)[:, -1]]


def test_idfs_and_weights_by_maps_are_the_comprehensions() -> None:
    rng = random.Random(22)
    for _ in range(100):
        df = _table(rng)
        counts = {f"t{rng.randint(0, 800)}": rng.choice([1, 2, 3, 5, 0, -1])
                  for _ in range(rng.randint(0, 250))}
        n1, get, log = 1 + df.n_docs, df._df.get, math.log
        idf = {t: log(n1 / (1 + get(t, 0))) + 1.0 for t, c in counts.items() if c > 0}
        assert list(df.idfs(counts).items()) == list(idf.items())
        weights, _ = _side(counts, df)
        assert list(weights.items()) == [(t, (1.0 + log(counts[t])) * i)
                                         for t, i in idf.items()]


def test_a_stub_parsed_as_one_array_is_the_columns_parsed_one_by_one() -> None:
    norms = dump_norms({"t": (1234, 55.25, 301.0 / 7, 1e-3), "b": (1234, 2.0, 3.5, 4.75)})
    for entities, years, numbers, stored_norms in (
            ('["kyiv","zelensky"]', '["2025"]', '[["12","killed"]]', norms),
            ("[]", "[]", "[]", None),
            ('["é"]', "[]", '[["3","dead"],["4","hurt"]]', "{}")):
        row = _CentroidRow(7, "", "", entities, years, numbers, stored_norms, AT, AT, 3,
                           None, None)
        stub = _bare_row(row)
        assert stub.entities == set(json.loads(entities))
        assert stub.years == set(json.loads(years))
        assert stub.numbers == {(str(v), str(w)) for v, w in json.loads(numbers)}
        assert stub.cache == ({k: (int(v[0]), float(v[1]), float(v[2]), float(v[3]))
                               for k, v in json.loads(stored_norms).items()}
                              if stored_norms else {})
        assert (stub.first, stub.last, stub.size) == (AT, AT, 3)


def test_stored_features_json_is_the_text_of_lists() -> None:
    doc = features("Zelenskiy says 400 drones launched overnight, 2025 record",
                   "KYIV (Reuters) - Zelenskiy said over 400 drones were launched overnight. "
                   "Three people were killed in Kharkiv, officials said on Monday.\n"
                   "The attack was the largest since 2025, he said.", AT)
    data = doc.to_json()
    as_lists = dict(data, num=sorted([list(p) for p in doc.numbers]),
                    tm=list(map(list, doc.terms)), bd=list(map(list, doc.body)),
                    ln=[[h, list(ws)] for h, ws in doc.lines],
                    tl=[[h, list(ws)] for h, ws in doc.tail])
    encode = json.JSONEncoder(separators=(",", ":")).encode
    assert encode(data) == encode(as_lists)
    assert doc.terms and doc.body and doc.lines  # (so the comparison above says something)
