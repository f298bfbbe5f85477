"""Test helpers shared across the suite (loopback HTTP server, ...)."""
