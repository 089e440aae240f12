"""errors: one FactcheckError family, each kind with its own exit code, and messages that fill in."""

from __future__ import annotations

import string

import pytest

from factcheck import errors
from factcheck.errors import FactcheckError, NotEnoughArticles


def _kinds() -> list[type[FactcheckError]]:
    return [getattr(errors, name) for name in errors.__all__
            if isinstance(getattr(errors, name), type) and issubclass(getattr(errors, name), FactcheckError)]


def test_every_error_is_a_factcheck_error_with_an_exit_code() -> None:
    kinds = _kinds()
    assert FactcheckError in kinds and len(kinds) >= 5
    for kind in kinds:
        assert isinstance(kind.exit_code, int) and kind.exit_code >= 1
    # Each kind but the shared input/config code has its own code, so a script can tell failures apart.
    codes = [k.exit_code for k in kinds if k is not errors.ConfigError]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("kind", _kinds(), ids=lambda k: k.__name__)
def test_message_templates_name_only_what_they_are_given(kind: type[FactcheckError]) -> None:
    for name, template in vars(kind).items():
        if name.isupper() and isinstance(template, str):
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            filled = template.format(**{f: 1.5 if f in ("size", "limit") else "x" for f in fields})
            assert "{" not in filled, (name, filled)


BASE = "in: 1 readable article(s); at least 2 are needed to compare outlets"


@pytest.mark.parametrize(("read", "voices", "skipped", "expected"), [
    (1, 1, (), BASE),
    (3, 1, (), BASE + " (2 more only copied one of them)"),
    (1, 1, ("a.txt: binary",), BASE + " (1 input(s) skipped, named above)"),
])
def test_not_enough_articles_says_why(read: int, voices: int, skipped: tuple[str, ...], expected: str) -> None:
    error = NotEnoughArticles.of("in", read, voices, skipped)
    assert str(error) == expected and error.skipped == skipped and error.exit_code == 3
