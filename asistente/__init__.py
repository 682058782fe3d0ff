"""Asistente Juntos por el Territorio: respuestas citadas sobre planeación territorial en Colombia."""

from asistente.nucleo import PERFILES, Asistente
from asistente.respuesta import Cita, Pasaje, Respuesta

__all__ = ["Asistente", "Cita", "Pasaje", "Respuesta", "PERFILES"]
