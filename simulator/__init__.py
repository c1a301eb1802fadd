"""Agent Training Simulator: offline practice for customer-service chat agents."""

__version__ = "0.1.0"
