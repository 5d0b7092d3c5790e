"""Alert policy v2: severity-aware instant alerts, accumulation, one alert + escalation, true explanations,
and one tracker per speaker in group chats."""

from dataclasses import replace

from device_app.core.bundle import PolicySettings
from device_app.core.explain import GENERAL_CONCERN, TACTIC_EXPLANATIONS, explain_tactics
from device_app.core.tracker import ConversationTracker, MessageScores, SpeakerTrackers
from device_app.core.vocabulary import TACTICS

POLICY = PolicySettings(
    decay=0.85, noise_floor=0.4, alert_threshold=0.9, min_tactics=2, name_threshold=0.5,
    instant_thresholds={"coercion": 0.7, "sexual": 0.8}, instant_grooming=0.5,
)  # fmt: skip


def scores(grooming: float, **tactics: float) -> MessageScores:
    return MessageScores(grooming, {t: tactics.get(t, 0.0) for t in TACTICS})


def test_one_clear_coercion_message_alerts_at_once_with_the_coercion_advice_first():
    tracker = ConversationTracker(POLICY)
    tracker.observe_contact(0, scores(0.1))
    alert = tracker.observe_contact(1, scores(0.8, coercion=0.9, secrecy=0.6))
    assert alert is not None and alert.instant and alert.message_index == 1
    assert alert.tags[0] == "coercion"
    assert "Don't pay and don't send anything more" in explain_tactics(alert.tags)[0]


def test_an_explicit_image_request_alerts_at_once():
    alert = ConversationTracker(POLICY).observe_contact(0, scores(0.9, sexual=0.85))
    assert alert is not None and alert.tags == ("sexual",)


def test_a_coercion_score_without_grooming_context_does_not_alert_alone():
    # a child quoting a threat to a friend: the tactic head fires but the message is not a grooming move
    assert ConversationTracker(POLICY).observe_contact(0, scores(0.2, coercion=0.9)) is None


MOVES = [scores(0.8, trust_building=0.7), scores(0.8, personal_info=0.7), scores(0.8, secrecy=0.8), scores(0.8)]


def test_slow_escalation_accumulates_to_one_alert():
    tracker = ConversationTracker(POLICY)
    moves = MOVES
    decisions = [tracker.observe_contact(i, s) for i, s in enumerate(moves)]
    assert decisions[0] is None and any(decisions) and len(tracker.alerts) == 1


def test_coercion_after_a_first_alert_re_alerts_as_escalation():
    tracker = ConversationTracker(POLICY)
    assert tracker.observe_contact(0, scores(0.9, sexual=0.9)) is not None
    again = tracker.observe_contact(1, scores(0.9, coercion=0.9))
    assert again is not None and again.escalation and again.tags[0] == "coercion"
    assert tracker.observe_contact(2, scores(0.9, coercion=0.95)) is None  # same tactic: no third alert


def test_an_alert_never_names_a_tactic_seen_only_faintly():
    tracker = ConversationTracker(POLICY)
    alert = tracker.observe_contact(0, scores(0.9, sexual=0.9, isolation=0.3))
    assert alert is not None and "isolation" not in alert.tags
    assert TACTIC_EXPLANATIONS["isolation"] not in explain_tactics(alert.tags)


def test_explanations_put_the_most_severe_tactic_first_and_never_invent_one():
    assert explain_tactics(["trust_building", "meeting"])[0] == TACTIC_EXPLANATIONS["meeting"]
    assert explain_tactics([]) == [GENERAL_CONCERN]


def test_group_chat_alert_names_the_speaker_who_made_the_moves():
    group = SpeakerTrackers(POLICY)
    group.observe_contact(0, scores(0.6, trust_building=0.6), "mia_12")
    group.observe_contact(1, scores(0.7, personal_info=0.7), "mod_dan")
    group.observe_contact(2, scores(0.6, meeting=0.6), "mia_12")
    (alert,) = group.observe_contact(3, scores(0.9, sexual=0.9), "mod_dan")
    assert alert.speaker == "mod_dan" and group.speaker == "mod_dan"
    assert group.trackers["mia_12"].alerts == []


def test_one_speakers_moves_are_never_added_to_anothers():
    group = SpeakerTrackers(POLICY)
    for i, s in enumerate(MOVES):
        group.observe_contact(i, s, f"player{i}")
    assert not group.alerted


def test_messages_without_from_share_one_tracker():
    group = SpeakerTrackers(POLICY)
    for i, s in enumerate(MOVES):
        group.observe_contact(i, s)
    assert group.alerted and group.speaker is None


def test_an_older_manifest_keeps_its_meaning_no_instant_alerts():
    old = PolicySettings.from_dict({"alert_threshold": 0.98, "min_tactics": 2, "noise_floor": 0.4})
    assert old.instant_thresholds == {} and old.name_threshold == 0.0
    assert ConversationTracker(old).observe_contact(0, scores(0.5, coercion=0.99)) is None


