"""Benchmark: poll N feeds that all answer 304 (or all changed), through Fetcher.fetch_many.

The server runs in a separate process (its own GIL): a minimal asyncio HTTP/1.1 responder
that answers 304 to any request carrying the current ETag, 200 with a small feed otherwise.
With ``--changed`` every poll carries a stale ETag: each feed answers 200 with its body (a
churn pass's fetches), and the server counts the requests it answered. The client polls every
feed with its ETag and prints polls/s, client CPU seconds per poll (time.process_time of this
process, all threads) and peak RSS.

    .venv/bin/python bench/bench_poll.py                 # 5,000 feeds on one host
    .venv/bin/python bench/bench_poll.py --hosts 500     # spread over 500 host names
    .venv/bin/python bench/bench_poll.py --workers 4 --per-host 4 --rounds 5
    .venv/bin/python bench/bench_poll.py --no-curl       # httpx only (monitor.fetch.curl off)
    .venv/bin/python bench/bench_poll.py --changed       # every feed brings a new body

Host names ``feed-<n>.bench.test`` resolve to 127.0.0.1 through a stub resolver (no DNS).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from loopback import LoopbackServer

from monitor.fetch import Fetcher, FetchRequest, FetchSettings
from monitor.types import NotModified

ETAG = '"bench-v1"'
ANSWER_304 = (
    b"HTTP/1.1 304 Not Modified\r\nETag: " + ETAG.encode() + b"\r\n"
    b"Cache-Control: max-age=60\r\n\r\n"
)
BODY = b"<rss version='2.0'><channel><title>bench</title></channel></rss>"
ANSWER_200 = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: " + ETAG.encode() + b"\r\n"
    b"Content-Length: " + str(len(BODY)).encode() + b"\r\n\r\n" + BODY
)


STALE_ETAG = '"bench-v0"'


def _answer(head: bytes) -> bytes:
    current = b"\nif-none-match: " + ETAG.encode().lower()
    return ANSWER_304 if current in head.lower() else ANSWER_200


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=1, help="distinct host names")
    parser.add_argument("--workers", type=int, default=8, help="global concurrency")
    parser.add_argument("--per-host", type=int, default=8, help="per-host concurrency")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-curl", action="store_true",
                        help="every poll through httpx (FetchSettings.curl_conditional off)")
    parser.add_argument("--changed", action="store_true",
                        help="send a stale ETag: every feed answers 200 with its body")
    args = parser.parse_args()
    expected = "FeedBody" if args.changed else NotModified.__name__

    server = LoopbackServer(_answer)
    port = server.__enter__()

    def host(i: int) -> str:
        return "127.0.0.1" if args.hosts == 1 else f"feed-{i % args.hosts}.bench.test"

    requests = [
        FetchRequest(f"http://{host(i)}:{port}/feed/{i}.xml",
                     etag=STALE_ETAG if args.changed else ETAG, key=i)
        for i in range(args.feeds)
    ]
    settings = FetchSettings(
        allowed_networks=("127.0.0.1/32",),
        global_concurrency=args.workers,
        per_host_concurrency=args.per_host,
        curl_conditional=not args.no_curl,
    )
    rates: list[float] = []
    cpus: list[float] = []
    try:
        with Fetcher(settings, resolver=lambda _host, _port: ["127.0.0.1"]) as fetcher:
            for round_no in range(1, args.rounds + 1):
                wall0, cpu0 = time.perf_counter(), time.process_time()
                asked = server.requests.value
                kinds: dict[str, int] = {}
                for _req, result in fetcher.fetch_many(requests):
                    name = type(result).__name__
                    kinds[name] = kinds.get(name, 0) + 1
                wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
                rates.append(args.feeds / wall)
                cpus.append(cpu / args.feeds)
                print(
                    f"round {round_no}: {args.feeds} polls in {wall:.2f} s = "
                    f"{args.feeds / wall:,.0f} polls/s; client CPU {cpu / args.feeds * 1e3:.3f} "
                    f"ms/poll; results {kinds}; "
                    f"{server.requests.value - asked:,} requests served"
                )
                if kinds.get(expected) != args.feeds:
                    print(f"  WARNING: not every poll was a {expected}")
    finally:
        server.__exit__()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"feeds={args.feeds} hosts={args.hosts} workers={args.workers} "
        f"per_host={args.per_host} {'httpx' if args.no_curl else 'libcurl'}: "
        f"median {statistics.median(rates):,.0f} polls/s, "
        f"median client CPU {statistics.median(cpus) * 1e3:.3f} ms/poll, "
        f"peak RSS {peak_kib / 1024:.1f} MiB"
    )


if __name__ == "__main__":
    main()
