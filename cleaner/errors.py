"""The exceptions cleaner raises; the CLI turns each into a one-line message.

CleanerError
├── InputError            unreadable, empty or undecodable input
├── ModelError            the model cannot be used
│   ├── ModelMissingError       no model file where expected
│   ├── ModelCorruptError       truncated, tampered or not a cleaner model
│   ├── ModelVersionError       an old pickled model from another scikit-learn version
│   └── UntrustedModelError     an old pickled model outside models/, no --trust-model
└── TrainingDataError     malformed training lines (names file and line)
"""

from __future__ import annotations

RETRAIN_HINT = "run `cleaner train` to rebuild it from training_data/"


class CleanerError(Exception):
    """Base class: every error cleaner raises on purpose."""


class InputError(CleanerError):
    """The input cannot be read or is not usable text."""


class ModelError(CleanerError):
    """The classifier cannot be loaded."""


class ModelMissingError(ModelError):
    pass


class ModelCorruptError(ModelError):
    pass


class ModelVersionError(ModelError):
    pass


class UntrustedModelError(ModelError):
    pass


class TrainingDataError(CleanerError):
    """A training file is malformed; the message names file and line."""
