"""Weight averaging along one training run (`model_training.averaging`)."""

import numpy as np
import pytest

from model_training.averaging import WeightAverager


def _weights(value: float) -> list[np.ndarray]:
    return [np.full((2, 3), value, dtype=np.float32), np.full(4, -value, dtype=np.float32)]


def test_the_average_is_the_mean_of_every_observed_epoch():
    averager = WeightAverager(start_epoch=0)
    for epoch, value in enumerate([1.0, 2.0, 6.0]):
        averager.observe(epoch, _weights(value))
    mean = averager.averaged()
    assert averager.count == 3
    assert np.allclose(mean[0], 3.0) and np.allclose(mean[1], -3.0)
    assert mean[0].dtype == np.float32 and mean[0].shape == (2, 3)


def test_epochs_before_the_start_are_left_out():
    averager = WeightAverager(start_epoch=2)
    for epoch, value in enumerate([100.0, 100.0, 1.0, 3.0]):
        averager.observe(epoch, _weights(value))
    assert averager.count == 2
    assert np.allclose(averager.averaged()[0], 2.0)


def test_observing_does_not_keep_a_reference_to_the_live_weights():
    averager = WeightAverager(start_epoch=0)
    live = _weights(1.0)
    averager.observe(0, live)
    live[0] += 10.0
    assert np.allclose(averager.averaged()[0], 1.0)


def test_asking_for_an_average_before_any_epoch_counted_is_an_error():
    averager = WeightAverager(start_epoch=5)
    averager.observe(0, _weights(1.0))
    with pytest.raises(ValueError, match="no epoch at or after 5"):
        averager.averaged()


def test_weights_that_change_shape_are_refused():
    averager = WeightAverager(start_epoch=0)
    averager.observe(0, _weights(1.0))
    with pytest.raises(ValueError, match="changed shape"):
        averager.observe(1, _weights(1.0)[:1])


def test_a_negative_start_epoch_is_refused():
    with pytest.raises(ValueError, match="start_epoch"):
        WeightAverager(start_epoch=-1)


def test_a_weight_that_changes_its_own_shape_is_refused():
    averager = WeightAverager(start_epoch=0)
    averager.observe(0, _weights(1.0))
    with pytest.raises(ValueError, match="changed shape"):
        averager.observe(1, [np.zeros((3, 2), dtype=np.float32), np.zeros(4, dtype=np.float32)])
