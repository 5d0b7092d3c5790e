"""Conversation tracker and alert policy: one alert, re-alert only on escalation, child never raises risk."""

from device_app.core.bundle import PolicySettings
from device_app.core.conversations import TACTICS
from device_app.core.explain import TACTIC_EXPLANATIONS, alert_text, explain_tactics
from device_app.core.tracker import ConversationTracker, MessageScores, message_words

POLICY = PolicySettings(decay=0.8, noise_floor=0.2, alert_threshold=0.7, tag_threshold=0.5)


def scores(grooming: float, **tactics: float) -> MessageScores:
    return MessageScores(grooming, {t: tactics.get(t, 0.0) for t in TACTICS})


def test_ordinary_chat_never_accumulates_to_an_alert():
    tracker = ConversationTracker(POLICY)
    decisions = [tracker.observe_contact(i, scores(0.15)) for i in range(200)]
    assert not any(decisions) and tracker.risk == 0.0


def test_one_strong_message_fires_one_alert_naming_its_tactic():
    tracker = ConversationTracker(POLICY)
    alert = tracker.observe_contact(3, scores(0.95, secrecy=0.9))
    assert alert is not None and alert.tags == ("secrecy",) and alert.message_index == 3


def test_moderate_evidence_accumulates_across_messages():
    tracker = ConversationTracker(POLICY)
    first = tracker.observe_contact(0, scores(0.6, personal_info=0.7))
    second = tracker.observe_contact(2, scores(0.6, secrecy=0.7))
    assert first is None and second is not None
    assert set(second.tags) == {"personal_info", "secrecy"}


def test_same_tactics_again_do_not_alert_twice():
    tracker = ConversationTracker(POLICY)
    tracker.observe_contact(0, scores(0.95, secrecy=0.9))
    assert tracker.observe_contact(2, scores(0.95, secrecy=0.9, gifts=0.9)) is None
    assert len(tracker.alerts) == 1


def test_a_new_escalation_tactic_alerts_again():
    tracker = ConversationTracker(POLICY)
    tracker.observe_contact(0, scores(0.95, secrecy=0.9))
    again = tracker.observe_contact(2, scores(0.95, meeting=0.9))
    assert again is not None and again.escalation and "meeting" in again.tags


def test_escalation_tactic_named_in_the_first_alert_does_not_realert():
    tracker = ConversationTracker(POLICY)
    tracker.observe_contact(0, scores(0.95, sexual=0.9))
    assert tracker.observe_contact(2, scores(0.95, sexual=0.95)) is None


def test_child_messages_leave_risk_unchanged():
    tracker = ConversationTracker(POLICY)
    tracker.observe_contact(0, scores(0.6))
    before = tracker.risk
    tracker.observe_child()
    assert tracker.risk == before and tracker.messages_observed == 2


def test_risk_decays_when_the_contact_goes_back_to_small_talk():
    tracker = ConversationTracker(POLICY)
    tracker.observe_contact(0, scores(0.6))
    high = tracker.risk
    tracker.observe_contact(1, scores(0.0))
    assert tracker.risk < high


def test_reported_tags_are_empty_without_an_alert():
    tracker = ConversationTracker(POLICY)
    tracker.observe_contact(0, scores(0.3, gifts=0.9))
    assert tracker.reported_tags() == []


def test_explanation_uses_plain_words_for_each_tactic():
    assert explain_tactics(["secrecy"]) == [
        "They asked you to keep your chat secret. People who care about you don't ask for that."
    ]
    assert set(TACTIC_EXPLANATIONS) == set(TACTICS)


def test_alert_text_lists_every_tactic_and_reassures():
    text = alert_text(["gifts", "meeting"])
    assert "Offering gifts" in text and "Wanting to meet" in text and "not in trouble" in text


def _evidence_after(policy: PolicySettings, word_counts: list[int]) -> float:
    """Secrecy evidence after one clear secrecy message and then small talk of these lengths."""
    tracker = ConversationTracker(policy)
    tracker.observe_contact(0, scores(0.3, secrecy=0.9), words=10)
    for i, words in enumerate(word_counts, start=1):
        tracker.observe_contact(i, scores(0.1), words=words)
    return tracker.evidence["secrecy"]


def test_evidence_fades_per_message_under_an_older_policy():
    assert _evidence_after(POLICY, [5, 5]) == _evidence_after(POLICY, [20, 20])
    assert abs(_evidence_after(POLICY, [5, 5]) - 0.9 * 0.95**2) < 1e-12


def test_with_tag_decay_words_a_message_sent_in_halves_fades_evidence_as_the_whole_message_does():
    policy = PolicySettings(decay=0.8, noise_floor=0.2, alert_threshold=0.7, tag_threshold=0.5, tag_decay_words=12)
    assert abs(_evidence_after(policy, [6, 6]) - _evidence_after(policy, [12])) < 1e-12


def test_with_tag_decay_words_a_long_message_fades_evidence_one_step_as_before():
    policy = PolicySettings(decay=0.8, noise_floor=0.2, alert_threshold=0.7, tag_threshold=0.5, tag_decay_words=12)
    assert abs(_evidence_after(policy, [40]) - _evidence_after(POLICY, [40])) < 1e-12


def test_with_tag_decay_words_one_word_at_a_time_fades_evidence_no_faster_than_one_message():
    policy = PolicySettings(decay=0.8, noise_floor=0.2, alert_threshold=0.7, tag_threshold=0.5, tag_decay_words=10)
    assert abs(_evidence_after(policy, [1] * 10) - 0.9 * 0.95) < 1e-12


def test_message_words_counts_at_least_one_word():
    assert message_words("") == 1 and message_words("😂") == 1 and message_words("send me  a pic") == 4


def _risk_after(observations: list[tuple[MessageScores, bool]]) -> ConversationTracker:
    tracker = ConversationTracker(POLICY)
    for index, (message_scores, revises) in enumerate(observations):
        tracker.observe_contact(index, message_scores, revises=revises)
    return tracker


def _moderate(i: int) -> MessageScores:
    return scores(0.6, personal_info=0.7) if i % 2 else scores(0.6, secrecy=0.7)


def test_pieces_of_one_burst_count_once_so_moderate_pieces_do_not_add_up_to_an_alert():
    burst = _risk_after([(_moderate(i), i > 0) for i in range(10)])
    assert not burst.alerted and burst.risk == _risk_after([(_moderate(9), False)]).risk


def test_the_same_pieces_sent_as_messages_of_their_own_add_up_to_an_alert():
    assert _risk_after([(_moderate(i), False) for i in range(10)]).alerted


def test_a_bursts_last_piece_replaces_what_its_earlier_pieces_added():
    revised = _risk_after([(scores(0.1), False), (scores(0.6, secrecy=0.45), False), (scores(0.3), True)])
    whole = _risk_after([(scores(0.1), False), (scores(0.3), False)])
    assert revised.risk == whole.risk and revised.evidence == whole.evidence


def test_an_alert_a_piece_fired_stays_fired_when_the_burst_goes_on():
    tracker = _risk_after([(scores(0.95, secrecy=0.9), False), (scores(0.2), True)])
    assert tracker.alerted and tracker.reported_tags() == ["secrecy"]


def test_revising_with_no_burst_before_it_counts_as_a_new_message():
    assert _risk_after([(scores(0.95, secrecy=0.9), True)]).alerted
