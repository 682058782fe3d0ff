"""Línea de órdenes: `asistente indexar | preguntar | buscar | evaluar | comparar | servir`.

Es una interfaz, como la API y el chat: vive en `interfaz/` para que `asistente/` e `indexacion/`
no importen nada de las capas de arriba (tests/test_capas.py lo comprueba).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import typer
from rich.console import Console

app = typer.Typer(help="Asistente Juntos por el Territorio: respuestas citadas sobre planeación territorial.",
                  no_args_is_help=True, add_completion=False)
consola = Console(stderr=True)


def _asistente():
    from asistente import Asistente

    return Asistente()


def _imprimir_json(datos) -> None:
    sys.stdout.write(json.dumps(datos, ensure_ascii=False, indent=2) + "\n")


@app.command()
def indexar(forzar: bool = typer.Option(False, "--forzar", help="Reconstruye todo aunque nada haya cambiado.")) -> None:
    """Indexa (o actualiza) el corpus: sólo procesa los documentos nuevos o modificados."""
    a = _asistente()
    informe = a.indexar(progreso=True, forzar=forzar)
    for archivo, error in informe.errores.items():
        consola.print(f"[yellow]Omitido[/] {archivo}: {error}")
    for archivo, avisos in informe.avisos.items():
        for aviso in avisos:
            consola.print(f"[yellow]Aviso[/] {archivo}: {aviso}")
    consola.print(informe.resumen())


@app.command()
def preguntar(
    pregunta: str = typer.Argument(..., help="La pregunta, en lenguaje natural."),
    perfil: Optional[str] = typer.Option(None, help="candidato | funcionario | ctp | ciudadania"),
    historial: list[str] = typer.Option([], "--historial", "-H", help="Turnos anteriores (repetible)."),
    como_json: bool = typer.Option(False, "--json", help="Salida JSON."),
) -> None:
    """Responde una pregunta con citas a la fuente."""
    from asistente import PERFILES

    if perfil and perfil not in PERFILES:
        raise typer.BadParameter(f"Perfil desconocido: {perfil}. Use uno de: {', '.join(PERFILES)}.")
    if not pregunta.strip():
        raise typer.BadParameter("La pregunta está vacía.")
    a = _asistente()
    if a.almacen.version_actual() is None:
        consola.print("Primera consulta: construyendo el índice del corpus…")
        a.indexar(progreso=True)
    r = a.preguntar(pregunta, historial=historial, perfil=perfil)
    if como_json:
        _imprimir_json(r.a_dict())
    else:
        sys.stdout.write(r.texto_con_fuentes() + "\n")


@app.command()
def buscar(
    consulta: str = typer.Argument(...),
    k: int = typer.Option(5, "-k", help="Cuántos pasajes."),
    como_json: bool = typer.Option(False, "--json"),
) -> None:
    """Muestra los pasajes recuperados (sin componer respuesta)."""
    a = _asistente()
    rec = a.buscar(consulta, k=k)
    if como_json:
        _imprimir_json([p.a_dict() for p in rec.pasajes])
        return
    for i, p in enumerate(rec.pasajes, 1):
        f = p.fragmento
        pagina = f", pág. {f.pagina}" if f.pagina else ""
        sys.stdout.write(f"{i}. [{p.puntaje:.4f}] {f.documento} — {f.seccion}{pagina}\n   {f.texto[:300]}\n")


@app.command()
def evaluar(
    preguntas: Path = typer.Option(..., "--preguntas", exists=True, help="Archivo JSONL de preguntas."),
    salida: Path = typer.Option(Path("evaluacion/resultados/respuestas.jsonl"), "--salida"),
    informe: Optional[Path] = typer.Option(None, "--informe", help="Resumen en JSON (opcional)."),
) -> None:
    """Evalúa el asistente sobre un conjunto de preguntas e imprime las métricas."""
    from evaluacion.evaluar import escribir_registros, evaluar_preguntas, leer_preguntas, resumir

    a = _asistente()
    if a.almacen.version_actual() is None:
        a.indexar(progreso=True)
    lista = leer_preguntas(preguntas)
    registros = evaluar_preguntas(a, lista)
    escribir_registros(registros, salida)
    resumen = resumir(lista, registros, a.ajustes.corpus_dir)
    informe = informe or salida.with_name(f"{salida.stem}_resumen.json")
    informe.parent.mkdir(parents=True, exist_ok=True)
    informe.write_text(json.dumps(resumen, ensure_ascii=False, indent=2), encoding="utf-8")
    from evaluacion.graficos import grafico_latencias
    from evaluacion.informe import informe_evaluacion

    grafico = grafico_latencias([r["latencia_ms"] for r in registros], salida.with_name(f"{salida.stem}_latencias.png"))
    informe_evaluacion(preguntas.name, resumen, [grafico], salida.with_name(f"{salida.stem}_informe.md"))
    from rich.table import Table

    tabla = Table(title=f"Evaluación: {preguntas.name} ({resumen['preguntas']} preguntas)")
    tabla.add_column("métrica")
    tabla.add_column("valor", justify="right")
    for clave, valor in resumen.items():
        if isinstance(valor, float):
            tabla.add_row(clave, f"{valor:.3f}" if "ms" not in clave else f"{valor:.1f}")
    Console().print(tabla)


@app.command()
def comparar(
    preguntas: Path = typer.Option(Path("evaluacion/preguntas.jsonl"), "--preguntas", exists=True),
    variantes: Optional[str] = typer.Option(None, help="Nombres separados por comas (por defecto, todas)."),
    salida: Path = typer.Option(Path("evaluacion/resultados"), "--salida", help="Carpeta del informe y los gráficos."),
) -> None:
    """Compara configuraciones (modelos, fusión, fragmentación, siglas, historial) y la línea base LangChain."""
    from asistente.config import RAIZ
    from evaluacion.comparar import VARIANTES, comparar as correr

    nombres = [v.strip() for v in variantes.split(",")] if variantes else list(VARIANTES)
    desconocidas = [n for n in nombres if n not in VARIANTES]
    if desconocidas:
        raise typer.BadParameter(f"Variantes desconocidas: {desconocidas}. Disponibles: {list(VARIANTES)}")
    correr(preguntas, nombres, RAIZ / "datos_comparacion", salida)


@app.command()
def plazos(
    perfil: Optional[str] = typer.Option(None, "--perfil", help="candidato | funcionario | ctp | ciudadania"),
    posesion: Optional[str] = typer.Option(None, "--posesion", help="Fecha de posesión, AAAA-MM-DD (inicio del período)."),
    salida: Optional[str] = typer.Option(None, "--salida", help="Fecha de salida del cargo (por omisión, el día anterior a la posesión)."),
    eleccion: Optional[str] = typer.Option(None, "--eleccion", help="Fecha de la elección."),
    presentacion_ctp: Optional[str] = typer.Option(None, "--presentacion-ctp", help="Si ya presentó el plan al CTP."),
    presentacion_concejo: Optional[str] = typer.Option(None, "--presentacion-concejo", help="Si ya presentó el plan al concejo o la asamblea."),
    firma_acta: Optional[str] = typer.Option(None, "--firma-acta", help="Fecha de firma del acta de informe de gestión."),
    rol: Optional[str] = typer.Option(None, "--rol", help="Sólo un rol (alcalde_saliente, ctp, concejo…)."),
    como_json: bool = typer.Option(False, "--json", help="Salida JSON."),
    ics: Optional[Path] = typer.Option(None, "--ics", help="Escribe además un archivo iCalendar (.ics)."),
) -> None:
    """Calendario de plazos y obligaciones del perfil, con fechas (días hábiles y festivos de Colombia) y fuentes."""
    from asistente.plazos import ErrorPlazos, calcular_plazos, imprimir_calendario

    fechas = {"posesion": posesion, "salida": salida, "eleccion": eleccion, "presentacion_ctp": presentacion_ctp,
              "presentacion_concejo": presentacion_concejo, "firma_acta": firma_acta}
    try:
        calendario = calcular_plazos(perfil, fechas, rol=rol)
    except ErrorPlazos as error:
        # Mensaje propio (no el de click, en inglés): nombra la opción y no se calcula nada.
        consola.print(f"[red]Error en --{error.campo.replace('_', '-')}:[/] {error.mensaje}")
        raise typer.Exit(2) from None
    if ics:
        ics.write_bytes(calendario.a_ics())
        consola.print(f"Calendario escrito en {ics} ({len(calendario.plazos)} eventos).")
    if como_json:
        _imprimir_json(calendario.a_dict())
    else:
        imprimir_calendario(calendario, Console())


@app.command()
def servir(host: str = "127.0.0.1", puerto: int = typer.Option(8000, "--port", "--puerto")) -> None:
    """Inicia la API y el chat web en el mismo puerto."""
    import uvicorn

    from asistente.config import Ajustes
    from interfaz.borde import configuracion_uvicorn
    from interfaz.servidor import crear_app

    ajustes = Ajustes()
    uvicorn.Server(configuracion_uvicorn(crear_app(ajustes), ajustes, host, puerto)).run()


def main() -> None:
    """Errores de configuración y de índice en español, sin traza en inglés."""
    from asistente.config import ErrorDeConfiguracion

    try:
        app()
    except ErrorDeConfiguracion as error:
        consola.print(f"[red]{error}[/]")
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
