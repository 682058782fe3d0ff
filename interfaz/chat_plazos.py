"""Pestaña "Plazos" del chat: formulario (perfil y fechas) y línea de tiempo ordenada por fecha, cada plazo con su
cita textual, artículo y enlace oficial, más el calendario .ics para llevarlo al teléfono.

Vive aparte de `interfaz/chat.py` para que el chat pueda rediseñarse sin tocar esto: `construir_pestana_plazos()`
crea los componentes dentro del contexto `gr.Blocks`/`gr.Tab` donde se llame, y `con_pestana_plazos(demo)` envuelve
un chat ya construido en dos pestañas (Chat y Plazos) sin cambiar su código.
"""

from __future__ import annotations

import hashlib
import html
import re
import tempfile
from datetime import date, datetime
from zoneinfo import ZoneInfo
from pathlib import Path

import gradio as gr

from asistente.plazos import PERFILES, ROLES, Calendario, ErrorPlazos, calcular_plazos, formato_fecha

ETIQUETAS_PERFIL = {"candidato": "Candidato/a", "funcionario": "Funcionario/a",
                    "ctp": "Consejo Territorial de Planeación", "ciudadania": "Ciudadanía"}
_TIPO = {"vence": "Vence", "desde": "Desde", "termina": "Termina"}

INTRO = """### Plazos y obligaciones
Escriba su fecha de posesión (y, si la sabe, la de salida del cargo): el asistente calcula cada plazo en **días
hábiles con los festivos de Colombia** o en meses según el calendario, y le muestra la norma que lo fija.
*No es asesoría jurídica: verifique cada plazo en la fuente citada.*"""

# Estilos de la línea de tiempo dentro del propio HTML: así la pestaña no depende del CSS global del chat.
ESTILO = """<style>
.linea-plazos { list-style: none !important; padding: 0 !important; margin: 0 0 0 .4em !important;
  border-left: 3px solid #2a6fdb; }
.linea-plazos > li { list-style: none !important; margin: 0 0 1.1em 0 !important; padding: 0 0 0 .9em !important;
  position: relative; display: block; }
.linea-plazos > li::marker { content: ""; }
.linea-plazos > li::before { content: ""; position: absolute; left: -.55em; top: .35em; width: .7em; height: .7em;
  border-radius: 50%; background: #2a6fdb; }
.linea-plazos > li.plazo-desde::before { background: #1f9d55; }
.linea-plazos > li.plazo-termina::before { background: #888; }
.linea-plazos .bloque { display: block !important; margin: .2em 0 !important; overflow-wrap: anywhere; }
.linea-plazos time { font-weight: 700; font-size: 1.05em; }
.linea-plazos .titulo { font-weight: 700; }
.linea-plazos .tipo { font-size: .8em; text-transform: uppercase; letter-spacing: .04em; opacity: .75; }
.linea-plazos .roles, .linea-plazos .nota { font-size: .88em; opacity: .8; }
.linea-plazos details summary { cursor: pointer; font-weight: 600; }
.plazos-pasados { margin: 0 0 1em 0; } .plazos-pasados > summary { cursor: pointer; font-weight: 600; }
.linea-plazos blockquote { white-space: pre-wrap; margin: .4em 0 !important; padding-left: .6em; border-left: 2px solid #ccc; }
</style>"""


_NOMBRE_DE_CAMPO = re.compile(r"\s*\('[a-z_]+'\)")


def sin_nombres_de_campo(texto: str) -> str:
    """«Indique la fecha de presentación del plan al CTP ('presentacion_ctp')»: el nombre entre paréntesis sirve a
    quien usa la API (que además recibe `campo`); en el formulario, que ya rotula cada campo, sólo confunde."""
    return _NOMBRE_DE_CAMPO.sub("", texto)


_FECHA_COLOMBIANA = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*")  # el mismo separador las dos veces


def fecha_iso(texto: str | None) -> str | None:
    """«31/12/2027» (como se escribe en Colombia: día, mes, año) → «2027-12-31»; lo demás pasa tal cual y lo valida
    `calcular_plazos`. Con el año de cuatro cifras al final no hay ambigüedad posible."""
    m = _FECHA_COLOMBIANA.fullmatch(texto or "")
    return f"{m.group(4)}-{int(m.group(3)):02d}-{int(m.group(1)):02d}" if m else texto


