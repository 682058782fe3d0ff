"""Índice que se cura solo (issue 12, punto 4) y un solo escritor (punto 5).

Todo real: modelo de embeddings, Chroma embebido, archivos en disco. Cada daño se aplica a una
copia de un índice recién construido y se comprueba que (a) el asistente sigue respondiendo y
(b) `indexar` sin `--forzar` lo repara (la versión publicada vuelve a validar).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

from asistente import Asistente
from asistente.config import Ajustes
from indexacion.almacen import Almacen
from indexacion.indexador import indexar

MODELO = "use-multilingue"
TAMANO = Ajustes().tamano_fragmento  # el mismo que usa el Asistente: si no, la versión "de otro proceso" no le sirve
PREGUNTA = "¿Qué es el voto programático?"


def _version(datos: Path) -> Path:
    return datos / "versiones" / (datos / "ACTUAL").read_text().strip()


def _basura(ruta: Path) -> None:
    ruta.write_bytes(os.urandom(512))


def _lexico_borrado(d):
    shutil.rmtree(_version(d) / "lexico")


def _lexico_basura(d):
    for f in (_version(d) / "lexico").iterdir():
        _basura(f)


def _meta_basura(d):
    _basura(_version(d) / "meta.json")


def _fragmentos_truncado(d):
    ruta = _version(d) / "fragmentos.jsonl"
    datos = ruta.read_bytes()
    ruta.write_bytes(datos[: len(datos) // 2])


def _chroma_borrado(d):
    shutil.rmtree(d / "chroma")


def _chroma_sqlite_basura(d):
    _basura(d / "chroma" / "chroma.sqlite3")


def _hnsw_basura(d):
    for f in (d / "chroma").glob("*/*.bin"):
        _basura(f)


def _actual_no_utf8(d):
    (d / "ACTUAL").write_bytes(b"\xff\xfe\x00basura\x80")


# Los archivos HNSW sólo se leen con más de ~1000 vectores (antes Chroma busca en su registro):
# ese daño se prueba aparte sobre un índice grande (test_hnsw_basura_en_indice_grande).
DANOS = {f.__name__.lstrip("_"): f for f in (_lexico_borrado, _lexico_basura, _meta_basura, _fragmentos_truncado,
                                            _chroma_borrado, _chroma_sqlite_basura, _actual_no_utf8)}


@pytest.fixture(scope="module")
def indice_sano(tmp_path_factory) -> tuple[Path, Path]:
    from evaluacion.corpus_pequeno import copiar_corpus_pequeno

    base = tmp_path_factory.mktemp("sano")
    corpus = copiar_corpus_pequeno(base / "corpus")
    indexar(corpus, Almacen(base / "datos"), modelo=MODELO, tamano_max=TAMANO)
    return corpus, base / "datos"


def _copia(indice_sano, tmp_path) -> tuple[Path, Path]:
    corpus, datos = indice_sano
    shutil.copytree(corpus, tmp_path / "corpus")
    shutil.copytree(datos, tmp_path / "datos")
    return tmp_path / "corpus", tmp_path / "datos"


@pytest.mark.parametrize("dano", list(DANOS))
def test_indexar_sin_forzar_repara_cada_dano(indice_sano, tmp_path, dano):
    corpus, datos = _copia(indice_sano, tmp_path)
    DANOS[dano](datos)
    almacen = Almacen(datos)
    informe = indexar(corpus, almacen, modelo=MODELO, tamano_max=TAMANO)
    assert not informe.sin_cambios and informe.reparaciones, informe.resumen()
    assert "Reparado" in informe.resumen()
    assert almacen.problema(almacen.version_actual()) is None
    # Una segunda pasada ya no encuentra nada que reparar.
    assert indexar(corpus, Almacen(datos), modelo=MODELO, tamano_max=TAMANO).sin_cambios


@pytest.mark.parametrize("dano", list(DANOS))
def test_el_asistente_responde_con_cualquier_dano(indice_sano, tmp_path, dano):
    corpus, datos = _copia(indice_sano, tmp_path)
    DANOS[dano](datos)
    a = Asistente(Ajustes(corpus_dir=corpus, datos_dir=datos))
    r = a.preguntar(PREGUNTA)
    assert r.citas and not r.sin_respuesta
    a.esperar_reparacion(60)
    assert Almacen(datos).problema(Almacen(datos).version_actual()) is None


def test_indice_de_otro_analisis_lexico_no_se_sirve_y_se_rehace(indice_sano, tmp_path):
    """Tras cambiar indexacion/familias.yaml, un índice BM25 viejo no entiende las raíces de las consultas: el
    asistente no lo sirve, reindexa reutilizando fragmentos y vectores, y responde."""
    import json

    corpus, datos = _copia(indice_sano, tmp_path)
    previa = (datos / "ACTUAL").read_text().strip()
    meta = _version(datos) / "meta.json"
    meta.write_text(json.dumps(json.loads(meta.read_text()) | {"analisis": "otra-huella"}))
    a = Asistente(Ajustes(corpus_dir=corpus, datos_dir=datos))
    r = a.preguntar(PREGUNTA)
    assert r.citas and not r.sin_respuesta
    a.esperar_reparacion(60)
    nueva = (datos / "ACTUAL").read_text().strip()
    assert nueva != previa and json.loads((_version(datos) / "meta.json").read_text())["analisis"] != "otra-huella"


def test_version_danada_degrada_y_se_repara_en_segundo_plano(indice_sano, tmp_path):
    corpus, datos = _copia(indice_sano, tmp_path)
    ley = corpus / "normas" / "LEY-131-1994.md"
    ley.write_text(ley.read_text(encoding="utf-8") + "\n##### **ARTICULO 17.** Artículo añadido.\n", encoding="utf-8")
    previa = (datos / "ACTUAL").read_text()
    nueva = indexar(corpus, Almacen(datos), modelo=MODELO, tamano_max=TAMANO).version
    _lexico_basura(datos)  # daña la versión nueva; la previa sigue sana
    a = Asistente(Ajustes(corpus_dir=corpus, datos_dir=datos))
    r = a.preguntar(PREGUNTA)
    assert r.citas
    assert a.recuperador.version in {previa, nueva} or a.degradado is None
    a.esperar_reparacion(60)
    assert a.degradado is None
    assert a.recuperador.version == Almacen(datos).version_actual() not in {previa, nueva}


def test_pdf_danado_no_publica_version_en_cada_pasada(indice_sano, tmp_path):
    from tests.pdfs import pdf_danado

    corpus, datos = _copia(indice_sano, tmp_path)
    pdf_danado(corpus / "guias" / "danado.pdf")
    primero = indexar(corpus, Almacen(datos), modelo=MODELO, tamano_max=TAMANO)
    assert "guias/danado.pdf" in primero.errores and primero.version
    segundo = indexar(corpus, Almacen(datos), modelo=MODELO, tamano_max=TAMANO)
    assert segundo.sin_cambios and segundo.version == primero.version
    assert "guias/danado.pdf" in segundo.errores  # se sigue informando


def _indexar_en_proceso(corpus: str, datos: str) -> str:
    return indexar(Path(corpus), Almacen(Path(datos)), modelo=MODELO, tamano_max=TAMANO).version


def test_dos_indexadores_a_la_vez_no_pierden_cambios(indice_sano, tmp_path):
    corpus, datos = _copia(indice_sano, tmp_path)
    ley = corpus / "normas" / "LEY-131-1994.md"
    ley.write_text(ley.read_text(encoding="utf-8") + "\n##### **ARTICULO 17.** Cambio del primer escritor.\n", encoding="utf-8")
    contexto = multiprocessing.get_context("spawn")
    with contexto.Pool(2) as pool:
        uno = pool.apply_async(_indexar_en_proceso, (str(corpus), str(datos)))
        (corpus / "guias" / "nota.txt").write_text("Nota del segundo escritor sobre el empalme.\n", encoding="utf-8")
        dos = pool.apply_async(_indexar_en_proceso, (str(corpus), str(datos)))
        versiones = {uno.get(300), dos.get(300)}
    almacen = Almacen(datos)
    actual = almacen.version_actual()
    assert actual in versiones and almacen.problema(actual) is None
    textos = " ".join(f.texto for f in almacen.leer_fragmentos(actual))
    assert "Cambio del primer escritor" in textos and "Nota del segundo escritor" in textos
    # La limpieza no borró lo que el otro escritor publicó: ambas versiones siguen en disco.
    assert all(almacen.dir_version(v).exists() for v in versiones)


def test_limpieza_conserva_n_versiones_y_quita_segmentos_huerfanos(indice_sano, tmp_path):
    corpus, datos = _copia(indice_sano, tmp_path)
    almacen = Almacen(datos, conservar=2)
    for i in range(4):
        (corpus / "guias" / "nota.txt").write_text(f"Nota número {i} sobre el empalme.\n", encoding="utf-8")
        indexar(corpus, almacen, modelo=MODELO, tamano_max=TAMANO)
    assert len(almacen.listar_versiones()) == 2
    import sqlite3

    with sqlite3.connect(datos / "chroma" / "chroma.sqlite3") as c:
        vivos = {f[0] for f in c.execute("SELECT id FROM segments")}
    carpetas = {d.name for d in (datos / "chroma").iterdir() if d.is_dir()}
    assert carpetas <= vivos


def _hnsw_en_otro_proceso(corpus: str, datos: str) -> tuple[str | None, bool, str | None]:
    """Como un servidor que arranca después del daño (en el mismo proceso Chroma ya tiene el HNSW en memoria)."""
    almacen = Almacen(Path(datos))
    antes = almacen.problema(almacen.version_actual())
    a = Asistente(Ajustes(corpus_dir=Path(corpus), datos_dir=Path(datos)))
    r = a.preguntar("¿Qué es el voto programático?")
    a.esperar_reparacion(600)
    return antes, bool(r.citas and not r.sin_respuesta), Almacen(Path(datos)).problema(Almacen(Path(datos)).version_actual())


@pytest.mark.lento
def test_hnsw_basura_en_indice_grande(tmp_path):
    """Con más de ~1.000 fragmentos Chroma ya guarda un índice HNSW que sí se lee (la Constitución y cuatro leyes
    largas dan unos 1.300 con fragmentos de 2.500 caracteres)."""
    from tests.conftest import CORPUS

    corpus = tmp_path / "corpus" / "normas"
    corpus.mkdir(parents=True)
    for nombre in ("CONSTITUCION-1991.md", "LEY-951-2005.md", "LEY-136-1994.md", "LEY-715-2001.md", "LEY-388-1997.md",
                   "LEY-1474-2011.md"):
        shutil.copy(CORPUS / "normas" / nombre, corpus / nombre)
    datos = tmp_path / "datos"
    contexto = multiprocessing.get_context("spawn")
    with contexto.Pool(1) as pool:
        pool.apply(_indexar_en_proceso, (str(corpus.parent), str(datos)))
    _hnsw_basura(datos)
    with contexto.Pool(1) as pool:
        antes, respondio, despues = pool.apply(_hnsw_en_otro_proceso, (str(corpus.parent), str(datos)))
    assert antes is not None and "Chroma" in antes  # el daño es real y se detecta al abrir
    assert respondio and despues is None


@pytest.mark.parametrize("dano", ["meta_basura", "actual_no_utf8"])
def test_cli_indexar_repara_en_espanol(indice_sano, tmp_path, dano):
    import subprocess
    import sys

    corpus, datos = _copia(indice_sano, tmp_path)
    DANOS[dano](datos)
    entorno = {**os.environ, "ASISTENTE_CORPUS_DIR": str(corpus), "ASISTENTE_DATOS_DIR": str(datos),
               "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    r = subprocess.run([sys.executable, "-m", "interfaz.cli", "indexar"], capture_output=True, text=True, env=entorno,
                       timeout=600)
    assert r.returncode == 0, r.stderr
    assert "Reparado" in r.stderr and "Traceback" not in r.stderr


def test_el_recuperador_se_abre_una_vez_por_version(indice_sano, tmp_path, monkeypatch):
    """Muchas peticiones que ven a la vez una versión nueva: la abre un solo hilo, las demás esperan."""
    import threading

    corpus, datos = _copia(indice_sano, tmp_path)
    a = Asistente(Ajustes(corpus_dir=corpus, datos_dir=datos))
    primera = a.recuperador.version
    (corpus / "guias" / "nota.txt").write_text("Nota nueva sobre el empalme.\n", encoding="utf-8")
    nueva = indexar(corpus, Almacen(datos), modelo=MODELO, tamano_max=TAMANO).version  # otro proceso publica
    aperturas: list[str] = []
    original = Asistente._crear_recuperador

    def contar(self, version):
        aperturas.append(version)
        return original(self, version)

    monkeypatch.setattr(Asistente, "_crear_recuperador", contar)
    vistas: list[str] = []
    hilos = [threading.Thread(target=lambda: vistas.append(a.recuperador.version)) for _ in range(12)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    assert primera != nueva and vistas == [nueva] * 12
    assert aperturas == [nueva]
