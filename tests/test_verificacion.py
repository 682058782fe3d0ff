"""Las siete oraciones falsas del issue 12 (punto 7) no pasan la verificación; las fieles sí."""

from __future__ import annotations

import pytest

from asistente.generativo import verificar
from asistente.verificacion import numeros, sostenida

ART4 = ("Artículo 4º. Para computar el término para rendir el informe de que trata la presente ley, deberá ser de "
        "quince (15) días hábiles luego de haber salido del cargo, cualquiera que hubiere sido la causa de ello.")
DOS = ("El alcalde rinde el informe de gestión ante el concejo municipal. "
       "El gobernador entrega el programa de gobierno en treinta (30) días calendario.")


def test_numeros_como_numeros():
    assert numeros("quince (15) días hábiles") == [(15, "dia", False), (15, "dia", False)]
    assert numeros("treinta y cinco días") == [(35, "dia", False)]
    assert numeros("Artículo 4º. Ley 951") == [(4, None, True), (951, None, True)]
    assert numeros("un informe") == []


def test_fieles_pasan():
    assert sostenida("El informe se rinde en quince (15) días hábiles luego de haber salido del cargo.", [ART4])
    assert sostenida("El término para rendir el informe es de 15 días hábiles luego de salir del cargo.", [ART4])
    assert sostenida("Según el artículo 4, el informe se rinde en quince días hábiles luego de salir del cargo.", [ART4])
    assert sostenida("El gobernador entrega el programa de gobierno en treinta (30) días calendario.", [DOS])


@pytest.mark.parametrize("falsa, fuente", [
    # 1. negación añadida
    ("El informe no deberá rendirse en quince (15) días hábiles luego de haber salido del cargo.", ART4),
    # 2. cifra en letras que no está ("treinta" ≠ 15)
    ("El término para rendir el informe es de treinta días hábiles luego de haber salido del cargo.", ART4),
    # 3. el 4 es el número del artículo, no un plazo
    ("El término para rendir el informe es de 4 días hábiles luego de haber salido del cargo.", ART4),
    # 4. segunda cláusula tras ';' sin apoyo
    ("El informe se rinde en quince (15) días hábiles luego de salir del cargo; si no lo hace irá a la cárcel.", ART4),
    # 5. relación de tiempo invertida (antes ≠ luego)
    ("El informe se rinde quince (15) días hábiles antes de haber salido del cargo.", ART4),
    # 6. 70 % de palabras presentes, pero tres ideas inventadas
    ("Para computar el término para rendir el informe de que trata la presente ley se requiere aprobación del concejo.", ART4),
    # 7. cada palabra está en la fuente, pero en oraciones distintas (el alcalde no entrega el programa)
    ("El alcalde entrega el programa de gobierno en treinta (30) días calendario.", DOS),
])
def test_las_siete_falsas_no_pasan(falsa, fuente):
    assert not sostenida(falsa, [fuente])
    v = verificar(falsa.rstrip(".") + " [1].", [fuente])
    assert v.texto == "" and v.eliminadas == 1


def test_verificar_conserva_las_fieles_y_quita_la_falsa():
    texto = ("El informe se rinde en quince (15) días hábiles luego de haber salido del cargo [1]. "
             "El informe no deberá rendirse en quince (15) días hábiles [1].")
    v = verificar(texto, [ART4])
    assert v.eliminadas == 1 and v.texto.startswith("El informe se rinde") and "no deberá" not in v.texto
