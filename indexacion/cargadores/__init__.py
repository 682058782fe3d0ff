"""Cargadores por formato: cada uno convierte un archivo en fragmentos citables."""

from __future__ import annotations

from pathlib import Path

from indexacion.fragmento import Fragmento


class ErrorDeDocumento(Exception):
    """Documento que no se puede indexar; el mensaje, en español, se muestra al usuario."""


EXTENSIONES = {".pdf", ".md", ".txt"}


def cargar(ruta: Path, archivo: str, meta: dict, tamano_max: int, avisos: list[str] | None = None) -> list[Fragmento]:
    """Elige el cargador por la extensión. `meta` viene del manifiesto (puede estar vacío). En `avisos` el
    cargador deja lo que no pudo indexar sin que sea un error del documento (p. ej. páginas escaneadas)."""
    sufijo = ruta.suffix.lower()
    if sufijo == ".pdf":
        from indexacion.cargadores.pdf import cargar_pdf

        return cargar_pdf(ruta, archivo, meta, tamano_max, avisos)
    if sufijo == ".md":
        from indexacion.cargadores.ley_markdown import cargar_ley

        return cargar_ley(ruta, archivo, meta, tamano_max)
    if sufijo == ".txt":
        from indexacion.cargadores.guia_texto import cargar_guia

        return cargar_guia(ruta, archivo, meta, tamano_max)
    raise ErrorDeDocumento(f"Formato no admitido: {ruta.name} (se aceptan PDF, Markdown y texto).")
