"""Chat web (Gradio) para candidatos, funcionarios, CTP y ciudadanía."""

from __future__ import annotations

import html

import gradio as gr

from interfaz.servicio import ErrorDeUsuario, ServicioChat

PERFILES = [("Candidato/a", "candidato"), ("Funcionario/a", "funcionario"), ("Consejo Territorial de Planeación", "ctp"),
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

NOTA = """### Asistente Juntos por el Territorio
Responde preguntas sobre **programas de gobierno**, **transición y empalme** (informe de gestión, rendición de cuentas)
y **planes de desarrollo territorial**, a partir de la estrategia *Juntos por el Territorio* del DNP y de las leyes que la
sustentan (Ley 152 de 1994, Ley 131 de 1994, Ley 951 de 2005, entre otras). Cada respuesta cita textualmente su fuente.
*No es asesoría jurídica: verifique siempre en la fuente citada y en la edición oficial de la norma.*"""

CSS = """
.cita summary { cursor: pointer; font-weight: 600; }
.cita blockquote { white-space: pre-wrap; margin: .4em 0 .6em 0; }
@media (max-width: 640px) { .gradio-container { padding: 4px !important; } }
"""


def formatear(respuesta: dict) -> str:
    """Respuesta en Markdown más un bloque desplegable por cita con el pasaje textual."""
    partes = [html.escape(respuesta["respuesta"]).replace("\n", "  \n")]
    for c in respuesta["citas"]:
        pagina = f", pág. {c['pagina']}" if c.get("pagina") else ""
        partes.append(
            f'<details class="cita"><summary>[{c["numero"]}] {html.escape(c["documento"])} — '
            f'{html.escape(c["seccion"])}{pagina}</summary><blockquote>{html.escape(c["texto"])}</blockquote></details>'
        )
    return "\n\n".join(partes)


def construir_chat(servicio: ServicioChat) -> gr.Blocks:
    with gr.Blocks(title="Asistente Juntos por el Territorio", analytics_enabled=False) as demo:
        gr.Markdown(NOTA)
        conversacion = gr.State(None)
        mensajes_ids = gr.State({})  # índice del mensaje en el chat → mensaje_id persistido
        perfil = gr.Radio(PERFILES, value="ciudadania", label="¿Quién pregunta?", elem_id="perfil")
        with gr.Row():
            botones = [gr.Button(p, size="sm", elem_classes="inicial") for p in PREGUNTAS_INICIALES["ciudadania"]]
        chat = gr.Chatbot(label="Conversación", height=480, elem_id="chat", feedback_options=("Like", "Dislike"),
                          placeholder="Elija un perfil y escriba su pregunta, o use una de las preguntas sugeridas.")
        with gr.Row():
            caja = gr.Textbox(placeholder="Escriba su pregunta…", show_label=False, scale=5, elem_id="pregunta", max_lines=4)
            enviar = gr.Button("Enviar", variant="primary", scale=1, elem_id="enviar")
        nueva = gr.Button("Nueva conversación", size="sm", elem_id="nueva")
        aviso = gr.Markdown(elem_id="aviso")

        def responder(pregunta, historia, perfil_valor, conversacion_id, ids):
            """Generador: el texto aparece a medida que se produce; al final, la respuesta verificada con citas."""
            historia = list(historia or [])
            try:
                flujo = servicio.preguntar_stream(pregunta, conversacion_id, perfil_valor)
                parcial = ""
                for parte in flujo:
                    if isinstance(parte, str):
                        parcial += parte
                        yield historia + [{"role": "user", "content": pregunta},
                                          {"role": "assistant", "content": html.escape(parcial)}], conversacion_id, ids, "", ""
                        continue
                    r = parte.respuesta
                    historia += [{"role": "user", "content": pregunta},
                                 {"role": "assistant", "content": formatear({"respuesta": r.respuesta, "citas": [c.a_dict() for c in r.citas]})}]
                    ids = {**ids, len(historia) - 1: parte.mensaje_id}
                    yield historia, parte.conversacion_id, ids, "", ""
            except ErrorDeUsuario as error:
                yield historia, conversacion_id, ids, pregunta, f"⚠️ {error.mensaje}"

        entradas = [caja, chat, perfil, conversacion, mensajes_ids]
        salidas = [chat, conversacion, mensajes_ids, caja, aviso]
        enviar.click(responder, entradas, salidas)
        caja.submit(responder, entradas, salidas)
        for boton in botones:
            boton.click(lambda texto: texto, boton, caja).then(responder, entradas, salidas)

        def cambiar_perfil(valor):
            return [gr.update(value=p) for p in PREGUNTAS_INICIALES[valor]]

        perfil.change(cambiar_perfil, perfil, botones)

        def valorar(datos: gr.LikeData, ids):
            mensaje_id = ids.get(datos.index[0] if isinstance(datos.index, (list, tuple)) else datos.index)
            if mensaje_id is None:
                return "No se encontró el mensaje a valorar."
            servicio.retroalimentar(mensaje_id, bool(datos.liked))
            return "Gracias: su valoración quedó registrada."

        chat.like(valorar, mensajes_ids, aviso)
        nueva.click(lambda: ([], None, {}, "", ""), None, [chat, conversacion, mensajes_ids, caja, aviso])
    from interfaz.chat_plazos import con_pestana_plazos  # pestaña "Plazos" (issue 11)

    return con_pestana_plazos(demo)
