"""The burst hold (policy `burst_hold`): a decision a contact's message fires is shown once their burst is over,
decided again by the burst's next piece on the fuller reading."""

from dataclasses import replace

from device_app.core.bundle import PolicySettings
from device_app.core.tracker import BURST_HOLD_MAX_SECONDS, BURST_HOLD_SECONDS, MessageScores, SpeakerTrackers
from device_app.core.vocabulary import TACTICS

# One confident grooming move alerts on its own (sustained_run 1), so a piece's score alone decides.
POLICY = PolicySettings(noise_floor=0.4, alert_threshold=0.99, min_tactics=2, sustained_run=1, sustained_grooming=0.9,
                        escalation_tactics=("sexual",), instant_thresholds={"sexual": 0.8}, instant_grooming=0.5,
                        burst_hold=True)  # fmt: skip


def scores(grooming: float, **tactics: float) -> MessageScores:
    return MessageScores(grooming, {t: tactics.get(t, 0.0) for t in TACTICS})


def child_in_view(policy: PolicySettings = POLICY) -> SpeakerTrackers:
    trackers = SpeakerTrackers(policy)
    assert trackers.observe_child() == []
    return trackers


def test_a_piece_that_fires_is_not_shown_while_its_burst_may_go_on() -> None:
    trackers = child_in_view()
    assert trackers.observe_contact(1, scores(0.95)) == []
    assert trackers.holding and not trackers.alerted


def test_the_childs_reply_shows_the_held_alert_named_for_the_piece_that_fired_it() -> None:
    trackers = child_in_view()
    trackers.observe_contact(1, scores(0.95))
    shown = trackers.observe_child()
    assert [d.message_index for d in shown] == [1]
    assert trackers.alerted and not trackers.holding


def test_a_prefix_alert_is_dropped_when_the_whole_burst_reads_weaker() -> None:
    trackers = child_in_view()
    trackers.observe_contact(1, scores(0.95))
    assert trackers.observe_contact(2, scores(0.5), revises=True) == []
    assert not trackers.holding
    assert trackers.observe_child() == [] and not trackers.alerted


def test_a_burst_that_still_fires_when_read_whole_alerts_at_its_last_piece() -> None:
    trackers = child_in_view()
    trackers.observe_contact(1, scores(0.92))
    trackers.observe_contact(2, scores(0.96), revises=True)
    assert [d.message_index for d in trackers.observe_child()] == [2]


def test_the_same_speakers_next_message_that_is_not_a_piece_shows_the_held_alert() -> None:
    trackers = child_in_view()
    trackers.observe_contact(1, scores(0.95))
    shown = trackers.observe_contact(2, scores(0.1))
    assert [d.message_index for d in shown] == [1] and not trackers.holding


def test_another_speakers_message_ends_the_burst_and_shows_the_held_alert() -> None:
    trackers = child_in_view()
    trackers.observe_contact(1, scores(0.95), speaker="sam")
    shown = trackers.observe_contact(2, scores(0.1), speaker="jo", revises=True)
    assert [(d.message_index, d.speaker) for d in shown] == [(1, "sam")]


def test_an_escalation_a_piece_fires_is_held_and_decided_again_too() -> None:
    trackers = child_in_view()
    trackers.observe_contact(1, scores(0.95))
    trackers.observe_child()
    trackers.observe_contact(3, scores(0.95, sexual=0.9))
    assert trackers.holding
    assert trackers.observe_contact(4, scores(0.3), revises=True) == []
    assert trackers.observe_child() == [] and len(trackers.alerts) == 1


def test_without_a_time_or_the_childs_messages_in_view_an_alert_shows_at_once() -> None:
    """A contact-only file with no times: the contact's messages in a row look like one endless burst."""
    trackers = SpeakerTrackers(POLICY)
    assert [d.message_index for d in trackers.observe_contact(0, scores(0.95))] == [0]
    assert not trackers.holding


