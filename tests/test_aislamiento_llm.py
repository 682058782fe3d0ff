"""Un modelo lento no congela el servicio (issue 12, punto 1): servidor real, modelo guionado en loopback."""

from __future__ import annotations

import threading
import time

import httpx

from asistente.config import Ajustes
from tests.llm_falso import ServidorLLMFalso
from tests.servidor_real import servidor_real

PREGUNTA = {"pregunta": "¿Cuál es el plazo para rendir el informe de gestión?"}


def test_modelo_lento_cupo_503_y_salud_responde(corpus_pequeno, tmp_path):
    with ServidorLLMFalso(lambda _m: "__dormir__3") as llm:
        ajustes = Ajustes(corpus_dir=corpus_pequeno, datos_dir=tmp_path / "datos", limite_por_minuto=0,
                          llm_proveedor="openai", llm_modelo="lento", llm_url=f"http://127.0.0.1:{llm.puerto}/v1",
                          llm_timeout_s=2, llm_concurrencia=2, llm_cola=2, plazo_cuerpo_s=1)
        with servidor_real(ajustes, con_chat=False) as (url, _):
            resultados: list[httpx.Response] = []

            def preguntar():
                resultados.append(httpx.post(f"{url}/api/preguntar", json=PREGUNTA, timeout=60))

            hilos = [threading.Thread(target=preguntar) for _ in range(12)]
            for h in hilos:
                h.start()
            # Con los hilos del modelo ocupados, la salud y los documentos siguen respondiendo.
            salud = httpx.get(f"{url}/api/salud", timeout=5)
            documentos = httpx.get(f"{url}/api/documentos", timeout=5)
            stream_lleno = httpx.post(f"{url}/api/preguntar/stream", json=PREGUNTA, timeout=30)
            for h in hilos:
                h.join()
            # Un flujo que dura más que el plazo de lectura del cuerpo (1 s) no se corta: el plazo es sólo del cuerpo.
            for _ in range(10):  # los hilos abandonados al vencer el plazo siguen ocupando su plaza hasta que el modelo corta
                largo = httpx.post(f"{url}/api/preguntar/stream", json=PREGUNTA, timeout=30)
                if largo.status_code != 503:
                    break
                time.sleep(int(largo.headers["retry-after"]))
    assert largo.status_code == 200 and "event: fin" in largo.text and "a tiempo" in largo.text
    assert salud.status_code == 200 and salud.json()["listo"] and documentos.status_code == 200
    estados = sorted(r.status_code for r in resultados)
    assert set(estados) <= {200, 503} and 503 in estados and 200 in estados, estados
    ocupado = next(r for r in resultados if r.status_code == 503)
    assert "ocupado" in ocupado.json()["error"] and int(ocupado.headers["retry-after"]) >= 1
    # Las admitidas vencen su plazo por pregunta y responden con el extractivo (no cuelgan).
    for r in resultados:
        if r.status_code == 200:
            assert "no respondió a tiempo" in r.json()["respuesta"] and r.json()["citas"]
    assert stream_lleno.status_code in (200, 503)
    if stream_lleno.status_code == 503:  # el flujo se rechaza antes de abrirse, no a mitad
        assert stream_lleno.headers["content-type"].startswith("application/json")