def test_one_odd_message_is_not_a_pattern_when_the_policy_asks_for_two():
    tracker = ConversationTracker(replace(POLICY, min_tactics=1, min_risky_messages=2, alert_threshold=0.5))
    assert tracker.observe_contact(0, scores(0.99, personal_info=0.9)) is None
    assert tracker.observe_contact(1, scores(0.9, personal_info=0.9)) is not None


def test_a_sustained_run_of_confident_moves_alerts_before_two_tactics_are_clear():
    tracker = ConversationTracker(replace(POLICY, min_tactics=3, sustained_run=3, sustained_grooming=0.9))
    decisions = [tracker.observe_contact(i, scores(0.95, trust_building=0.6)) for i in range(3)]
    assert decisions[:2] == [None, None] and decisions[2] is not None


def test_with_a_run_of_one_a_single_very_confident_move_alerts_and_a_less_confident_one_does_not():
    policy = replace(POLICY, min_tactics=3, alert_threshold=0.99, sustained_run=1, sustained_grooming=0.97)
    assert ConversationTracker(policy).observe_contact(0, scores(0.96, trust_building=0.6)) is None
    decision = ConversationTracker(policy).observe_contact(0, scores(0.98, trust_building=0.6))
    assert decision is not None and decision.message_index == 0 and not decision.instant


WINDOWED = PolicySettings(
    min_tactics=3, alert_threshold=0.99, sustained_run=2, sustained_window=3, sustained_grooming=0.9,
)  # fmt: skip


def test_two_confident_moves_a_harmless_line_apart_alert_at_the_second():
    tracker = ConversationTracker(WINDOWED)
    decisions = [tracker.observe_contact(i, scores(g)) for i, g in enumerate((0.95, 0.3, 0.96))]
    assert decisions[:2] == [None, None] and decisions[2] is not None and decisions[2].message_index == 2


def test_confident_moves_further_apart_than_the_window_do_not_add_up():
    tracker = ConversationTracker(WINDOWED)
    decisions = [tracker.observe_contact(i, scores(g)) for i, g in enumerate((0.95, 0.3, 0.2, 0.96))]
    assert not any(decisions)


def test_a_windowed_run_never_fires_on_a_harmless_message_after_the_moves():
    # the two moves are held back (too few risky messages); the third, harmless one tips that count but is
    # no move itself, so the alert waits for the next confident one
    tracker = ConversationTracker(replace(WINDOWED, noise_floor=0.2, min_risky_messages=3))
    decisions = [tracker.observe_contact(i, scores(g)) for i, g in enumerate((0.95, 0.95, 0.5, 0.95))]
    assert decisions[:3] == [None, None, None] and decisions[3] is not None


def test_without_a_window_the_confident_moves_must_be_back_to_back():
    tracker = ConversationTracker(replace(WINDOWED, sustained_window=0))
    decisions = [tracker.observe_contact(i, scores(g)) for i, g in enumerate((0.95, 0.3, 0.96))]
    assert not any(decisions)


def test_a_probing_move_below_the_confident_score_leads_a_run_when_the_policy_allows_it():
    tracker = ConversationTracker(replace(WINDOWED, sustained_lead=0.7))
    decisions = [tracker.observe_contact(i, scores(g)) for i, g in enumerate((0.75, 0.3, 0.95))]
    assert decisions[:2] == [None, None] and decisions[2] is not None


def test_without_a_lead_threshold_a_probing_move_does_not_count_towards_the_run():
    tracker = ConversationTracker(WINDOWED)
    decisions = [tracker.observe_contact(i, scores(g)) for i, g in enumerate((0.75, 0.3, 0.95))]
    assert not any(decisions)


def test_lead_moves_alone_never_fire_however_many_there_are():
    tracker = ConversationTracker(replace(WINDOWED, sustained_lead=0.7))
    assert not any(tracker.observe_contact(i, scores(0.85)) for i in range(6))


def test_back_to_back_lead_then_confident_move_fires_without_a_window():
    tracker = ConversationTracker(replace(WINDOWED, sustained_window=0, sustained_lead=0.7))
    decisions = [tracker.observe_contact(i, scores(g)) for i, g in enumerate((0.8, 0.96))]
    assert decisions[0] is None and decisions[1] is not None


def test_one_message_showing_two_tactics_clearly_alerts_when_the_policy_allows_it():
    tracker = ConversationTracker(replace(WINDOWED, multi_tactic_threshold=0.6))
    decision = tracker.observe_contact(0, scores(0.9, personal_info=0.7, trust_building=0.65))
    assert decision is not None and set(decision.tags) == {"personal_info", "trust_building"}


def test_one_clear_tactic_in_a_message_is_not_enough_for_the_two_tactic_path():
    tracker = ConversationTracker(replace(WINDOWED, multi_tactic_threshold=0.6))
    assert tracker.observe_contact(0, scores(0.9, personal_info=0.9, trust_building=0.3)) is None


def test_the_two_tactic_path_is_off_in_a_policy_that_does_not_name_it():
    tracker = ConversationTracker(WINDOWED)
    assert tracker.observe_contact(0, scores(0.9, personal_info=0.9, trust_building=0.9)) is None
