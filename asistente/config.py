"""Configuración por variables de entorno `ASISTENTE_*` (o un archivo `.env`).

Tipada: las opciones cerradas son `Literal` (un valor desconocido falla al arrancar con un
mensaje en español, en vez de, p. ej., `ASISTENTE_FUSION=xyz` que rechazaba todo en silencio);
mayúsculas y espacios se normalizan (`RRF` → `rrf`); claves y tokens son `SecretStr` (no salen
en registros ni en `repr`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

RAIZ = Path(__file__).resolve().parent.parent


class ErrorDeConfiguracion(ValueError):
    """Configuración inválida, explicada en español (variable, valor y opciones)."""


class Ajustes(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASISTENTE_", env_file=".env", extra="ignore")

    corpus_dir: Path = RAIZ / "corpus"
    datos_dir: Path = RAIZ / "datos"
    # Modelo denso: use-multilingue | minilm | ninguno | nombre o ruta de sentence-transformers.
    modelo_embeddings: str = "use-multilingue"
    tamano_fragmento: int = 2500  # medido en ajuste: 700 < 1200 < 1800 < 2500 ≈ 4000 (README)
    fragmentacion: Literal["estructura", "fija"] = "estructura"  # fija = 1000/200, para comparar
    # Recuperación
    fusion: Literal["rrf", "lexico", "denso"] = "rrf"
    peso_lexico: float = 1.0
    peso_denso: float = 0.2  # medido en ajuste y en el conjunto anterior: 0.2 ≈ 0 > 0.5 > 1.0 (README)
    candidatos: int = 60
    # exacta: coseno sobre los vectores de la versión (determinista; < 1 ms con miles de fragmentos);
    # chroma: la consulta HNSW aproximada de Chroma (para colecciones de cientos de miles de fragmentos).
    busqueda_densa: Literal["exacta", "chroma"] = "exacta"
    factor_reemplazado: float = 0.5  # artículo que otro del corpus reemplazó (corpus/vigencia.yaml)
    cabezas: int = 1  # cuántos de los primeros resultados traen consigo el comienzo de su artículo
    factor_frase: float = 0.3  # premio a pares de términos consecutivos de la pregunta hallados juntos
    factor_ambito: float = 0.6  # pasaje nacional ante pregunta territorial
    factor_tema: float = 0.6  # pasaje de una norma de tema propio (POT) ante pregunta que no lo nombra
    factor_transitorio: float = 0.6  # artículo transitorio (de una transición ya cumplida: 1991, 2003–2007…)
    expandir_siglas: bool = True
    usar_historial: bool = True
    # Respuesta extractiva
    umbral_confianza: float = 0.50  # calibrado en los conjuntos de ajuste (evaluacion/calibrar.py)
    fragmentos_respuesta: int = 5
    # Compositor: extractivo (sin LLM) | ollama | openai (cualquier servidor compatible) | llamacpp
    llm_proveedor: Literal["extractivo", "ollama", "openai", "llamacpp"] = "extractivo"
    llm_modelo: str | None = None
    llm_url: str | None = None  # p. ej. http://127.0.0.1:11434 (Ollama) o http://127.0.0.1:8000/v1
    llm_clave: SecretStr | None = None
    llm_timeout_s: float = 30.0  # plazo por pregunta (condensar + generar), no por intento
    llm_concurrencia: int = 4  # llamadas simultáneas al modelo (grupo de hilos propio)
    llm_cola: int = 8  # preguntas en espera del modelo; más allá, 503 con Retry-After
    # Servidor Chroma opcional (modo cliente/servidor): vacío = Chroma embebido.
    chroma_host: str | None = None
    chroma_puerto: int = 8000
    versiones_conservadas: int = 3  # versiones publicadas que la limpieza no borra (pueden estar sirviendo)
    # API
    max_caracteres_pregunta: int = 1000
    token_admin: SecretStr | None = None
    limite_por_minuto: int = 60
    max_mb_pdf: int = 25
    # Borde (interfaz/borde.py): aplica a todas las rutas, también al chat.
    max_kb_cuerpo: int = 64  # cuerpo JSON máximo; la subida de PDF usa max_mb_pdf
    plazo_cuerpo_s: float = 15.0  # un cuerpo que tarda más en llegar recibe 408
    plazo_inactividad_s: int = 5  # conexión sin peticiones (keep-alive)
    plazo_cabeceras_s: float = 10.0  # conexión que no completa sus cabeceras: se cierra (slowloris)
    max_conexiones: int = 200  # uvicorn responde 503 por encima
    proxy_confiable: str | None = None  # IP del proxy cuyo X-Forwarded-For se cree (vacío = ninguno)
    cors_origen: str | None = None  # único origen con CORS (vacío = sin CORS)
    chat_concurrencia: int = 4  # eventos simultáneos de la cola de Gradio
    chat_cola: int = 64  # eventos en espera en la cola de Gradio

    def __init__(self, **valores) -> None:
        try:
            super().__init__(**valores)
        except ValidationError as error:
            raise ErrorDeConfiguracion(explicar_configuracion(error)) from None

    @field_validator("fragmentacion", "fusion", "llm_proveedor", "busqueda_densa", mode="before")
    @classmethod
    def _minusculas(cls, valor):
        return valor.strip().lower() if isinstance(valor, str) else valor

    @field_validator("token_admin", "llm_clave", "llm_modelo", "llm_url", "chroma_host", "proxy_confiable", "cors_origen",
                     mode="before")
    @classmethod
    def _vacio_es_ninguno(cls, valor):
        return None if isinstance(valor, str) and not valor.strip() else valor

    @staticmethod
    def secreto(valor: SecretStr | str | None) -> str | None:
        """El texto de un secreto (o None), para quien de verdad lo necesita."""
        if valor is None:
            return None
        return valor.get_secret_value() if isinstance(valor, SecretStr) else str(valor)


def explicar_configuracion(error: ValidationError) -> str:
    lineas = []
    for e in error.errors():
        campo = str(e["loc"][0]) if e.get("loc") else "?"
        variable = f"ASISTENTE_{campo.upper()}"
        valor = e.get("input")
        if e.get("type") == "literal_error":
            opciones = e.get("ctx", {}).get("expected", "").replace("'", "").replace(" or ", ", ")
            lineas.append(f"{variable}: valor no admitido {valor!r} (opciones: {opciones}).")
        elif e.get("type", "").endswith(("_parsing", "_type")):
            lineas.append(f"{variable}: {valor!r} no es un valor válido para este ajuste.")
        else:
            lineas.append(f"{variable}: valor inválido {valor!r}.")
    return "Configuración inválida. " + " ".join(lineas)
