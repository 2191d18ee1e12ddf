"""The event a relation rule reads from one sentence, before kg.extract resolves its date."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from kg.model import OCCURRED

#: The rule of a host's part in talks others held: "X and Y held talks, hosted by Z" (Z with each). "The two" after such
#: talks are X and Y, not the host with one of them.
HOST_RULE = "host-talk"
#: The rule of the meeting of someone a later sentence adds to one told: "X was accompanied by Z" (kg.nlp.followups).
JOINED = "followup-joined"


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
    day_shift: int = 0  # days from the day ``date_text`` names ("on the eve of the summit": -1 from the summit's)
    place: str | None = None
    venue: str | None = None  # the building or site within ``place`` the meeting was at ("the Elysee Palace")
    party: str | None = None
    trigger: str | None = None
