"""Handwritten behaviour the HTTP spec cannot express: run, stream, use, file outputs and inputs, webhooks."""
