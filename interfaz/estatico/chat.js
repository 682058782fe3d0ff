/* Comportamiento del chat que Gradio no trae: abrir la fuente en un diálogo, copiar texto limpio
   y mostrar cada respuesta nueva desde su primera línea (no desde el final). Sin dependencias. */
(function () {
  "use strict";

  function el(etiqueta, clase, texto) {
    var n = document.createElement(etiqueta);
    if (clase) n.className = clase;
    if (texto) n.textContent = texto;  // siempre texto: nada del corpus se interpreta como HTML
    return n;
  }

  var dialogo = null, volverA = null;

  function crearDialogo() {
    dialogo = el("dialog", "dialogo-fuente");
    dialogo.id = "dialogo-fuente";
    dialogo.setAttribute("aria-labelledby", "dialogo-fuente-titulo");
    dialogo.addEventListener("close", function () { if (volverA) volverA.focus(); });
    dialogo.addEventListener("click", function (e) { if (e.target === dialogo) dialogo.close(); });
    document.body.appendChild(dialogo);
  }

  function paginas(p) {
    if (!p || !p.length) return "";
    return p.length === 1 ? "pág. " + p[0] : "págs. " + p[0] + "–" + p[p.length - 1];
  }

  function pintar(v, compartir) {
    var a = v.articulo;
    dialogo.replaceChildren();
    var barra = el("div", "dialogo-barra");
    var cerrar = el("button", "dialogo-cerrar", "Cerrar");
    cerrar.type = "button";
    cerrar.addEventListener("click", function () { dialogo.close(); });
    barra.appendChild(el("p", "dialogo-documento", v.documento));
    barra.appendChild(cerrar);
    dialogo.appendChild(barra);
    var titulo = el("h2", "dialogo-titulo", a.seccion);
    titulo.id = "dialogo-fuente-titulo";
    dialogo.appendChild(titulo);
    var lugar = [a.contexto, paginas(a.paginas)].filter(Boolean).join(" · ");
    if (lugar) dialogo.appendChild(el("p", "dialogo-lugar", lugar));
    if (a.vigencia) dialogo.appendChild(el("p", "vigencia", a.vigencia));
    var cuerpo = el("div", "articulo");
    var marca = null;
    a.bloques.forEach(function (b) {
      var p = el("p", b.citado ? "bloque citado" : "bloque");
      if (b.pagina && a.paginas.length > 1) p.appendChild(el("span", "pagina", "pág. " + b.pagina + " "));
      b.partes.forEach(function (parte) {  // `mostrar`: las listas como en el texto oficial (interfaz/fuentes.py)
        var t = parte.mostrar || parte.texto;
        if (parte.resaltado) { marca = el("mark", "", t); p.appendChild(marca); }
        else p.appendChild(document.createTextNode(t));
      });
      cuerpo.appendChild(p);
    });
    dialogo.appendChild(cuerpo);
    var acciones = el("p", "dialogo-acciones");
    if (v.enlace && /^https?:\/\//.test(v.enlace)) {
      var oficial = el("a", "oficial", "Ver el texto oficial");
      oficial.href = v.enlace; oficial.target = "_blank"; oficial.rel = "noopener noreferrer";
      oficial.appendChild(el("span", "visualmente-oculto", " (se abre en otra pestaña)"));
      acciones.appendChild(oficial);
    }
    var enlace = el("a", "compartir", "Enlace para compartir");
    enlace.href = compartir; enlace.target = "_blank"; enlace.rel = "noopener";
    acciones.appendChild(enlace);
    dialogo.appendChild(acciones);
    return marca;
  }

  function abrirFuente(tarjeta) {
    if (!dialogo) crearDialogo();
    volverA = tarjeta;
    var url = new URL(tarjeta.getAttribute("href"), location.href);
    var id = url.pathname.split("/").pop();
    var api = "/api/fragmentos/" + encodeURIComponent(decodeURIComponent(id)) + url.search;
    fetch(api, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (d) { return { ok: r.ok, d: d }; }); })
      .then(function (res) {
        if (!res.ok) { dialogo.replaceChildren(el("p", "", res.d.error || "No se pudo abrir la fuente.")); }
        var marca = res.ok ? pintar(res.d, url.pathname + url.search) : null;
        if (!dialogo.open) dialogo.showModal();
        dialogo.querySelector(".dialogo-cerrar, button, a")?.focus();
        if (marca) marca.scrollIntoView({ block: "center" });
      })
      .catch(function () { location.href = url.href; });  // sin API: la página para compartir
  }

  function avisar(texto) {
    var aviso = document.querySelector("#aviso .aviso");
    if (aviso) aviso.textContent = texto;
  }

  document.addEventListener("click", function (e) {
    var tarjeta = e.target.closest && e.target.closest("a.fuente-tarjeta");
    if (tarjeta && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault(); e.stopPropagation();
      abrirFuente(tarjeta);
      return;
    }
    var copiar = e.target.closest && e.target.closest("button.copiar-respuesta");
    if (copiar) {
      e.preventDefault();
      var texto = copiar.getAttribute("data-texto") || "";
      var hecho = function () {
        copiar.textContent = "Copiado ✓";
        avisar("Respuesta y fuentes copiadas.");
        setTimeout(function () { copiar.textContent = "Copiar respuesta y fuentes"; }, 2000);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(texto).then(hecho, function () { avisar("No se pudo copiar."); });
    }
  }, true);

  /* Cada respuesta nueva se muestra desde arriba: se desplaza el panel del chat (no la página)
     hasta la pregunta que la originó, una sola vez por mensaje, aunque el texto siga llegando. */
  var vistos = 0;
  function contenedor(chat) {
    var n = chat.querySelector(".bubble-wrap, [role='log']");
    while (n && n !== chat) {
      var s = getComputedStyle(n);
      if ((s.overflowY === "auto" || s.overflowY === "scroll") && n.scrollHeight > n.clientHeight) return n;
      n = n.parentElement;
    }
    return chat.querySelector(".bubble-wrap") || null;
  }
  function alNuevoMensaje() {
    var chat = document.getElementById("chat");
    if (!chat) return;
    var filas = chat.querySelectorAll(".message-row, .message-wrap > div[class*='message']");
    var usuarios = chat.querySelectorAll(".user-row, .message-row.user-row");
    if (usuarios.length === vistos) return;
    vistos = usuarios.length;
    if (!usuarios.length) return;
    var ultimo = usuarios[usuarios.length - 1];
    var caja = contenedor(chat);
    if (!caja) return;
    var arriba = ultimo.getBoundingClientRect().top - caja.getBoundingClientRect().top + caja.scrollTop - 4;
    caja.scrollTop = arriba;
  }
  /* Gradio pone a cada mensaje un aria-label fijo en inglés con el contenido crudo («bot's message: <div…»):
     se quita para que el lector de pantalla lea el texto mismo; el panel se rotula en español. */
  var TRADUCCION = { "More tabs": "Más pestañas", "Scroll down": "Ir al final", "Loading response": "Cargando respuesta",
    "Feedback": "Valoración", "chatbot conversation": "Conversación", "Example attachments": "Adjuntos de ejemplo" };
  /* Avisos emergentes de Gradio escritos en inglés dentro de su código (no pasan por i18n). */
  var AVISOS = {
    "Connection to the server was lost. Attempting reconnection...": "Se perdió la conexión con el servidor. Reintentando…",
    "Connection errored out.": "Falló la conexión con el servidor.",
    "Lost connection due to leaving page. Rejoining queue...": "Se perdió la conexión al salir de la página. Volviendo a la cola…",
    "An error occurred": "Ocurrió un error",
    "An unknown error occurred while making a prediction.": "Ocurrió un error inesperado al responder.",
    "This application is currently busy. Please try again.": "El asistente está ocupado. Intente de nuevo.",
    "There is a long queue of requests pending. Duplicate this Space to skip.": "Hay muchas preguntas en espera. Intente en un momento.",
    "Warning": "Aviso", "Info": "Información", "Success": "Listo", "Close": "Cerrar", "Dismiss": "Cerrar"
  };
  function traducirAvisos() {
    document.querySelectorAll(".toast-body, [class*='toast']").forEach(function (caja) {
      var recorrido = document.createTreeWalker(caja, NodeFilter.SHOW_TEXT);
      for (var n = recorrido.nextNode(); n; n = recorrido.nextNode()) {
        var t = n.nodeValue.trim();
        if (AVISOS[t]) n.nodeValue = n.nodeValue.replace(t, AVISOS[t]);
      }
      caja.querySelectorAll("[aria-label],[title]").forEach(function (b) {
        ["aria-label", "title"].forEach(function (a) { var v = b.getAttribute(a); if (v && AVISOS[v]) b.setAttribute(a, AVISOS[v]); });
      });
    });
  }
  function rotular(chat) {
    chat.querySelectorAll("[aria-label*=\"'s message: \"]").forEach(function (n) { n.removeAttribute("aria-label"); });
    document.querySelectorAll("[aria-label],[title]").forEach(function (n) {
      ["aria-label", "title"].forEach(function (a) {
        var v = n.getAttribute(a);
        if (v && TRADUCCION[v]) n.setAttribute(a, TRADUCCION[v]);
      });
    });
  }
  var observador = new MutationObserver(function () {
    var chat = document.getElementById("chat");
    if (chat) rotular(chat);
    traducirAvisos();
    requestAnimationFrame(alNuevoMensaje);
  });
  function vigilar() {
    var chat = document.getElementById("chat");
    if (!chat) { setTimeout(vigilar, 300); return; }
    rotular(chat);
    observador.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label", "title"], characterData: true });
  }
  // «¿Qué cubre?» se cierra como cualquier menú: tocando fuera o con Esc (abierto tapaba pestañas y perfil).
  function cerrarCubre(devolverFoco) {
    document.querySelectorAll("details.cubre[open]").forEach(function (d) {
      d.removeAttribute("open");
      if (devolverFoco) d.querySelector("summary").focus();
    });
  }
  document.addEventListener("click", function (e) {
    if (!(e.target.closest && e.target.closest("details.cubre"))) cerrarCubre(false);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.querySelector("details.cubre[open]")) cerrarCubre(true);
  });
  // «use la pestaña Plazos» en una respuesta lleva a la pestaña.
  document.addEventListener("click", function (e) {
    var enlace = e.target.closest && e.target.closest("a.ir-plazos");
    if (!enlace) return;
    e.preventDefault();
    var pestana = Array.prototype.find.call(document.querySelectorAll('[role="tab"]'), function (t) {
      return t.textContent.trim() === "Plazos";
    });
    if (pestana) { pestana.click(); window.scrollTo(0, 0); }
  });
  window.asistenteMostrarUltima = alNuevoMensaje;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", vigilar); else vigilar();
})();
