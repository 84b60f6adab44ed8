"""Use cases. Each opens its own short SQLAlchemy session, returns plain objects, raises UserError."""