def linea_de_tiempo(calendario: Calendario, hoy: date | None = None) -> str:
    """HTML de la línea de tiempo: un elemento por fecha (las obligaciones anuales aparecen cada año). Lo que ya
    pasó va plegado al comienzo («N fechas anteriores a hoy»): quien calcula su salida no busca su acta en el
    puesto 22 de 24, detrás de los plazos de hace tres años."""
    hoy = hoy or datetime.now(ZoneInfo("America/Bogota")).date()  # el «hoy» de quien consulta, no el del servidor (UTC)
    entradas = []
    for p in calendario.plazos:
        for fecha in p.fechas:
            entradas.append((fecha, p))
    entradas.sort(key=lambda e: (e[0], e[1].obligacion.id))
    items = []
    pasados = []
    for fecha, p in entradas:
        o = p.obligacion
        extra = ""
        if fecha in p.prorroga:
            extra = (f'<span class="bloque nota">No es día hábil: la ley extiende el plazo hasta el '
                     f'{html.escape(formato_fecha(p.prorroga[fecha]))} (art. 62, Ley 4 de 1913).</span>')
        nota = sin_nombres_de_campo(" ".join(t for t in (o.nota, p.supuesto) if t))
        if nota:
            extra += f'<span class="bloque nota">{html.escape(nota)}</span>'
        enlace = (f'<span class="bloque"><a href="{html.escape(p.enlace)}" target="_blank" rel="noopener">'
                  f'Texto oficial en línea</a></span>' if p.enlace else "")
        (pasados if fecha < hoy else items).append(
            f'<li class="plazo plazo-{o.tipo}" data-id="{o.id}">'
            f'<span class="bloque tipo">{_TIPO[o.tipo]}</span>'
            f'<time class="bloque" datetime="{fecha.isoformat()}">{html.escape(formato_fecha(fecha))}</time>'
            f'<span class="bloque titulo">{html.escape(o.titulo)}</span>'
            f'<span class="bloque">{html.escape(o.obligacion)}</span>'
            f'<span class="bloque roles">{html.escape(", ".join(ROLES[r] for r in o.roles))}</span>{extra}'
            f'<details class="cita bloque"><summary>{html.escape(p.documento)} — {html.escape(o.articulo)}</summary>'
            f'<blockquote>{html.escape(o.cita)}</blockquote>'
            f'<span class="bloque">Plazo: «{html.escape(o.plazo.texto)}», contado desde {html.escape(p.desde)}.</span>'
            f'{enlace}</details></li>'
        )
    sin_fecha = "".join(f"<li>{html.escape(s['titulo'])}: {html.escape(sin_nombres_de_campo(s['mensaje']))}</li>" for s in calendario.sin_fecha)
    partes = [ESTILO]
    if pasados:
        # «fechas», no «plazos»: una obligación anual aparece una vez por año (el aviso cuenta obligaciones).
        partes.append(f'<details class="plazos-pasados"><summary>{len(pasados)} fecha{"s" if len(pasados) > 1 else ""} '
                      f'anterior{"es" if len(pasados) > 1 else ""} a hoy ({html.escape(formato_fecha(hoy))})</summary>'
                      f'<ol class="linea-plazos">{"".join(pasados)}</ol></details>')
    partes.append(f'<ol class="linea-plazos">{"".join(items)}</ol>')
    if sin_fecha:
        partes.append(f"<p><strong>Sin fecha todavía</strong></p><ul>{sin_fecha}</ul>")
    if calendario.supuestos:
        partes.append("".join(f'<p class="nota">{html.escape(sin_nombres_de_campo(s))}</p>' for s in calendario.supuestos))
    return "".join(partes)


