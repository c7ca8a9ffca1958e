"""cocreatie: the facilitator's tool for greenfield neighbourhood-safety sessions."""

__version__ = "0.1.0"
