"""Texto de usuarios y de documentos mostrado *literalmente* en el chat (issue 12, punto 6).

El chat de Gradio interpreta Markdown y HTML: un documento subido o una pregunta con
`![x](https://sitio/rastreo.png)` hacía que el navegador de quien lee pidiera esa URL, y
`**…**` o `[texto](enlace)` cambiaban lo que parecía decir la fuente. `markdown_literal` escapa
HTML y cada signo de Markdown para que se vea tal cual. (La CSP de interfaz/borde.py bloquea
además cualquier imagen remota.)
"""

from __future__ import annotations

import html
import re

_SIGNOS_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$])")


def markdown_literal(texto: str, saltos: bool = True) -> str:
    """Escapa HTML y Markdown; con `saltos`, cada salto de línea se conserva como salto en pantalla."""
    escapado = _SIGNOS_MARKDOWN.sub(r"\\\1", html.escape(texto, quote=True))
    return escapado.replace("\n", "  \n") if saltos else escapado
