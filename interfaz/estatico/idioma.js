/* Gradio elige el idioma de sus textos con navigator.language al arrancar y no permite fijarlo:
   este archivo se carga antes que Gradio (lo inserta interfaz.paginas.IdiomaEspanol) y declara español. */
(function () {
  try {
    Object.defineProperty(Navigator.prototype, "language", { get: function () { return "es"; }, configurable: true });
    Object.defineProperty(Navigator.prototype, "languages", { get: function () { return ["es"]; }, configurable: true });
  } catch (e) { /* un navegador que no lo permita ve Gradio en su idioma; el resto de la página sigue en español */ }
})();
