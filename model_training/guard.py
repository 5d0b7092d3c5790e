"""`python -m model_training add-guards BUNDLE --out OUT --version V`: the same model and policy, read
through the featuriser's input guards.

An input guard maps an evasive rewrite onto a form the model already reads, so turning one on needs no
retraining, only measuring. Today there are four. `emoji_guard` (device_app/core/emoji_guard.py) keeps an
emoji typed against a word from gluing it to the word before, and reads a message with emoji in a third of
its word gaps or more as its words alone. `word_guard` (device_app/core/word_guard.py) reads a word disguised
through its letters (🅢🅔🅝🅓, "s/e/n/d", a blank for a gap, "se😘nd") as the word. `burst_guard`
(featuriser.ContextWindow, with join_split) reads a message typed a word or two at a time ("send" / "me a" /
"pic") as the whole burst, as join_split reads a message split in two, and has the tracker count the burst once.
`shape_guard` (device_app/core/shape_guard.py) turns back text behind a right-to-left override or upside down,
and undoes stretched or doubled letters, words run together and a letter broken off ("sendmeapic", "s end"); at
level 3 it also puts back the vowels of a message typed without them ("snd m a pc").
In every case the result is what the model reads in a plain message.
One guard sits in the policy: `burst_hold` (device_app/core/tracker.py) shows a decision a burst's piece fired only
once the burst is over, decided again on the fuller reading, so a prefix cannot alert on its own. It needs whole
bursts (burst_guard 2) and changes no threshold.
Nothing else about the featuriser can change here: other settings change what the model was trained on and
need `train`. The new fingerprint makes every device recheck the pair, and the manifest says which bundle
the weights came from (`guards_from`), so the model card can say so.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

from device_app.core.bundle import load_bundle
from device_app.core.featuriser import FeaturiserSettings, featuriser_fingerprint

from .refit import write_checked_bundle

# Each guard at its newest form: the burst guard's 2 reads a whole burst as one message and has the tracker count
# it once (its 1 carried the burst's last eight words in front of each piece); the shape guard's 2 reads words run
# together through chat's own spelling (held letters, apostrophes, typos, look-alikes, leetspeak: run_on_v2.py) and
# joins a chat letter broken off a piece that is no word ("honestl y"); its 3 puts back the vowels of a message typed
# without them ("snd m a pc": vowels_dropped.py).
GUARDS: dict[str, int] = {"emoji_guard": 1, "word_guard": 1, "burst_guard": 2, "shape_guard": 3}
POLICY_GUARDS: dict[str, bool] = {"burst_hold": True}


def _applies(guard: str, settings: FeaturiserSettings) -> bool:
    """The burst guard widens join_split; a model trained without joined messages gets none."""
    return guard != "burst_guard" or bool(settings.join_split)


def policy_guards(settings: FeaturiserSettings) -> dict[str, bool]:
    """The policy guards a model read through `settings` gets (training and add-guards alike): the burst hold
    decides again on a burst read whole, so it needs the burst guard's whole bursts."""
    return {g: on for g, on in POLICY_GUARDS.items() if g != "burst_hold" or settings.burst_guard >= 2}


def add_guards(args: argparse.Namespace) -> int:
    bundle = load_bundle(args.bundle)
    settings = bundle.manifest.featuriser
    wanted = [g for g in GUARDS if _applies(g, settings)]
    added = [g for g in wanted if getattr(settings, g) < GUARDS[g]]
    featuriser = replace(settings, **{g: GUARDS[g] for g in added})
    policy_added = [g for g, on in policy_guards(featuriser).items() if getattr(bundle.manifest.policy, g) != on]
    if not added and not policy_added:
        print(f"{bundle.version} already reads through every guard ({', '.join(wanted)}); nothing written")
        return 1
    policy = replace(bundle.manifest.policy, **{g: POLICY_GUARDS[g] for g in policy_added})
    added += policy_added
    # The weights' own bundle and every guard they were not trained with, across repeated add-guards.
    earlier = bundle.manifest.metrics
    metrics = {
        **earlier, "guards_from": earlier.get("guards_from", bundle.version),
        "guards": [*earlier.get("guards", []), *(g for g in added if g not in earlier.get("guards", []))],
    }  # fmt: skip
    manifest = replace(
        bundle.manifest, version=args.version, featuriser=featuriser, fingerprint=featuriser_fingerprint(featuriser),
        policy=policy, metrics=metrics,
    )  # fmt: skip
    write_checked_bundle(manifest, bundle.model_bytes, args.out)
    print(json.dumps({"version": args.version, "guards_from": metrics["guards_from"], "featuriser": featuriser.to_dict()}))
    return 0