def calcular_para_pestana(perfil, posesion, salida, eleccion, presentacion_ctp, presentacion_concejo, rol):
    """Lo que hace el botón: (HTML de la línea de tiempo, ruta del .ics, aviso). Un error de entrada se muestra en
    español nombrando el campo y no se calcula nada."""
    fechas = {"posesion": posesion, "salida": salida, "eleccion": eleccion, "presentacion_ctp": presentacion_ctp,
              "presentacion_concejo": presentacion_concejo}
    fechas = {campo: fecha_iso(valor) for campo, valor in fechas.items()}
    try:
        calendario = calcular_plazos(perfil, fechas, rol=rol or None)
    except ErrorPlazos as error:
        return "", gr.update(value=None, visible=False), f"⚠️ {sin_nombres_de_campo(error.mensaje)}"
    # Una carpeta por combinación de datos: el mismo pedido reutiliza el archivo en vez de llenar /tmp.
    clave = hashlib.sha1(repr(sorted(calendario.a_dict()["fechas"].items()) + [perfil, rol]).encode()).hexdigest()[:16]
    carpeta = Path(tempfile.gettempdir()) / "asistente-plazos" / clave
    carpeta.mkdir(parents=True, exist_ok=True)
    ics = carpeta / f"plazos-{calendario.perfil}.ics"
    ics.write_bytes(calendario.a_ics())
    aviso = f"{len(calendario.plazos)} plazos para el perfil {ETIQUETAS_PERFIL[calendario.perfil]}, ordenados por fecha."
    return linea_de_tiempo(calendario), gr.update(value=str(ics), visible=True), aviso


def construir_pestana_plazos(perfil_inicial: str = "funcionario", posesion_inicial: str = "2028-01-01") -> gr.Radio:
    """Crea el formulario y la línea de tiempo en el contexto Gradio actual (un `gr.Tab` o un `gr.Blocks`).

    Devuelve el selector de perfil para que el chat lo mantenga igual al «Pregunto como» de la consulta:
    quien se presentó como consejero no debería tener que decirlo otra vez al abrir Plazos."""
    gr.Markdown(INTRO)
    perfil = gr.Radio([(ETIQUETAS_PERFIL[p], p) for p in PERFILES], value=perfil_inicial, label="Perfil",
                      elem_id="plazos-perfil")
    with gr.Row():
        posesion = gr.Textbox(value=posesion_inicial, label="Fecha de posesión (AAAA-MM-DD o DD/MM/AAAA)", elem_id="plazos-posesion",
                              max_lines=1)
        salida = gr.Textbox(label="Fecha de salida del cargo (opcional)", placeholder="AAAA-MM-DD o DD/MM/AAAA",
                            elem_id="plazos-salida", max_lines=1)
    with gr.Accordion("Más fechas (opcional)", open=False):
        eleccion = gr.Textbox(label="Fecha de la elección", placeholder="AAAA-MM-DD o DD/MM/AAAA", elem_id="plazos-eleccion", max_lines=1)
        presentacion_ctp = gr.Textbox(label="Presentación del plan al CTP", placeholder="AAAA-MM-DD o DD/MM/AAAA",
                                      elem_id="plazos-presentacion-ctp", max_lines=1)
        presentacion_concejo = gr.Textbox(label="Presentación del plan al concejo o la asamblea", placeholder="AAAA-MM-DD o DD/MM/AAAA",
                                          elem_id="plazos-presentacion-concejo", max_lines=1)
        rol = gr.Dropdown([("Todos los roles", "")] + [(v, k) for k, v in ROLES.items()], value="", label="Rol",
                          elem_id="plazos-rol")
    calcular = gr.Button("Calcular plazos", variant="primary", elem_id="plazos-calcular")
    aviso = gr.Markdown(elem_id="plazos-aviso")
    linea = gr.HTML(elem_id="plazos-linea")
    # Oculto hasta que hay un calendario: vacío era un recuadro punteado con un ícono de archivo en blanco.
    archivo = gr.File(label="Calendario (.ics) para su agenda", elem_id="plazos-ics", interactive=False, visible=False)
    entradas = [perfil, posesion, salida, eleccion, presentacion_ctp, presentacion_concejo, rol]
    calcular.click(calcular_para_pestana, entradas, [linea, archivo, aviso])
    posesion.submit(calcular_para_pestana, entradas, [linea, archivo, aviso])
    return perfil


def con_pestana_plazos(chat: gr.Blocks) -> gr.Blocks:
    """Envuelve el chat ya construido en pestañas "Chat" y "Plazos" (Gradio vuelve a renderizar el bloque con sus
    eventos), para montar la pestaña con una sola línea en `interfaz/chat.py`."""
    with gr.Blocks(title=chat.title, analytics_enabled=False) as demo:
        with gr.Tabs():
            with gr.Tab("Chat", id="pestana-chat"):
                chat.render()
            with gr.Tab("Plazos", id="pestana-plazos", elem_id="pestana-plazos"):
                construir_pestana_plazos()
    return demo


__all__ = ["construir_pestana_plazos", "con_pestana_plazos", "calcular_para_pestana", "fecha_iso", "linea_de_tiempo"]
