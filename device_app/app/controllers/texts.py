"""Words on the screens, in one place: short sentences a 10-year-old can read on their own."""

from __future__ import annotations

WHAT_IT_DOES: tuple[str, ...] = (
    "Guardline reads new messages from your chat apps, right here on your phone.",
    "If someone seems to be tricking you - like asking you to keep secrets, send photos or meet up - "
    "it tells you privately and explains why.",
    "You choose what happens next: ignore it, block them, or talk to someone you trust.",
    "When it warns you, it sends a short note about the account that worried it to a safety team. "
    "The note is about them, not you.",
)

WHAT_IT_NEVER_DOES: tuple[str, ...] = (
    "It never sends your messages anywhere, unless you say yes for that one warning.",
    "It never sends your name, your phone number, where you are or who your friends are.",
    "It doesn't show your parents what you wrote. With a parent PIN, a parent sees only when a warning "
    "happened and what kind it was.",
    'It can be wrong. If it is, tap "This is wrong" - that helps it get better.',
)

CONSENT = "I understand, and I want Guardline to look out for me."

AGE_BANDS: tuple[tuple[str, str], ...] = (
    ("under-13", "Under 13"),
    ("13-15", "13 to 15"),
    ("16-17", "16 or 17"),
)

HELP_LINES: tuple[str, ...] = (
    "Talk to an adult you trust: a parent, carer, teacher or school counsellor.",
    "Childline: call free on 0800 1111, any time. It won't show on the phone bill.",
    "Report to CEOP (the police's child protection team): ceop.police.uk/Safety-Centre",
)

SHARE_EXPLAINER = (
    "Only the messages below will be sent, once, with this warning, so moderators can stop this account. "
    "Your name and phone number are not sent. If you don't want to, that's OK."
)

PRIVACY_EXPLAINER: tuple[str, ...] = (
    "Guardline checks messages on this phone. Your messages never leave it unless you choose to share them "
    "for one warning.",
    "When Guardline warns you, it sends the app name, the other account's name, what kind of tricks it noticed "
    "and what you chose to do. It never sends your name, number, location or contacts.",
    "Warnings waiting to be sent are kept safely on this phone until the server has them.",
    "New versions of the checker are only used if they are signed by the Guardline team.",
)

PARENT_NOTE = (
    "You can see when Guardline warned your child and what kind of thing it noticed. You can't see their "
    "messages - that keeps their trust, and keeps them safer."
)

ACTION_LABELS: dict[str, str] = {
    "none": "Not answered yet",
    "dismissed": "Said they're OK",
    "blocked": "Blocked them",
    "told_adult": "Chose to talk to someone",
    "shared_evidence": "Shared messages with moderators",
    "false_alarm": "Said it was wrong",
}

DONE_TEXT: dict[str, str] = {
    "dismissed": "OK. Guardline will keep looking out for you. You can come back to this any time.",
    "blocked": "Good call. To block them, open {platform} and block {contact}. You don't have to explain.",
    "told_adult": "Talking to someone is brave and it's the right thing to do.",
    "shared_evidence": "Thank you. The messages were saved and will be sent to the moderators.",
    "false_alarm": "Thanks for telling us. Guardline makes mistakes sometimes - this helps it learn.",
}
