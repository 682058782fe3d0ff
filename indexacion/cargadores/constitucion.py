"""Estructura de la Constitución Política de 1991 (Títulos y Capítulos con sus artículos).

El texto del Senado que trae el corpus sólo tiene los artículos; sin su Título y Capítulo, una cita de
"Artículo 339" no dice que está en el capítulo de los planes de desarrollo. La tabla reproduce la
división oficial del texto constitucional (primer artículo de cada capítulo); los artículos con letra
(22A, 178A, 238A, 257A, 263A) van en el capítulo de su número.
"""

from __future__ import annotations

import bisect
import re

# (primer artículo, Título, Capítulo o "")
_ESTRUCTURA: list[tuple[int, str, str]] = [
    (1, "Título I. De los principios fundamentales", ""),
    (11, "Título II. De los derechos, las garantías y los deberes", "Capítulo 1. De los derechos fundamentales"),
    (42, "Título II. De los derechos, las garantías y los deberes", "Capítulo 2. De los derechos sociales, económicos y culturales"),
    (78, "Título II. De los derechos, las garantías y los deberes", "Capítulo 3. De los derechos colectivos y del ambiente"),
    (83, "Título II. De los derechos, las garantías y los deberes", "Capítulo 4. De la protección y aplicación de los derechos"),
    (95, "Título II. De los derechos, las garantías y los deberes", "Capítulo 5. De los deberes y obligaciones"),
    (96, "Título III. De los habitantes y del territorio", "Capítulo 1. De la nacionalidad"),
    (98, "Título III. De los habitantes y del territorio", "Capítulo 2. De la ciudadanía"),
    (100, "Título III. De los habitantes y del territorio", "Capítulo 3. De los extranjeros"),
    (101, "Título III. De los habitantes y del territorio", "Capítulo 4. Del territorio"),
    (103, "Título IV. De la participación democrática y de los partidos políticos", "Capítulo 1. De las formas de participación democrática"),
    (107, "Título IV. De la participación democrática y de los partidos políticos", "Capítulo 2. De los partidos y de los movimientos políticos"),
    (112, "Título IV. De la participación democrática y de los partidos políticos", "Capítulo 3. Del estatuto de la oposición"),
    (113, "Título V. De la organización del Estado", "Capítulo 1. De la estructura del Estado"),
    (122, "Título V. De la organización del Estado", "Capítulo 2. De la función pública"),
    (132, "Título VI. De la rama legislativa", "Capítulo 1. De la composición y las funciones"),
    (138, "Título VI. De la rama legislativa", "Capítulo 2. De la reunión y el funcionamiento"),
    (150, "Título VI. De la rama legislativa", "Capítulo 3. De las leyes"),
    (171, "Título VI. De la rama legislativa", "Capítulo 4. Del Senado"),
    (176, "Título VI. De la rama legislativa", "Capítulo 5. De la Cámara de Representantes"),
    (179, "Título VI. De la rama legislativa", "Capítulo 6. De los congresistas"),
    (188, "Título VII. De la rama ejecutiva", "Capítulo 1. Del Presidente de la República"),
    (200, "Título VII. De la rama ejecutiva", "Capítulo 2. Del Gobierno"),
    (202, "Título VII. De la rama ejecutiva", "Capítulo 3. Del Vicepresidente"),
    (206, "Título VII. De la rama ejecutiva", "Capítulo 4. De los ministros y directores de departamentos administrativos"),
    (209, "Título VII. De la rama ejecutiva", "Capítulo 5. De la función administrativa"),
    (212, "Título VII. De la rama ejecutiva", "Capítulo 6. De los estados de excepción"),
    (216, "Título VII. De la rama ejecutiva", "Capítulo 7. De la fuerza pública"),
    (224, "Título VII. De la rama ejecutiva", "Capítulo 8. De las relaciones internacionales"),
    (228, "Título VIII. De la rama judicial", "Capítulo 1. De las disposiciones generales"),
    (234, "Título VIII. De la rama judicial", "Capítulo 2. De la jurisdicción ordinaria"),
    (236, "Título VIII. De la rama judicial", "Capítulo 3. De la jurisdicción contencioso administrativa"),
    (239, "Título VIII. De la rama judicial", "Capítulo 4. De la jurisdicción constitucional"),
    (246, "Título VIII. De la rama judicial", "Capítulo 5. De las jurisdicciones especiales"),
    (249, "Título VIII. De la rama judicial", "Capítulo 6. De la Fiscalía General de la Nación"),
    (254, "Título VIII. De la rama judicial", "Capítulo 7. Del Consejo Superior de la Judicatura"),
    (258, "Título IX. De las elecciones y de la organización electoral", "Capítulo 1. Del sufragio y de las elecciones"),
    (264, "Título IX. De las elecciones y de la organización electoral", "Capítulo 2. De las autoridades electorales"),
    (267, "Título X. De los organismos de control", "Capítulo 1. De la Contraloría General de la República"),
    (275, "Título X. De los organismos de control", "Capítulo 2. Del Ministerio Público"),
    (285, "Título XI. De la organización territorial", "Capítulo 1. De las disposiciones generales"),
    (297, "Título XI. De la organización territorial", "Capítulo 2. Del régimen departamental"),
    (311, "Título XI. De la organización territorial", "Capítulo 3. Del régimen municipal"),
    (322, "Título XI. De la organización territorial", "Capítulo 4. Del régimen especial"),
    (332, "Título XII. Del régimen económico y de la hacienda pública", "Capítulo 1. De las disposiciones generales"),
    (339, "Título XII. Del régimen económico y de la hacienda pública", "Capítulo 2. De los planes de desarrollo"),
    (345, "Título XII. Del régimen económico y de la hacienda pública", "Capítulo 3. Del presupuesto"),
    (356, "Título XII. Del régimen económico y de la hacienda pública", "Capítulo 4. De la distribución de recursos y de las competencias"),
    (365, "Título XII. Del régimen económico y de la hacienda pública", "Capítulo 5. De la finalidad social del Estado y de los servicios públicos"),
    (371, "Título XII. Del régimen económico y de la hacienda pública", "Capítulo 6. De la banca central"),
    (374, "Título XIII. De la reforma de la Constitución", ""),
]
_INICIOS = [e[0] for e in _ESTRUCTURA]


def ubicar_articulo(num: str) -> str:
    """"339" → "Título XII. Del régimen económico y de la hacienda pública › Capítulo 2. De los planes de desarrollo"."""
    m = re.match(r"\d+", str(num))
    if not m or not 1 <= int(m.group()) <= 380:
        return ""
    _, titulo, capitulo = _ESTRUCTURA[bisect.bisect_right(_INICIOS, int(m.group())) - 1]
    return f"{titulo} › {capitulo}" if capitulo else titulo
