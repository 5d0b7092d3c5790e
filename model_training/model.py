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
    embedding_l2: float = 1e-6

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


def build_model(settings: FeaturiserSettings, spec: ModelSpec):  # -> tf.keras.Model
    import tensorflow as tf

    layers = tf.keras.layers
    ids = layers.Input(shape=(settings.input_len,), dtype="int32", name="ids")
    emb = layers.Embedding(
        settings.buckets,
        spec.embedding_dim,
        embeddings_regularizer=tf.keras.regularizers.l2(spec.embedding_l2),
        name="embedding",
    )(ids)
    emb = layers.SpatialDropout1D(spec.dropout / 2)(emb)
    message = layers.Cropping1D((0, settings.context_len), name="message")(emb)
    context = layers.Cropping1D((settings.message_len, 0), name="context")(emb)

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
    out = layers.Dense(len(LABELS), activation="sigmoid", name="scores")(h)
    return tf.keras.Model(ids, out, name="guardline_student")
