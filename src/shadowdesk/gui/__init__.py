"""Qt only: the main window, views, dialogs, table models and workers. Never imports sqlalchemy."""
