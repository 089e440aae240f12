"""Fields: which key of a JSON/JSONL record holds an article's text, outlet, date, url, id and event.

Archives name these differently (``source_domain``, ``publisher``, ``link``...). Each role has a list of
names tried in order; a user's choice (``--outlet-field``...) replaces the list for that role. ``source``
names the outlet (newsapi, GDELT and most exports use it so), never the article id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["DETECTED", "Fields"]

#: The names tried for each role when the user names none, first match wins.
DETECTED: dict[str, tuple[str, ...]] = {
    "event": ("event", "event_id", "story", "story_id", "cluster", "cluster_id"),
    "text": ("text", "body", "content", "maintext", "article"),
    "outlet": ("source", "outlet", "source_domain", "domain", "publisher", "source_name", "site"),
    "date": ("date", "date_publish", "published", "published_at", "publish_date", "pubdate"),
    "url": ("url", "link", "source_url"),
    "id": ("id", "doc_id", "article_id", "source_id", "uuid"),
}


@dataclass(frozen=True)
class Fields:
    """The record keys to read; ``None`` for a role means "detect it from :data:`DETECTED`".

    Attributes:
        event: Key grouping records into events in a batch (``--event-field``).
        text: Key of the article body (``--text-field``).
        outlet: Key of the publisher or its domain (``--outlet-field``).
        date: Key of the publication date (``--date-field``).
        url: Key of the article's address (``--url-field``).
        id: Key of the article's id (``--id-field``); without one the id is the file stem and line number.
    """

    event: str | None = None
    text: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    id: str | None = None

    def names(self, role: str) -> tuple[str, ...]:
        """The keys tried for ``role``, in order.

        >>> Fields(outlet="site").names("outlet"), Fields().names("url")
        (('site',), ('url', 'link', 'source_url'))
        """
        chosen: str | None = getattr(self, role)
        return (chosen,) if chosen else DETECTED[role]

    def pick(self, record: dict[str, Any], role: str) -> str | None:
        """The first non-empty value of ``role`` in ``record``, as text (``None`` when absent).

        A nested object (newsapi's ``"source": {"id": ..., "name": "BBC News"}``) gives its ``name``.

        >>> Fields().pick({"source": {"id": "bbc", "name": "BBC News"}, "doc_id": 7}, "outlet")
        'BBC News'
        >>> Fields().pick({"source": "bbc.co.uk", "doc_id": 7}, "id")
        '7'
        """
        for key in self.names(role):
            value = record.get(key)
            if isinstance(value, dict):
                value = value.get("name") or value.get("id")
            if value is not None and not isinstance(value, (dict, list)) and str(value).strip():
                return str(value).strip() if role != "text" else str(value)
        return None
