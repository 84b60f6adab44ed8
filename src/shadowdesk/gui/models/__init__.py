"""Qt table models and filter proxies over plain rows from the services."""
