"""The data committed with the code: the seed corpus, its split pins and the held-out probe stay usable and apart."""

from device_app.core.conversations import load_conversations
from model_training.card import PROBE
from model_training.data.build import DEFAULT_PINS, DEFAULT_SEED_DIR, load_pins, load_seed


def test_every_seed_file_loads_with_labels_and_first_signs():
    seeds = load_seed(DEFAULT_SEED_DIR)
    assert len(seeds) >= 2000 and {c.label for _, c in seeds} == {"grooming", "benign"}


def test_the_split_pins_name_only_seeds_that_exist():
    ids = {c.id for _, c in load_seed(DEFAULT_SEED_DIR)}
    pins = load_pins(DEFAULT_PINS)
    assert pins and set(pins) <= ids and set(pins.values()) == {"train", "val", "test"}


def test_the_probe_is_a_labelled_set_with_both_kinds_of_chat():
    probe = load_conversations(PROBE, require_label=True)
    assert len(probe) == 90 and sum(c.is_grooming for c in probe) == 40


def test_no_probe_chat_or_message_is_in_the_seed_corpus():
    seeds = [c for _, c in load_seed(DEFAULT_SEED_DIR)]
    seed_texts = {m.text.strip().lower() for c in seeds for m in c.messages if len(m.text) > 40}  # short stock phrases recur
    probe = load_conversations(PROBE, require_label=True)
    assert not {c.id for c in probe} & {c.id for c in seeds}
    assert not [m.text for c in probe for m in c.messages if m.text.strip().lower() in seed_texts]
