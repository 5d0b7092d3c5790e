"""Fitting the alert policy: the objective counts every late alert and every false alarm, and a refit
starts from the shipped policy too. Synthetic cached scores, so the search runs in well under a second."""

from device_app.core.bundle import PolicySettings
from device_app.core.conversations import Conversation, Message
from device_app.core.tracker import MessageScores
from device_app.core.vocabulary import TACTICS
from model_training.metrics import Scores
from model_training.policy import OFF, ScoredSet, mean_speed_f1, objective, tune_policy


def scores(grooming: float) -> MessageScores:
    return MessageScores(grooming, dict.fromkeys(TACTICS, 0.0))


def scored_set(chats: list[tuple[str, list[float], int | None]]) -> ScoredSet:
    """(label, contact grooming scores, first_risk_index) per chat; contact messages only."""
    convs, cached = [], []
    for n, (label, gs, fri) in enumerate(chats):
        convs.append(Conversation(f"c{n}", tuple(Message("contact", "x") for _ in gs), label=label, first_risk_index=fri))
        cached.append([(i, scores(g), None, False) for i, g in enumerate(gs)])
    return ScoredSet(convs, cached, cached, "synthetic")


def test_mean_speed_counts_a_late_alert_that_the_median_ignores():
    on_time = Scores(f1=1.0, delays=[0, 0, 0])
    one_late = Scores(f1=1.0, delays=[0, 0, 9])
    assert mean_speed_f1(on_time) == 1.0 and mean_speed_f1(one_late) < 1.0


def test_a_refit_keeps_the_shipped_policy_when_no_start_beats_it():
    # only two very confident moves a line apart mark grooming; the benign chat's pair is a little less sure
    val = scored_set([("grooming", [0.99, 0.1, 0.99], 0), ("grooming", [0.2, 0.99, 0.3, 0.99], 1), ("benign", [0.97, 0.97], None)])
    shipped = PolicySettings(
        min_tactics=3, alert_threshold=0.99, sustained_run=2, sustained_window=3, sustained_grooming=0.98,
        instant_thresholds={"sexual": 0.95, "coercion": 0.95},
    )  # fmt: skip
    fitted, summary = tune_policy(PolicySettings(), val, None, log=lambda _: None, passes=0, extra_starts=[shipped])
    assert fitted == shipped and max(summary["starts"][:-1]) < summary["starts"][-1]


def test_the_objective_charges_a_false_alarm_on_a_benign_chat():
    val = scored_set([("grooming", [0.97, 0.97], 0), ("benign", [0.97, 0.97], None)])
    quiet = PolicySettings(min_tactics=3, alert_threshold=0.99, sustained_run=2, sustained_grooming=0.95)
    assert objective(quiet, [val], None, 0.25)[0] < objective(quiet, [val], None, 0.0)[0]


def test_the_fitted_policy_always_keeps_instant_alerts_for_coercion_and_picture_requests():
    from model_training.policy import SEARCH_SPACE, _with_required_instants

    assert OFF not in SEARCH_SPACE["instant:coercion"] and OFF not in SEARCH_SPACE["instant:sexual"]
    started = _with_required_instants(PolicySettings(instant_thresholds={"meeting": 0.9}))
    assert set(started.instant_thresholds) == {"meeting", "sexual", "coercion"}


def test_switching_the_sustained_path_on_also_tries_each_of_its_score_thresholds():
    from model_training.policy import SEARCH_SPACE, _moves

    off = PolicySettings(sustained_run=0, sustained_grooming=0.95)
    moves = _moves(off, "sustained_run", 1)
    assert {m.sustained_run for m in moves} == {1}
    assert {m.sustained_grooming for m in moves} == set(SEARCH_SPACE["sustained_grooming"])
    assert _moves(off, "decay", 0.5) == [PolicySettings(sustained_run=0, sustained_grooming=0.95, decay=0.5)]


def test_the_descent_reaches_a_single_confident_message_alert_that_needs_two_knobs_at_once():
    # grooming chats open with one very confident move; the benign chat's best message is a little less sure
    val = scored_set([("grooming", [0.99, 0.1, 0.1], 0), ("grooming", [0.2, 0.985, 0.3], 1), ("benign", [0.96, 0.2], None)])
    start = PolicySettings(
        min_tactics=3, alert_threshold=0.99, sustained_run=0, sustained_grooming=0.95,
        instant_thresholds={"sexual": 0.95, "coercion": 0.95},
    )  # fmt: skip
    fitted, _ = tune_policy(PolicySettings(), val, None, log=lambda _: None, extra_starts=[start])
    assert fitted.sustained_run == 1 and fitted.sustained_grooming > 0.96


def _chunked_chat(label: str, pieces: int) -> tuple[Conversation, list]:
    """A clear secrecy move, `pieces` one-word messages of nothing much, then a clear age question."""
    texts = ["keep this between us ok", *(["hmm"] * pieces), "how old r u"]
    marks = [{"secrecy": 0.6}, *([{}] * pieces), {"personal_info": 0.9}]
    convs = Conversation(label + str(pieces), tuple(Message("contact", t) for t in texts), label=label,
                         first_risk_index=0 if label == "grooming" else None)  # fmt: skip
    cached = [
        (i, MessageScores(0.9 if m else 0.5, {t: m.get(t, 0.0) for t in TACTICS}), None, False)
        for i, m in enumerate(marks)
    ]
    return convs, cached


def test_the_fade_fit_chooses_a_word_fade_when_a_move_sent_in_pieces_would_fade_away():
    from model_training.policy import tune_fade

    conv, cached = _chunked_chat("grooming", 6)
    chunked = ScoredSet([conv], [cached], [cached], "chunked")
    policy = PolicySettings(min_tactics=2, alert_threshold=0.5, noise_floor=0.2, tag_decay=0.9, clear_threshold=0.5)
    fitted, summary = tune_fade(policy, chunked, None, log=lambda _: None)
    assert fitted.tag_decay_words > 0 and summary["fade_only"]["tag_decay_words"]["0"] < summary["objective"]


def test_the_fade_fit_keeps_the_per_message_fade_when_no_fade_changes_anything():
    from model_training.policy import tune_fade

    val = scored_set([("grooming", [0.99, 0.99], 0), ("benign", [0.1, 0.1], None)])
    fitted, _ = tune_fade(PolicySettings(sustained_run=1, sustained_grooming=0.95), val, None, log=lambda _: None)
    assert fitted.tag_decay_words == 0
