"""What the child reads: each tactic explained in words a 10-year-old understands, and what they can do."""

from __future__ import annotations

from collections.abc import Sequence

from .vocabulary import by_severity

TACTIC_TITLES: dict[str, str] = {
    "trust_building": "Too much flattery",
    "personal_info": "Asking about you",
    "secrecy": "Asking for secrets",
    "isolation": "Turning you against people",
    "platform_move": "Moving to another app",
    "gifts": "Offering gifts",
    "sexual": "Talking about bodies or photos",
    "meeting": "Wanting to meet",
    "coercion": "Threats or blackmail",
}

TACTIC_EXPLANATIONS: dict[str, str] = {
    "trust_building": "They keep saying you're special or more grown-up than others. "
    "That can be a trick to make you trust them fast.",
    "personal_info": "They asked about things like your age, your school, where you live or if you're alone. "
    "You don't have to tell anyone that.",
    "secrecy": "They asked you to keep your chat secret. People who care about you don't ask for that.",
    "isolation": "They said bad things about your family or friends. "
    "Someone who is good for you won't try to pull you away from people who love you.",
    "platform_move": "They want to move your chat to another app. "
    "That can be a way to talk where no one else can see.",
    "gifts": "They offered you gifts, money or game stuff. "
    "Gifts from people online can be a way to make you feel you owe them.",
    "sexual": "They talked about bodies or asked for photos. That is never OK, and it's not your fault.",
    "meeting": "They want to meet you in real life. "
    "Never meet someone from online without a grown-up you trust.",
    "coercion": "They are threatening you or asking for money or more pictures. You are not in trouble. "
    "Don't pay and don't send anything more. Keep the messages, stop replying, and tell an adult you trust. "
    "Images can be taken down.",
}

# When the model is worried but saw no single tactic clearly enough to name: say only that.
GENERAL_CONCERN = (
    "The way this person is talking to you looks like how people start to trick children online. "
    "You are not in trouble."
)

HEADLINE = "Something in this chat doesn't look right"
ESCALATION_HEADLINE = "This chat is getting more worrying"
REASSURANCE = "You're not in trouble. You can choose what to do next."

WHAT_YOU_CAN_DO: tuple[str, ...] = (
    "Stop replying — you don't owe anyone an answer.",
    "Block them.",
    "Talk to an adult you trust, like a parent, carer or teacher.",
    "Call Childline free on 0800 1111, or report to CEOP at ceop.police.uk/Safety-Centre.",
)


def explain_tactics(tags: Sequence[str]) -> list[str]:
    """One short sentence per tactic, most severe first (the tracker names only tactics it saw with
    confidence); a general line when it named none, so an alert never invents a reason."""
    known = by_severity([t for t in tags if t in TACTIC_EXPLANATIONS])
    return [TACTIC_EXPLANATIONS[t] for t in known] or [GENERAL_CONCERN]


def alert_text(tags: Sequence[str], escalation: bool = False) -> str:
    """The whole private alert as plain text (used by `demo` and desktop notifications)."""
    lines = [ESCALATION_HEADLINE if escalation else HEADLINE, ""]
    known = by_severity([t for t in tags if t in TACTIC_EXPLANATIONS])
    if known:
        lines += [f"• {TACTIC_TITLES[t]}: {TACTIC_EXPLANATIONS[t]}" for t in known]
    else:
        lines.append(GENERAL_CONCERN)
    lines += ["", REASSURANCE]
    return "\n".join(lines)
