"""Answers and form terms in words, as the reports print them."""

from __future__ import annotations

from mystery_shop.domain.answers import AnswerValue
from mystery_shop.domain.forms import Channel, Question, QuestionType, Stage

from .language import number, rt, rt_noop
from .theme import points, seconds

STAGE_LABELS = {
    Stage.AWARENESS: rt_noop("Awareness"),
    Stage.CONSIDERATION: rt_noop("Consideration"),
    Stage.PURCHASE: rt_noop("Purchase"),
    Stage.SERVICE: rt_noop("Service"),
    Stage.POST_PURCHASE: rt_noop("Post-purchase"),
}
CHANNEL_LABELS = {
    Channel.IN_STORE: rt_noop("In store"),
    Channel.PHONE: rt_noop("Phone"),
    Channel.WEB: rt_noop("Web"),
    Channel.EMAIL: rt_noop("Email"),
    Channel.CHAT: rt_noop("Chat"),
    Channel.SOCIAL: rt_noop("Social media"),
    Channel.APP: rt_noop("App"),
    Channel.OTHER: rt_noop("Other"),
}
RATING_NAMES = {QuestionType.CSAT: "CSAT", QuestionType.CES: "CES", QuestionType.NPS: "NPS"}
RATING_WORDS = {
    QuestionType.CSAT: {
        1: rt_noop("very unhappy"),
        2: rt_noop("unhappy"),
        3: rt_noop("neutral"),
        4: rt_noop("happy"),
        5: rt_noop("very happy"),
    },
    QuestionType.CES: {
        1: rt_noop("strongly disagree"),
        2: rt_noop("disagree"),
        3: rt_noop("somewhat disagree"),
        4: rt_noop("neither"),
        5: rt_noop("somewhat agree"),
        6: rt_noop("agree"),
        7: rt_noop("strongly agree"),
    },
}
RATING_EXPLAINED = {
    QuestionType.CSAT: rt_noop("Satisfaction, 1 (very unhappy) to 5 (very happy)"),
    QuestionType.CES: rt_noop("Ease, 1 (strongly disagree that it was easy) to 7 (strongly agree)"),
    QuestionType.NPS: rt_noop("Likelihood to recommend, 0 to 10 (9–10 promoter, 7–8 passive, 0–6 detractor)"),
}


def stage_label(stage: Stage | None) -> str:
    return "" if stage is None else rt(STAGE_LABELS.get(stage, stage.value.replace("_", " ").capitalize()))


def channel_label(channel: Channel | None) -> str:
    return "" if channel is None else rt(CHANNEL_LABELS.get(channel, channel.value.replace("_", " ").capitalize()))


def answer_text(q: Question, value: AnswerValue | None) -> str:
    """An answer as a client reads it: the choice's label, "1:35", "4 on 1–5", "9 of 10"."""
    if value is None:
        return ""
    t = q.type
    if t is QuestionType.YES_NO:
        return rt("Yes") if value == "yes" else rt("No")
    if t is QuestionType.CHOICE:
        c = q.choice(str(value))
        return c.text if c else str(value)
    if t is QuestionType.MULTI:
        if not isinstance(value, list) or not value:
            return rt("None of these")
        return "; ".join((c.text if (c := q.choice(v)) else v) for v in value)
    if t is QuestionType.DURATION:
        secs = float(value)  # type: ignore[arg-type]
        return seconds(secs) if secs < 60 else f"{seconds(secs)} ({number(f'{secs:g}')} s)"
    if t is QuestionType.SCALE:
        lo, hi = q.scale_range
        return rt("{v} on {lo}–{hi}").format(v=value, lo=lo, hi=hi)
    if t in RATING_WORDS:
        lo, hi = q.scale_range
        word = RATING_WORDS[t].get(int(value))  # type: ignore[arg-type]
        return rt("{v} of {n}").format(v=value, n=hi) + (f" ({rt(word)})" if word else "")
    if t is QuestionType.NPS:
        return rt("{v} of {n}").format(v=value, n=10)
    if t is QuestionType.NUMBER and isinstance(value, float) and value.is_integer():
        return number(str(int(value)))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(str(value))
    return str(value)


def target_text(q: Question) -> str:
    """A duration question's rubric, one threshold a line: "4 pts within 30 s\n2 pts within 1:00"."""
    return "\n".join(
        (rt("{p} pt within {t}") if th.points == 1 else rt("{p} pts within {t}")).format(
            p=points(th.points), t=seconds(th.max)
        )
        for th in q.thresholds
    )
