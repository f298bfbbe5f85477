"""monitor: a media-monitoring news aggregator.

Fetches RSS/Atom feeds on a schedule, keeps the coverage of configured topics, groups
near-identical stories, finds statements by tracked officials, decides which are new, and
alerts by email and Slack. See README.md and docs/design.md.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
