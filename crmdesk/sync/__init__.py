"""Talking to a team server: the HTTP client and the token store (client.py); no Qt."""
