"""Chat web (Gradio) para candidatos, funcionarios, CTP y ciudadanía, pensado primero para el teléfono.

La respuesta va arriba y en el tamaño del texto; las fuentes, debajo, como tarjetas que abren el
artículo completo (`/fuente/{id}`, o un diálogo con `interfaz/estatico/chat.js`). Todo texto de la
interfaz está en español, también los de Gradio (`I18N` e `IdiomaEspanol` en `paginas.py`).
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

import gradio as gr
from markdown_it import MarkdownIt

from asistente.sugerencias import nombre_con_articulo
from interfaz.chat_plazos import construir_pestana_plazos
from interfaz.fuentes import ENLACE_ICONO, ICONO, url_fuente
from interfaz.servicio import ErrorDeUsuario, ServicioChat

PERFILES = [("Candidato/a", "candidato"), ("Funcionario/a", "funcionario"), ("Consejo de Planeación", "ctp"),
            ("Ciudadanía", "ciudadania")]

PREGUNTAS_INICIALES = {
    "candidato": ["¿Qué es el voto programático?", "¿Qué características debe tener un buen programa de gobierno?",
                  "¿Hasta cuándo hay plazo para aprobar el plan de desarrollo?"],
    "funcionario": ["¿Cuánto tengo para entregar el informe de gestión?", "¿Qué debe contener el acta de informe de gestión?",
                    "¿Qué pasa si el concejo no aprueba el plan de desarrollo a tiempo?"],
    "ctp": ["¿Cuáles son las funciones del Consejo Territorial de Planeación?",
            "¿Cuánto plazo tiene el CTP para dar su concepto sobre el plan?", "¿Qué es un cabildo abierto?"],
    "ciudadania": ["¿Cuál es el objetivo de la estrategia Juntos por el Territorio?",
                   "¿Cuándo se puede pedir la revocatoria del mandato de un alcalde?",
                   "¿Tengo derecho a consultar los documentos de los archivos públicos?"],
}

CABECERA = """<header class="cabecera">
<h1>Asistente Juntos por el Territorio</h1>
<details class="cubre"><summary>¿Qué cubre?</summary>
<div class="cubre-texto"><p>Responde sobre <strong>programas de gobierno</strong>, <strong>transición y empalme</strong>
(informe de gestión, rendición de cuentas) y <strong>planes de desarrollo territorial</strong>, a partir de la estrategia
<em>Juntos por el Territorio</em> del DNP, la Constitución y las leyes que la sustentan (Ley 152 de 1994, Ley 131 de 1994,
Ley 951 de 2005, entre otras).</p>
<p>Cada respuesta cita textualmente su fuente: toque una fuente para leer el artículo completo y abrir el texto oficial.</p>
<p><strong>No es asesoría jurídica</strong>: verifique siempre en la fuente citada y en la edición oficial de la norma.</p></div>
</details>
</header>"""

PIE = '<p class="pie">No es asesoría jurídica: verifique en la fuente citada.</p>'

# Gradio trae el español, pero le faltan estas claves (quedarían en inglés). `paginas.IdiomaEspanol`
# fija el idioma del navegador en español para que estas traducciones y las de Gradio apliquen siempre.
I18N = gr.I18n(es={
    "chatbot.copy_message": "Copiar mensaje", "chatbot.copied_message": "Mensaje copiado", "chatbot.complete": "Completo",
    "chatbot.clear": "Nueva conversación", "chatbot.like": "Útil", "chatbot.dislike": "No útil",
    "chatbot.chatbot": "Conversación", "chatbot.conversation": "Conversación",
    "common.download_all": "Descargar todo", "common.progress": "Progreso", "common.run": "Ejecutar",
    "common.built_with_gradio": "Hecho con Gradio",
})

TEMA = gr.themes.Default(
    primary_hue="blue", neutral_hue="slate",
    font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "DejaVu Sans", "sans-serif"],
    font_mono=["ui-monospace", "DejaVu Sans Mono", "monospace"],
).set(
    button_primary_background_fill="#1d4ed8", button_primary_background_fill_hover="#1e40af",
    button_primary_text_color="#ffffff", button_primary_border_color="#1d4ed8",
    button_secondary_text_color="#1e293b", body_text_color_subdued="#475569",
)

CABEZA = ENLACE_ICONO + '<link rel="stylesheet" href="/estatico/chat.css"><script src="/estatico/chat.js" defer></script>'


def _texto_plano(respuesta: str, citas: list[dict]) -> str:
    """Lo que copia «Copiar respuesta»: la respuesta y sus fuentes, en texto limpio."""
    respuesta = respuesta.replace("**", "")
    lineas = [respuesta, "", "Fuentes:"] if citas else [respuesta]
    for c in citas:
        pagina = f", pág. {c['pagina']}" if c.get("pagina") else ""
        enlace = f" — {c['enlace']}" if c.get("enlace") else ""
        lineas.append(f"[{c['numero']}] {c['documento'].split(' — ')[0]} — {c['seccion']}{pagina}{enlace}")
    return "\n".join(lineas)


# El compositor escribe un Markdown mínimo («**Plazo:**», viñetas «- …»). markdown-it sin HTML crudo: todo
# texto de la fuente o del modelo sale escapado.
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "breaks": True})


def _parrafos(texto: str) -> str:
    """Markdown → HTML sin saltos de línea: el chat trata el mensaje entero como un solo bloque HTML."""
    return _MARKDOWN.render(texto).replace("\n", "")


def formatear(respuesta: str, citas: list[dict], enlaces: dict[str, str] | None = None) -> str:
    """Respuesta arriba (texto normal) y una tarjeta compacta por cita, todo escapado.

    Sin líneas en blanco: el Markdown del chat trata el bloque entero como HTML. Cada tarjeta es un
    enlace real a `/fuente/{id}`: sin JavaScript también lleva al artículo completo.
    """
    enlaces = enlaces or {}
    cuerpo = _parrafos(respuesta).replace(  # la invitación a la pestaña lleva a ella (chat.js)
        "pestaña <strong>Plazos</strong>", '<a class="ir-plazos" href="#pestana-plazos">pestaña <strong>Plazos</strong></a>')
    partes = [f'<div class="respuesta">{cuerpo}</div>']
    if citas:
        # Una tarjeta por artículo: dos citas del mismo artículo (la regla y su parágrafo) no son dos fuentes.
        por_articulo: dict[tuple, list[dict]] = {}
        for c in citas:
            por_articulo.setdefault((c["archivo"], c["seccion"], c.get("pagina")), []).append(c)
        tarjetas = []
        for grupo in por_articulo.values():
            c = grupo[0]
            numeros = ", ".join(str(g["numero"]) for g in grupo)
            pagina = f'<span class="pag">pág. {c["pagina"]}</span>' if c.get("pagina") else ""
            vigencia = ""
            if c.get("vigencia"):
                corto = etiqueta_vigencia(c["vigencia"])
                vigencia = f'<span class="vigencia" title="{html.escape(c["vigencia"])}">{html.escape(corto)}</span>'
            doc = html.escape(nombre_con_articulo(c["documento"]).split(" ", 1)[1])
            tarjetas.append(
                f'<li><a class="fuente-tarjeta" href="{html.escape(url_fuente(c["fragmento_id"], c["texto"]))}" '
                f'data-fragmento="{html.escape(c["fragmento_id"])}" data-cita="{quote(c["texto"])}">'
                f'<span class="num">{numeros}</span><span class="doc">{doc}</span>'
                f'<span class="sec">{html.escape(c["seccion"].split(" › ")[-1])}</span>{pagina}{vigencia}</a></li>'
            )
        partes.append(f'<div class="fuentes"><p class="fuentes-titulo">Fuentes (toque para leer el artículo completo)</p>'
                      f'<ul>{"".join(tarjetas)}</ul></div>')
    copia = html.escape(_texto_plano(respuesta, citas)).replace("\n", "&#10;")  # sin líneas en blanco: sigue siendo un bloque HTML
    partes.append(f'<button type="button" class="copiar-respuesta" data-texto="{copia}">'
                  'Copiar respuesta y fuentes</button>')
    return "".join(partes)


def siguientes(sugerencias: list[str], perfil: str | None) -> list[str]:
    """Las preguntas de seguimiento de la respuesta; tras un rechazo (no hay), las del perfil: la fila de fichas
    vacía no dejaba por dónde seguir (revisión en el navegador)."""
    return list(sugerencias) or PREGUNTAS_INICIALES.get(perfil or "", PREGUNTAS_INICIALES["ciudadania"])


def etiqueta_vigencia(nota: str) -> str:
    """La ficha de la fuente resume la nota en una palabra que se entienda: «Aparte subrayado CONDICIONALMENTE
    exequible» se leía «Aparte»; la nota entera sigue en el título de la ficha y en el diálogo. «En parte» sólo si la
    nota empieza por la parte (aparte, numeral, inciso…); la reforma anulada deja vigente el texto anterior."""
    n = nota.split(";")[0].strip().lower()  # notas juntas («Modificado por…; Numeral declarado…»): manda la primera
    if re.search(r"modificaci[oó]n .{0,120}(declarada )?inexequible", n):
        return "Vigente (texto anterior)"  # «La modificación realizada por… fue declarada inexequible…»
    parcial = bool(re.match(r"(apartes?|numeral(es)?|incisos?|par[aá]grafos?|literal(es)?|expresi[oó]n)\b", n))
    for clave, etiqueta in (("condicional", "Condicionado"), ("inexequible", "Inexequible"), ("derogad", "Derogado"),
                            ("modificad", "Modificado"), ("adicionad", "Adicionado"), ("sustituid", "Modificado"),
                            (" hoy ", "Reemplazado"),  # «El cabildo abierto lo regula hoy el artículo 22…» (vigencia.yaml)
                            ("exequible", "Exequible")):
        if clave in n:
            return f"{etiqueta} en parte" if parcial and clave in ("inexequible", "derogad") else etiqueta
    return nota.split(" ")[0].rstrip(",.:") or "Nota"


def _mensaje_usuario(pregunta: str) -> dict:
    return {"role": "user", "content": html.escape(pregunta)}


def construir_chat(servicio: ServicioChat) -> gr.Blocks:
    with gr.Blocks(title="Asistente Juntos por el Territorio", analytics_enabled=False, fill_height=True) as demo:
        gr.HTML(CABECERA, elem_id="cabecera", padding=False)
        conversacion = gr.State(None)
        mensajes_ids = gr.State({})  # índice del mensaje en el chat → mensaje_id persistido
        valoracion = gr.State(None)  # id de la última valoración, para agregarle el comentario
        # Clave fija: con la aleatoria por defecto el perfil se «olvidaría» en cada reinicio del servidor
        # (no se puede descifrar lo guardado). El perfil no es un dato sensible.
        perfil_guardado = gr.BrowserState("ciudadania", storage_key="asistente_jpt_perfil", secret="asistente-jpt-perfil")
        with gr.Tabs(elem_id="pestanas"):
            with gr.Tab("Consultar", id="consultar", elem_id="consultar"):
                perfil = gr.Radio(PERFILES, value="ciudadania", label="Pregunto como", elem_id="perfil",
                                  elem_classes="chips")
                chat = gr.Chatbot(
                    label="Conversación", show_label=False, elem_id="chat", height="var(--alto-chat)", autoscroll=False,
                    feedback_options=("Like", "Dislike"), buttons=[], layout="panel",
                    sanitize_html=False,  # todo contenido se escapa aquí (formatear, _mensaje_usuario); así sobreviven los data-*
                    placeholder="Elija quién pregunta y escriba su pregunta, o toque una sugerencia.",
                )
                with gr.Row(elem_id="sugerencias", elem_classes="sugerencias"):
                    botones = [gr.Button(p, size="sm", elem_classes="sugerida") for p in PREGUNTAS_INICIALES["ciudadania"]]
                with gr.Row(elem_id="entrada", equal_height=True):
                    caja = gr.Textbox(label="Su pregunta", placeholder="Escriba su pregunta…", show_label=False, scale=5,
                                      elem_id="pregunta", max_lines=4, lines=1, container=False)
                    enviar = gr.Button("Enviar", variant="primary", scale=1, min_width=80, elem_id="enviar")
                # Debajo de la caja de pregunta: al abrirse tras «No útil» no la empuja fuera de la pantalla del teléfono.
                with gr.Row(elem_id="comentario", visible=False) as fila_comentario:
                    comentario = gr.Textbox(label="Comentario (opcional)", placeholder="¿Qué faltó o qué sobró?", scale=4,
                                            max_lines=3, elem_id="comentario-texto")
                    enviar_comentario = gr.Button("Enviar comentario", size="sm", scale=1)
                with gr.Row(elem_id="controles"):
                    nueva = gr.Button("Nueva conversación", size="sm", elem_id="nueva", variant="secondary")
                    aviso = gr.HTML('<p role="status" class="aviso"></p>', elem_id="aviso", padding=False)
                gr.HTML(PIE, padding=False)
            with gr.Tab("Plazos", id="pestana-plazos", elem_id="pestana-plazos"):  # issue 11
                perfil_plazos = construir_pestana_plazos()

        def estado(texto: str = "") -> str:
            return f'<p role="status" class="aviso">{html.escape(texto)}</p>'

        def sugeridas(preguntas: list[str]) -> list:
            preguntas = list(preguntas)[: len(botones)]
            return [gr.update(value=p, visible=True) for p in preguntas] + \
                   [gr.update(visible=False)] * (len(botones) - len(preguntas))

        def responder(pregunta, historia, perfil_valor, conversacion_id, ids):
            """Generador: la pregunta aparece en seguida, el texto a medida que se produce y, al final,
            la respuesta verificada con sus fuentes y las preguntas de seguimiento."""
            historia = list(historia or [])
            sin_cambio = [gr.update()] * len(botones)
            try:
                flujo = servicio.preguntar_stream(pregunta, conversacion_id, perfil_valor)
                base = historia + [_mensaje_usuario(pregunta)]
                yield base + [{"role": "assistant", "content": "Buscando en las fuentes…"}], conversacion_id, ids, "", estado(), *sin_cambio
                parcial = ""
                for parte in flujo:
                    if isinstance(parte, str):
                        parcial += parte
                        yield base + [{"role": "assistant", "content": html.escape(parcial)}], conversacion_id, ids, "", estado(), *sin_cambio
                        continue
                    r = parte.respuesta
                    citas = [c.a_dict() for c in r.citas]
                    for c in citas:  # enlace oficial: el del fragmento o el del manifiesto
                        c["enlace"] = c.get("enlace") or servicio.fuentes.manifiesto.get(c["archivo"], {}).get("fuente", "")
                    historia = base + [{"role": "assistant", "content": formatear(r.respuesta, citas)}]
                    ids = {**ids, len(historia) - 1: parte.mensaje_id}
                    yield historia, parte.conversacion_id, ids, "", estado(), *sugeridas(siguientes(r.sugerencias, perfil_valor))
            except ErrorDeUsuario as error:
                yield historia, conversacion_id, ids, pregunta, estado(f"⚠️ {error.mensaje}"), *sin_cambio

        entradas = [caja, chat, perfil, conversacion, mensajes_ids]
        salidas = [chat, conversacion, mensajes_ids, caja, aviso, *botones]
        enviar.click(responder, entradas, salidas)
        caja.submit(responder, entradas, salidas)
        for boton in botones:
            boton.click(lambda texto: texto, boton, caja).then(responder, entradas, salidas)

        def cambiar_perfil(valor):
            return valor, valor, *sugeridas(PREGUNTAS_INICIALES.get(valor, PREGUNTAS_INICIALES["ciudadania"]))

        # El perfil elegido al consultar es también el de la pestaña Plazos (allí se puede cambiar sin afectar al chat).
        perfil.input(cambiar_perfil, perfil, [perfil_guardado, perfil_plazos, *botones])

        def al_cargar(guardado):
            valor = guardado if guardado in PREGUNTAS_INICIALES else "ciudadania"
            return valor, valor, *sugeridas(PREGUNTAS_INICIALES[valor])

        demo.load(al_cargar, perfil_guardado, [perfil, perfil_plazos, *botones])

        def valorar(datos: gr.LikeData, ids):
            indice = datos.index[0] if isinstance(datos.index, (list, tuple)) else datos.index
            mensaje_id = ids.get(indice)
            if mensaje_id is None or datos.liked not in (True, False):
                return None, estado("No se encontró el mensaje a valorar."), gr.update(visible=False)
            ident = servicio.retroalimentar(mensaje_id, bool(datos.liked))
            return ident, estado("Gracias: su valoración quedó registrada. Puede agregar un comentario."), gr.update(visible=True)

        # El comentario queda bajo la caja de pregunta: se desliza hasta él para que se vea en el teléfono.
        chat.like(valorar, mensajes_ids, [valoracion, aviso, fila_comentario]).then(
            None, js="() => setTimeout(() => document.getElementById('comentario')?.scrollIntoView({block: 'end'}), 50)")

        def comentar(texto, ident):
            if ident is None or not (texto or "").strip():
                return "", estado("Escriba un comentario o ignore este campo."), gr.update()
            servicio.comentar(ident, texto)
            return "", estado("Gracias: su comentario quedó registrado."), gr.update(visible=False)

        enviar_comentario.click(comentar, [comentario, valoracion], [comentario, aviso, fila_comentario])
        comentario.submit(comentar, [comentario, valoracion], [comentario, aviso, fila_comentario])

        def reiniciar(valor):
            """Nueva conversación: se olvida el id, así la siguiente pregunta no usa el contexto anterior."""
            return [], None, {}, "", estado("Nueva conversación."), None, gr.update(visible=False), \
                *sugeridas(PREGUNTAS_INICIALES.get(valor, PREGUNTAS_INICIALES["ciudadania"]))

        reinicio = [chat, conversacion, mensajes_ids, caja, aviso, valoracion, fila_comentario, *botones]
        nueva.click(reiniciar, perfil, reinicio)
        chat.clear(reiniciar, perfil, reinicio)
    return demo


def montar_chat(app, servicio: ServicioChat, ruta: str = "/chat", concurrencia: int = 4, cola: int = 64):
    """Monta el chat en `ruta` con el tema, las traducciones y los recursos propios (sin CDN). La cola de
    Gradio queda acotada (`concurrencia` turnos a la vez, `cola` en espera) y sus subidas cerradas."""
    from interfaz.paginas import respuesta_error

    bloques = construir_chat(servicio).queue(default_concurrency_limit=concurrencia, max_size=cola)
    app = gr.mount_gradio_app(app, bloques, path=ruta, footer_links=[], theme=TEMA, i18n=I18N,
                              head=CABEZA, max_file_size="1kb", favicon_path=ICONO)
    from starlette.exceptions import HTTPException as StarletteHTTPException

    for ruta_montada in app.routes:  # 404 y demás en español también dentro de /chat/
        if getattr(ruta_montada, "path", None) == ruta:
            async def _error_http(request, error: StarletteHTTPException):
                return respuesta_error(request, error.status_code)

            ruta_montada.app.add_exception_handler(StarletteHTTPException, _error_http)
    return app
