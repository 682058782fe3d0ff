"""Servidor LLM guionado en loopback, con las API HTTP reales de OpenAI (chat/completions) y de
Ollama (/api/chat), en modo normal y en streaming. Es el único falso de las pruebas: aquí no hay
un LLM real; lo que se prueba es el código de integración de LangChain sobre HTTP de verdad."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

Guion = Callable[[list[dict]], str]  # mensajes recibidos → texto a responder ("__dormir__N" para tardar N s)


class ServidorLLMFalso:
    def __init__(self, guion: Guion) -> None:
        self.guion = guion
        self.peticiones: list[dict] = []
        app = FastAPI()
        app.post("/v1/chat/completions")(self._openai)
        app.post("/api/chat")(self._ollama)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.puerto = s.getsockname()[1]
        self._servidor = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.puerto, log_level="warning"))
        self._hilo = threading.Thread(target=self._servidor.run, daemon=True)

    def __enter__(self) -> "ServidorLLMFalso":
        self._hilo.start()
        while not self._servidor.started:
            time.sleep(0.05)
        return self

    def __exit__(self, *_):
        self._servidor.should_exit = True
        self._hilo.join(timeout=10)

    def _responder(self, cuerpo: dict) -> str:
        self.peticiones.append(cuerpo)
        texto = self.guion(cuerpo["messages"])
        if texto.startswith("__dormir__"):
            time.sleep(float(texto.removeprefix("__dormir__")))
            texto = "demasiado tarde [1]"
        return texto

    @staticmethod
    def _trozos(texto: str) -> list[str]:
        return [texto[i : i + 7] for i in range(0, len(texto), 7)] or [""]

    async def _openai(self, peticion: Request):
        cuerpo = await peticion.json()
        texto = await _en_hilo(self._responder, cuerpo)
        base = {"id": "cmpl-1", "created": int(time.time()), "model": cuerpo.get("model", "falso")}
        if not cuerpo.get("stream"):
            return JSONResponse({**base, "object": "chat.completion", "choices": [
                {"index": 0, "message": {"role": "assistant", "content": texto}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})

        def eventos():
            for t in self._trozos(texto):
                yield "data: " + json.dumps({**base, "object": "chat.completion.chunk", "choices": [
                    {"index": 0, "delta": {"role": "assistant", "content": t}, "finish_reason": None}]}) + "\n\n"
            yield "data: " + json.dumps({**base, "object": "chat.completion.chunk", "choices": [
                {"index": 0, "delta": {}, "finish_reason": "stop"}]}) + "\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(eventos(), media_type="text/event-stream")

    async def _ollama(self, peticion: Request):
        cuerpo = await peticion.json()
        texto = await _en_hilo(self._responder, cuerpo)
        base = {"model": cuerpo.get("model", "falso"), "created_at": "2026-11-24T00:00:00Z"}
        final = {**base, "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
                 "total_duration": 1, "load_duration": 1, "prompt_eval_count": 1, "prompt_eval_duration": 1,
                 "eval_count": 1, "eval_duration": 1}
        if cuerpo.get("stream") is False:
            return JSONResponse({**final, "message": {"role": "assistant", "content": texto}})

        def lineas():
            for t in self._trozos(texto):
                yield json.dumps({**base, "message": {"role": "assistant", "content": t}, "done": False}) + "\n"
            yield json.dumps(final) + "\n"

        return StreamingResponse(lineas(), media_type="application/x-ndjson")


async def _en_hilo(funcion, *args):
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(funcion, *args)
