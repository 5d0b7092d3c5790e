"""The on-device pipeline: pure Python (no Kivy, no TensorFlow) so the app, `scan` and training share it."""
