"""Benchmark de fallas (issue 12): acotado, sólo loopback, imprime cifras (no es una prueba).

    python -m evaluacion.benchmark_fallas [--segundos-carga 60] [--clientes 20] [--preguntas-lentas 40] [--grande]

Escenarios, cada uno con el código real (modelo de embeddings, Chroma embebido, SQLite, uvicorn):
1. Daño de cada parte de `datos/` → ¿el asistente responde y `indexar` (sin --forzar) lo repara?
   y en cuántos segundos. Con `--grande` también archivos HNSW basura (índice de ~1.200 fragmentos).
2. Dos indexadores a la vez (procesos) con un cambio cada uno → ¿están ambos cambios publicados?
3. N preguntas concurrentes a un modelo lento (servidor guionado en loopback, 5 s por respuesta)
   → estados, y p95 de /api/salud, /api/documentos y de una pregunta extractiva mientras tanto.
4. Carga mixta: C clientes × T s (salud, documentos, preguntar, stream, retroalimentación)
   → errores (5xx o de conexión) y p95.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import httpx

from evaluacion.corpus_pequeno import copiar_corpus_pequeno
from evaluacion.metricas import percentil

RAIZ = Path(__file__).resolve().parent.parent
CORPUS = RAIZ / "corpus"
MODELO = "use-multilingue"
PREGUNTA = "¿Cuál es el plazo para rendir el informe de gestión?"


# --- 1. daños ---
def _version(d: Path) -> Path:
    return d / "versiones" / (d / "ACTUAL").read_text().strip()


def _basura(ruta: Path) -> None:
    ruta.write_bytes(os.urandom(512))


def _truncar(ruta: Path) -> None:
    datos = ruta.read_bytes()
    ruta.write_bytes(datos[: len(datos) // 2])


DANOS = {
    "lexico/ borrado": lambda d: shutil.rmtree(_version(d) / "lexico"),
    "lexico/ basura": lambda d: [_basura(f) for f in (_version(d) / "lexico").iterdir()],
    "meta.json basura": lambda d: _basura(_version(d) / "meta.json"),
    "fragmentos.jsonl truncado": lambda d: _truncar(_version(d) / "fragmentos.jsonl"),
    "chroma/ borrado": lambda d: shutil.rmtree(d / "chroma"),
    "chroma.sqlite3 basura": lambda d: _basura(d / "chroma" / "chroma.sqlite3"),
    "ACTUAL no UTF-8": lambda d: (d / "ACTUAL").write_bytes(b"\xff\xfe\x00basura\x80"),
    "conversaciones.sqlite3 basura": lambda d: _basura(d / "conversaciones.sqlite3"),
}


def _recuperar(corpus: str, datos: str) -> tuple[bool, float, str]:
    """En un proceso nuevo (como un servidor que arranca tras el daño): responde, y luego `indexar` repara."""
    from asistente import Asistente
    from asistente.config import Ajustes
    from indexacion.almacen import Almacen
    from interfaz.persistencia import Persistencia

    inicio = time.perf_counter()
    try:
        Persistencia(Path(datos) / "conversaciones.sqlite3")
        a = Asistente(Ajustes(corpus_dir=Path(corpus), datos_dir=Path(datos)))
        r = a.preguntar(PREGUNTA)
        a.esperar_reparacion(600)
        informe = a.indexar()
        almacen = Almacen(Path(datos))
        ok = bool(r.citas) and almacen.problema(almacen.version_actual()) is None
        return ok, time.perf_counter() - inicio, "; ".join(informe.reparaciones)[:80]
    except Exception as error:  # noqa: BLE001 — se informa como no recuperado
        return False, time.perf_counter() - inicio, f"{type(error).__name__}: {error}"[:80]


def _indexar(corpus: str, datos: str) -> str:
    from indexacion.almacen import Almacen
    from indexacion.indexador import indexar

    return indexar(Path(corpus), Almacen(Path(datos)), modelo=MODELO, tamano_max=1200).version


def escenario_danos(tmp: Path, grande: bool) -> list[dict]:
    from interfaz.persistencia import Persistencia

    ctx = multiprocessing.get_context("spawn")
    sano = tmp / "sano"
    corpus = copiar_corpus_pequeno(sano / "corpus")
    with ctx.Pool(1) as pool:
        pool.apply(_indexar, (str(corpus), str(sano / "datos")))
    Persistencia(sano / "datos" / "conversaciones.sqlite3").guardar_turno(None, None, "¿p?", "r", [], False)
    filas = []
    for nombre, danar in DANOS.items():
        caso = tmp / f"caso-{len(filas)}"
        shutil.copytree(sano, caso)
        danar(caso / "datos")
        with ctx.Pool(1) as pool:
            ok, segundos, nota = pool.apply(_recuperar, (str(caso / "corpus"), str(caso / "datos")))
        filas.append({"daño": nombre, "recuperado": ok, "segundos": segundos, "nota": nota})
        shutil.rmtree(caso, ignore_errors=True)
    if grande:
        caso = tmp / "grande"
        (caso / "corpus" / "normas").mkdir(parents=True)
        for nombre in ("CONSTITUCION-1991.md", "LEY-951-2005.md"):
            shutil.copy(CORPUS / "normas" / nombre, caso / "corpus" / "normas")
        with ctx.Pool(1) as pool:
            pool.apply(_indexar, (str(caso / "corpus"), str(caso / "datos")))
        for f in (caso / "datos" / "chroma").glob("*/*.bin"):
            _basura(f)
        with ctx.Pool(1) as pool:
            ok, segundos, nota = pool.apply(_recuperar, (str(caso / "corpus"), str(caso / "datos")))
        filas.append({"daño": "HNSW basura (1.200 fragmentos)", "recuperado": ok, "segundos": segundos, "nota": nota})
    return filas


# --- 2. dos escritores ---
def escenario_escritores(tmp: Path) -> dict:
    ctx = multiprocessing.get_context("spawn")
    base = tmp / "escritores"
    corpus = copiar_corpus_pequeno(base / "corpus")
    datos = base / "datos"
    with ctx.Pool(1) as pool:
        pool.apply(_indexar, (str(corpus), str(datos)))
    ley = corpus / "normas" / "LEY-131-1994.md"
    inicio = time.perf_counter()
    with ctx.Pool(2) as pool:
        ley.write_text(ley.read_text(encoding="utf-8") + "\n##### **ARTICULO 17.** Cambio del escritor uno.\n", encoding="utf-8")
        uno = pool.apply_async(_indexar, (str(corpus), str(datos)))
        (corpus / "guias" / "nota.txt").write_text("Nota del escritor dos sobre el empalme.\n", encoding="utf-8")
        dos = pool.apply_async(_indexar, (str(corpus), str(datos)))
        uno.get(600), dos.get(600)
    from indexacion.almacen import Almacen

    almacen = Almacen(datos)
    textos = " ".join(f.texto for f in almacen.leer_fragmentos(almacen.version_actual()))
    return {"ambos_cambios": "escritor uno" in textos and "escritor dos" in textos, "segundos": time.perf_counter() - inicio}


# --- servidor real ---
def _servidor(ajustes):
    from tests.servidor_real import servidor_real

    return servidor_real(ajustes, con_chat=True)


def _p95(valores: list[float]) -> str:
    return f"{percentil(valores, 95):.0f} ms" if valores else "—"


# --- 3. modelo lento ---
def escenario_modelo_lento(tmp: Path, n: int) -> dict:
    from asistente.config import Ajustes
    from tests.llm_falso import ServidorLLMFalso

    corpus = copiar_corpus_pequeno(tmp / "lento" / "corpus")
    with ServidorLLMFalso(lambda _m: "__dormir__5") as llm:
        ajustes = Ajustes(corpus_dir=corpus, datos_dir=tmp / "lento" / "datos", limite_por_minuto=0,
                          llm_proveedor="openai", llm_modelo="lento", llm_url=f"http://127.0.0.1:{llm.puerto}/v1",
                          llm_timeout_s=10)
        with _servidor(ajustes) as (url, _):
            estados: list[int] = []
            duraciones: list[float] = []
            sondas: dict[str, list[float]] = {"salud": [], "documentos": [], "pregunta extractiva": []}
            fin = threading.Event()

            def preguntar():
                t = time.perf_counter()
                try:
                    estados.append(httpx.post(f"{url}/api/preguntar", json={"pregunta": PREGUNTA}, timeout=120).status_code)
                except httpx.HTTPError:
                    estados.append(-1)
                duraciones.append((time.perf_counter() - t) * 1000)

            def sondear(nombre: str, hacer) -> None:
                with httpx.Client(timeout=60) as c:
                    while not fin.is_set():
                        t = time.perf_counter()
                        hacer(c)
                        sondas[nombre].append((time.perf_counter() - t) * 1000)
                        time.sleep(0.1)

            acciones = {"salud": lambda c: c.get(f"{url}/api/salud"),
                        "documentos": lambda c: c.get(f"{url}/api/documentos"),
                        # fuera de alcance: el compositor no llama al modelo (camino extractivo)
                        "pregunta extractiva": lambda c: c.post(f"{url}/api/preguntar",
                                                                json={"pregunta": "¿Cómo preparo un ajiaco?"})}
            sondeos = [threading.Thread(target=sondear, args=(n, h)) for n, h in acciones.items()]
            for s in sondeos:
                s.start()
            hilos = [threading.Thread(target=preguntar) for _ in range(n)]
            for h in hilos:
                h.start()
            for h in hilos:
                h.join()
            fin.set()
            for s in sondeos:
                s.join()
    conteo = {e: estados.count(e) for e in sorted(set(estados))}
    return {"preguntas": n, "estados": conteo, "p95_preguntas": _p95(duraciones),
            **{f"p95 {k}": f"{_p95(v)} ({len(v)} muestras)" for k, v in sondas.items()}}


# --- 4. carga mixta ---
async def _cliente(url: str, fin: float, k: int, lat: list[float], errores: list[str], otros: list[int]) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        i = k
        mensaje = None
        while time.perf_counter() < fin:
            i += 1
            t = time.perf_counter()
            try:
                tipo = i % 5
                if tipo == 0:
                    r = await http.get(f"{url}/api/salud")
                elif tipo == 1:
                    r = await http.get(f"{url}/api/documentos")
                elif tipo == 2:
                    r = await http.post(f"{url}/api/preguntar", json={"pregunta": PREGUNTA})
                    if r.status_code == 200:
                        mensaje = r.json()["mensaje_id"]
                elif tipo == 3:
                    r = await http.post(f"{url}/api/preguntar/stream", json={"pregunta": "¿Qué es el voto programático?"})
                else:
                    r = await http.post(f"{url}/api/retroalimentacion", json={"mensaje_id": mensaje or "x", "util": True})
                if r.status_code >= 500:
                    errores.append(str(r.status_code))
                elif r.status_code >= 400 and not (tipo == 4 and r.status_code == 404):
                    otros.append(r.status_code)
            except httpx.HTTPError as error:
                errores.append(type(error).__name__)
                continue
            lat.append((time.perf_counter() - t) * 1000)


def escenario_carga(tmp: Path, clientes: int, segundos: float) -> dict:
    from asistente.config import Ajustes

    corpus = copiar_corpus_pequeno(tmp / "carga" / "corpus")
    ajustes = Ajustes(corpus_dir=corpus, datos_dir=tmp / "carga" / "datos", limite_por_minuto=0)
    with _servidor(ajustes) as (url, _):
        lat: list[float] = []
        errores: list[str] = []
        otros: list[int] = []

        async def todos():
            fin = time.perf_counter() + segundos
            await asyncio.gather(*(_cliente(url, fin, k, lat, errores, otros) for k in range(clientes)))

        asyncio.run(todos())
    return {"clientes": clientes, "segundos": segundos, "peticiones": len(lat), "errores": len(errores),
            "4xx inesperados": len(otros), "p50": f"{percentil(lat, 50):.0f} ms" if lat else "—", "p95": _p95(lat)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--segundos-carga", type=float, default=60)
    parser.add_argument("--clientes", type=int, default=20)
    parser.add_argument("--preguntas-lentas", type=int, default=40)
    parser.add_argument("--grande", action="store_true", help="incluye HNSW basura sobre ~1.200 fragmentos (lento)")
    parser.add_argument("--solo", default="danos,escritores,lento,carga")
    args = parser.parse_args()
    sys.path.insert(0, str(RAIZ))
    solo = set(args.solo.split(","))
    with tempfile.TemporaryDirectory(prefix="fallas-") as carpeta:
        tmp = Path(carpeta)
        if "danos" in solo:
            print("\n== 1. Daños en datos/ (proceso nuevo: responde y `indexar` sin --forzar repara) ==")
            for f in escenario_danos(tmp, args.grande):
                print(f"{f['daño']:<34} recuperado: {'sí' if f['recuperado'] else 'NO'}  {f['segundos']:5.1f} s  {f['nota']}")
        if "escritores" in solo:
            e = escenario_escritores(tmp)
            print(f"\n== 2. Dos indexadores a la vez ==\nambos cambios publicados: {'sí' if e['ambos_cambios'] else 'NO'}"
                  f"  ({e['segundos']:.1f} s)")
        if "lento" in solo:
            m = escenario_modelo_lento(tmp, args.preguntas_lentas)
            print(f"\n== 3. {m['preguntas']} preguntas concurrentes a un modelo lento (5 s/respuesta, plazo 10 s) ==")
            for k, v in m.items():
                print(f"{k}: {v}")
        if "carga" in solo:
            c = escenario_carga(tmp, args.clientes, args.segundos_carga)
            print(f"\n== 4. Carga mixta: {c['clientes']} clientes × {c['segundos']:.0f} s ==")
            for k, v in c.items():
                print(f"{k}: {v}")


if __name__ == "__main__":
    main()
