"""The student model: hashed-token embeddings -> message conv + context pooling -> 9 sigmoids.

Every op here converts to builtin int8 TFLite kernels that both tflite-runtime 2.14 and LiteRT run
(GATHER, STRIDED_SLICE, CONV_2D, MAX/MEAN reductions, FULLY_CONNECTED, LOGISTIC).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from device_app.core.featuriser import FeaturiserSettings
from device_app.core.pipeline import LABELS


@dataclass(frozen=True)
class ModelSpec:
    embedding_dim: int = 32
    conv_filters: int = 96
    conv_width: int = 3
    context_filters: int = 48
    hidden: int = 64
    dropout: float = 0.4
    embedding_l2: float = 1e-5
    token_dropout: float = 0.2  # training only: hide this share of input ids, so no single word decides
    members: int = 3  # >1: an averaged ensemble of independently initialised towers in one graph
    # True: every tower learns from its own loss (a deep ensemble: towers stay different and their average
    # is steadier on text unlike the corpus); False: the loss sees only the average (towers co-adapt).
    independent_members: bool = True

    def to_dict(self) -> dict[str, float | bool]:
        return asdict(self)


def _token_dropout(rate: float):
    """A layer that zeroes random input ids while training and is the identity at export."""
    import tensorflow as tf

    class TokenDropout(tf.keras.layers.Layer):
        def call(self, ids, training=None):
            if not training or rate <= 0:
                return ids
            keep = tf.random.uniform(tf.shape(ids)) >= rate
            return tf.where(keep, ids, tf.zeros_like(ids))

    return TokenDropout()


def _tower(ids, settings: FeaturiserSettings, spec: ModelSpec, name: str):
    import tensorflow as tf

    layers = tf.keras.layers
    if spec.token_dropout > 0:
        ids = _token_dropout(spec.token_dropout)(ids)
    emb = layers.Embedding(
        settings.buckets,
        spec.embedding_dim,
        embeddings_regularizer=tf.keras.regularizers.l2(spec.embedding_l2),
        name=f"{name}_embedding",
    )(ids)
    emb = layers.SpatialDropout1D(spec.dropout / 2)(emb)
    message = layers.Cropping1D((0, settings.context_len))(emb)
    context = layers.Cropping1D((settings.message_len, 0))(emb)

    conv = layers.Conv1D(spec.conv_filters, spec.conv_width, padding="same", activation="relu")(message)
    message_max = layers.GlobalMaxPooling1D()(conv)
    message_mean = layers.GlobalAveragePooling1D()(message)
    context_proj = layers.Dense(spec.context_filters, activation="relu")(context)
    context_max = layers.GlobalMaxPooling1D()(context_proj)
    context_mean = layers.GlobalAveragePooling1D()(context)

    h = layers.Concatenate()([message_max, message_mean, context_max, context_mean])
    h = layers.Dropout(spec.dropout)(h)
    h = layers.Dense(spec.hidden, activation="relu")(h)
    h = layers.Dropout(spec.dropout)(h)
    return layers.Dense(len(LABELS), activation="sigmoid", name=f"{name}_scores")(h)


def build_models(settings: FeaturiserSettings, spec: ModelSpec):  # -> (trained, exported) tf.keras.Model
    """The model to fit and the model to export, sharing every layer. With independent members the fitted
    model outputs each tower's scores side by side ([n, members * labels]) so each tower gets its own
    loss; otherwise both are the averaged model."""
    import tensorflow as tf

    ids = tf.keras.layers.Input(shape=(settings.input_len,), dtype="int32", name="ids")
    outputs = [_tower(ids, settings, spec, f"m{i}") for i in range(spec.members)]
    out = outputs[0] if len(outputs) == 1 else tf.keras.layers.Average(name="scores")(outputs)
    exported = tf.keras.Model(ids, out, name="guardline_student")
    if not spec.independent_members or len(outputs) == 1:
        return exported, exported
    side_by_side = tf.keras.layers.Concatenate(name="members")(outputs)
    return tf.keras.Model(ids, side_by_side, name="guardline_members"), exported
