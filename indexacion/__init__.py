"""Indexación: del corpus (PDF, leyes en Markdown, guías en texto) a fragmentos citables e índices."""
