"""The event a relation rule reads from one sentence, before kg.extract resolves its date."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from kg.model import OCCURRED



@dataclass(frozen=True)
class RawEvent:
    """An event as read from one sentence, before dates are resolved against the article."""

    kind: str
    participants: tuple[str, ...]
    sentence: Span
    rule: str
    confidence: float
    status: str = OCCURRED
    date_text: str | None = None
    place: str | None = None
    venue: str | None = None  # the building or site within ``place`` the meeting was at ("the Elysee Palace")
    party: str | None = None
    trigger: str | None = None
