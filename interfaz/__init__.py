"""Interfaces: API JSON (FastAPI) y chat web (Gradio), servidas en un mismo puerto."""
