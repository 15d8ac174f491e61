"""Answers and form terms in words, as the reports print them."""

from __future__ import annotations

from fractions import Fraction

from mystery_shop.domain.answers import AnswerValue
from mystery_shop.domain.forms import Channel, Question, QuestionType, Stage

from .theme import points, seconds

STAGE_LABELS = {
    Stage.AWARENESS: "Awareness",
    Stage.CONSIDERATION: "Consideration",
    Stage.PURCHASE: "Purchase",
    Stage.SERVICE: "Service",
    Stage.POST_PURCHASE: "Post-purchase",
}
CHANNEL_LABELS = {
    Channel.IN_STORE: "In store",
    Channel.PHONE: "Phone",
    Channel.WEB: "Web",
    Channel.EMAIL: "Email",
    Channel.CHAT: "Chat",
    Channel.SOCIAL: "Social media",
    Channel.APP: "App",
    Channel.OTHER: "Other",
}
RATING_NAMES = {QuestionType.CSAT: "CSAT", QuestionType.CES: "CES", QuestionType.NPS: "NPS"}
RATING_WORDS = {
    QuestionType.CSAT: {1: "very unhappy", 2: "unhappy", 3: "neutral", 4: "happy", 5: "very happy"},
    QuestionType.CES: {
        1: "strongly disagree",
        2: "disagree",
        3: "somewhat disagree",
        4: "neither",
        5: "somewhat agree",
        6: "agree",
        7: "strongly agree",
    },
}
RATING_EXPLAINED = {
    QuestionType.CSAT: "Satisfaction, 1 (very unhappy) to 5 (very happy)",
    QuestionType.CES: "Ease, 1 (strongly disagree that it was easy) to 7 (strongly agree)",
    QuestionType.NPS: "Likelihood to recommend, 0 to 10 (9–10 promoter, 7–8 passive, 0–6 detractor)",
}


def stage_label(stage: Stage | None) -> str:
    return "" if stage is None else STAGE_LABELS.get(stage, stage.value.replace("_", " ").capitalize())


def channel_label(channel: Channel | None) -> str:
    return "" if channel is None else CHANNEL_LABELS.get(channel, channel.value.replace("_", " ").capitalize())


def answer_text(q: Question, value: AnswerValue | None) -> str:
    """An answer as a client reads it: the choice's label, "1:35", "4 on 1–5", "9 of 10"."""
    if value is None:
        return ""
    t = q.type
    if t is QuestionType.YES_NO:
        return "Yes" if value == "yes" else "No"
    if t is QuestionType.CHOICE:
        c = q.choice(str(value))
        return c.text if c else str(value)
    if t is QuestionType.MULTI:
        if not isinstance(value, list) or not value:
            return "None of these"
        return "; ".join((c.text if (c := q.choice(v)) else v) for v in value)
    if t is QuestionType.DURATION:
        secs = float(value)  # type: ignore[arg-type]
        return seconds(secs) if secs < 60 else f"{seconds(secs)} ({secs:g} s)"
    if t is QuestionType.SCALE:
        lo, hi = q.scale_range
        return f"{value} on {lo}–{hi}"
    if t in RATING_WORDS:
        lo, hi = q.scale_range
        word = RATING_WORDS[t].get(int(value))  # type: ignore[arg-type]
        return f"{value} of {hi}" + (f" ({word})" if word else "")
    if t is QuestionType.NPS:
        return f"{value} of 10"
    if t is QuestionType.NUMBER and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def target_text(q: Question) -> str:
    """A duration question's rubric, one threshold a line: "4 pts within 30 s\n2 pts within 1:00"."""
    return "\n".join(
        f"{points(th.points)} pt{'' if th.points == 1 else 's'} within {seconds(th.max)}" for th in q.thresholds
    )


def points_text(earned: Fraction | None, possible: Fraction) -> str:
    return f"{points(earned)} / {points(possible)}"
