"""ShadowDesk: cross-training and job-shadowing programs for sales and project management."""

__version__ = "0.1.0"
