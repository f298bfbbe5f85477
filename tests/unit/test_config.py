"""Configuration: files, environment overrides, and errors that name the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import DEFAULT_DATABASE_URL, load_settings, parse_duration
from monitor.errors import ConfigError

PROJECT_CONFIG = Path(__file__).resolve().parents[2] / "config"


def _folder(tmp_path: Path, monitor: str = "", feeds: str = "", topics: str = "") -> Path:
    (tmp_path / "monitor.toml").write_text(monitor, encoding="utf-8")
    (tmp_path / "feeds.toml").write_text(feeds, encoding="utf-8")
    (tmp_path / "topics.toml").write_text(topics, encoding="utf-8")
    return tmp_path


def test_shipped_config_loads() -> None:
    settings = load_settings(PROJECT_CONFIG, environ={})
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert len(settings.feeds) >= 30
    assert [t.name for t in settings.topics] == ["ukraine-peace"]
    assert settings.poll.interval == 900 and settings.fetch.max_bytes == 15 * 1024 * 1024


def test_defaults_without_files(tmp_path: Path) -> None:
    settings = load_settings(_folder(tmp_path), environ={})
    assert settings.fetch.deadline == 30 and settings.poll.max_backoff == 6 * 3600
    assert settings.feeds == () and settings.topics == ()


def test_environment_overrides_file_and_cli_overrides_environment(tmp_path: Path) -> None:
    folder = _folder(tmp_path, '[database]\nurl = "sqlite:///file.db"\n[fetch]\ndeadline = "20s"\n')
    env = {"MONITOR_DATABASE_URL": "sqlite:///env.db", "MONITOR_FETCH_DEADLINE": "5s",
           "MONITOR_FETCH_ALLOWED_NETWORKS": "127.0.0.1/32, ::1/128",
           "MONITOR_POLL_ADAPTIVE": "false"}
    settings = load_settings(folder, environ=env)
    assert settings.database_url == "sqlite:///env.db"
    assert settings.fetch.deadline == 5
    assert settings.fetch.allowed_networks == ("127.0.0.1/32", "::1/128")
    assert settings.poll.adaptive is False
    assert load_settings(folder, environ=env, database_url="sqlite:///cli.db").database_url \
        == "sqlite:///cli.db"


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), (30, 30), ("500ms", 0.5),
                                               ("6h", 21600), ("1.5d", 129600)])
def test_durations(text: object, seconds: float) -> None:
    assert parse_duration(text, source="x", key="k") == seconds


@pytest.mark.parametrize(
    ("monitor", "feeds", "topics", "message"),
    [
        ("[fetch]\nmax_bytes = 'lots'\n", "", "", "monitor.toml: fetch.max_bytes: expected a "
         "whole number"),
        ("[fetch]\nmax_byte = 1\n", "", "", "monitor.toml: fetch.max_byte: unknown setting"),
        ("[fecth]\n", "", "", "monitor.toml: fecth: unknown section"),
        ("[poll]\ninterval = 'soon'\n", "", "", "monitor.toml: poll.interval: expected a "
         "duration"),
        ("x = [", "", "", "monitor.toml: not valid TOML"),
        ("", "[[feed]]\nname = 'a'\nurl = 'ftp://x'\n", "", "feeds.toml: feed[0].url: expected "
         "an http(s) URL"),
        ("", "[[feed]]\nurl = 'https://a/x'\n[[feed]]\nurl = 'https://a/x'\n", "",
         "feeds.toml: feed[1].name: duplicate name"),
        ("", "[[feed]]\nurl = 'https://a/x'\nfull_text = 'yes'\n", "",
         "feeds.toml: feed[0].full_text: expected true or false"),
        ("", "", "[topic.t]\nquery = 'Ukraine AND ('\n", "topics.toml: topic.t.query:"),
    ],
)
def test_errors_name_file_and_key(tmp_path: Path, monitor: str, feeds: str, topics: str,
                                  message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(_folder(tmp_path, monitor, feeds, topics), environ={})
    assert message in str(info.value)


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="MONITOR_FETCH_PER_HOST: expected a whole number"):
        load_settings(_folder(tmp_path), environ={"MONITOR_FETCH_PER_HOST": "many"})


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration folder not found"):
        load_settings(tmp_path / "nope", environ={})


def test_stories_rewrite_settings_default_to_story_params(tmp_path: Path) -> None:
    from monitor.dedupe.rewrites import StoryParams

    assert load_settings(_folder(tmp_path), environ={}).stories.rewrite_params() == StoryParams()
    folder = _folder(tmp_path, "[stories]\nrewrites = true\nrewrite_accept = 0.3\n")
    params = load_settings(folder, environ={}).stories.rewrite_params()
    assert params.enabled and params.accept == 0.3
    assert params.accept_named == StoryParams().accept_named  # not set: the measured default
    env = {"MONITOR_STORIES_REWRITES": "false", "MONITOR_STORIES_REWRITE_ACCEPT_NAMED": "0.25"}
    params = load_settings(folder, environ=env).stories.rewrite_params()
    assert not params.enabled and params.accept == 0.3 and params.accept_named == 0.25


@pytest.mark.parametrize(("monitor", "message"), [
    ("[stories]\nrewrites = 'maybe'\n", "stories.rewrites: expected true or false"),
    ("[stories]\nrewrite_accept = 1.5\n", "stories.rewrite_accept: a similarity between 0 and 1"),
    ("[stories]\nrewrite_accept_named = 0\n", "stories.rewrite_accept_named: a similarity"),
    ("[stories]\nrewrite_threshold = 0.3\n", "stories.rewrite_threshold: unknown setting"),
])
def test_stories_rewrite_settings_refuse_bad_values(tmp_path: Path, monitor: str,
                                                    message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(_folder(tmp_path, monitor), environ={})
