"""Evaluación: mide recuperación, respuestas, citas y latencia sobre conjuntos de preguntas."""