def test_with_a_time_the_hold_runs_out_after_the_hold_seconds_even_if_nothing_follows() -> None:
    trackers = SpeakerTrackers(POLICY)
    assert trackers.observe_contact(0, scores(0.95), moment=100.0) == []
    assert trackers.release_due(100.0 + BURST_HOLD_SECONDS - 0.5) == []
    assert [d.message_index for d in trackers.release_due(100.0 + BURST_HOLD_SECONDS)] == [0]
    assert trackers.release_due(1e9) == []


def test_a_piece_arriving_after_the_hold_ran_out_cannot_take_back_the_alert() -> None:
    trackers = SpeakerTrackers(POLICY)
    trackers.observe_contact(0, scores(0.95), moment=100.0)
    late = trackers.observe_contact(1, scores(0.2), revises=True, moment=100.0 + BURST_HOLD_SECONDS + 1)
    assert [d.message_index for d in late] == [0] and trackers.alerted


def test_the_hold_is_timed_from_the_bursts_newest_piece() -> None:
    trackers = SpeakerTrackers(POLICY)
    trackers.observe_contact(0, scores(0.95), moment=100.0)
    trackers.observe_contact(1, scores(0.96), revises=True, moment=104.0)
    assert trackers.release_due(100.0 + BURST_HOLD_SECONDS) == []
    assert [d.message_index for d in trackers.release_due(104.0 + BURST_HOLD_SECONDS)] == [1]


def test_a_sender_who_keeps_a_burst_going_cannot_hold_the_alert_past_the_longest_hold() -> None:
    trackers = SpeakerTrackers(POLICY)
    step = BURST_HOLD_SECONDS - 1
    trackers.observe_contact(0, scores(0.95), moment=0.0)
    shown, index, moment = [], 0, 0.0
    while not shown:
        index, moment = index + 1, moment + step
        shown = trackers.observe_contact(index, scores(0.95), revises=True, moment=moment)
    assert moment <= BURST_HOLD_MAX_SECONDS + step and shown[0].message_index == index - 1


def test_a_sender_time_far_in_the_future_never_keeps_an_alert_from_the_child() -> None:
    trackers = child_in_view()
    trackers.observe_contact(1, scores(0.95), moment=253402300799.0)  # 9999-12-31
    assert [d.message_index for d in trackers.release_due(100.0)] == [1]


def test_a_clock_set_back_shows_the_held_alert_rather_than_wait_for_it_to_catch_up() -> None:
    trackers = SpeakerTrackers(POLICY)
    trackers.observe_contact(0, scores(0.95), moment=5000.0)
    assert trackers.release_due(5001.0) == []
    assert [d.message_index for d in trackers.release_due(1400.0)] == [0]  # an hour back


def test_release_all_shows_everything_held_in_message_order() -> None:
    trackers = child_in_view()
    trackers.observe_contact(1, scores(0.95), speaker="sam")
    trackers.observe_contact(2, scores(0.1), speaker="jo")  # ends sam's burst: sam's alert is shown
    trackers.observe_contact(3, scores(0.95), speaker="jo")
    assert [(d.message_index, d.speaker) for d in trackers.release_all()] == [(3, "jo")]
    assert [d.speaker for d in trackers.alerts] == ["sam", "jo"]


def test_a_policy_without_the_burst_hold_shows_an_alert_at_once_as_older_bundles_did() -> None:
    trackers = child_in_view(replace(POLICY, burst_hold=False))
    assert [d.message_index for d in trackers.observe_contact(1, scores(0.95))] == [1]
    assert trackers.observe_contact(2, scores(0.1), revises=True) == [] and trackers.alerted


def test_an_older_manifest_without_the_field_reads_as_no_hold() -> None:
    data = POLICY.to_dict()
    del data["burst_hold"]
    assert PolicySettings.from_dict(data).burst_hold is False


def test_a_flood_of_speakers_each_firing_holds_at_most_one_decision_and_shows_every_one_once() -> None:
    trackers = child_in_view()
    shown = []
    for index in range(1, 1001):
        shown += trackers.observe_contact(index, scores(0.95), speaker=f"player{index}")
        # each speaker's message ends the one before's burst: only the newest is held
        assert [d.message_index for d in shown] == list(range(1, index))
    shown += trackers.release_all()
    assert [d.message_index for d in shown] == list(range(1, 1001))
