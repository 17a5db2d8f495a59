"""A package run with -m."""
VERSION = "1.0"
