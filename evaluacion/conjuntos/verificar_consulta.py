# -*- coding: utf-8 -*-
"""Verifica el conjunto LOOKUP (consulta_*.jsonl):
- cada aguja aparece en su archivo tras normalizar (minúsculas, espacios colapsados, sin * ni #);
  para el PDF, dentro de UNA línea del texto extraído con pypdf;
- cada grupo de hechos tiene al menos una alternativa presente (sin tildes) en los archivos fuente;
- reglas de formato (1-2 fuentes, aguja de 4-12 palabras, 1-2 grupos de hechos, alternativas de 1-5 palabras,
  'fuera' sin fuentes ni hechos, 'seguimiento' con 1-2 turnos de historial, ids únicos);
- imprime recuentos por archivo / perfil / tipo.
Uso: python verificar_consulta.py [archivos.jsonl ...]  (por defecto consulta_ajuste y consulta_prueba)"""
import json, os, re, sys, subprocess, unicodedata
from collections import Counter

CORPUS = "/work/shared/corpus"
AQUI = os.path.dirname(os.path.abspath(__file__))
PY_PDF = "/work/main/.venv/bin/python"

def norm(t):
    t = t.lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", t).strip()

def sin_tildes(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c))

def texto_pdf(ruta):
    cod = ("import sys\nfrom pypdf import PdfReader\nr=PdfReader(sys.argv[1])\n"
           "[print('=== page', i+1, '\\n', p.extract_text()) for i,p in enumerate(r.pages)]")
    try:
        from pypdf import PdfReader  # noqa
        r = PdfReader(ruta)
        return "\n".join(f"=== page {i+1} \n {p.extract_text()}" for i, p in enumerate(r.pages))
    except ImportError:
        return subprocess.run([PY_PDF, "-c", cod, ruta], capture_output=True, text=True, check=True).stdout

_cache = {}
def fuente(nombre):
    if nombre not in _cache:
        for sub in ("normas", "guias"):
            ruta = os.path.join(CORPUS, sub, nombre)
            if os.path.exists(ruta):
                break
        else:
            raise FileNotFoundError(nombre)
        if ruta.endswith(".pdf"):
            crudo = texto_pdf(ruta)
            lineas = [norm(l) for l in crudo.splitlines()]
            _cache[nombre] = (norm(crudo), lineas)
        else:
            crudo = open(ruta, encoding="utf-8").read()
            _cache[nombre] = (norm(crudo), None)
    return _cache[nombre]

def main(rutas):
    errores, filas = [], []
    for r in rutas:
        with open(r, encoding="utf-8") as fh:
            for n, l in enumerate(fh, 1):
                if l.strip():
                    filas.append((os.path.basename(r), n, json.loads(l)))
    ids = Counter(f["id"] for _, _, f in filas)
    for i, c in ids.items():
        if c > 1:
            errores.append(f"id repetido {i}")
    for arch, n, f in filas:
        tag = f"{arch}:{n} {f.get('id')}"
        for k in ("id", "perfil", "historial", "pregunta", "responde", "fuentes", "hechos", "tipo"):
            if k not in f:
                errores.append(f"{tag}: falta campo {k}")
        if f["perfil"] not in ("candidato", "funcionario", "ctp", "ciudadania"):
            errores.append(f"{tag}: perfil inválido {f['perfil']}")
        if f["tipo"] not in ("puntual", "seguimiento", "fuera", "vigencia"):
            errores.append(f"{tag}: tipo inválido {f['tipo']}")
        if f["tipo"] == "fuera":
            if f["responde"] or f["fuentes"] or f["hechos"]:
                errores.append(f"{tag}: 'fuera' debe tener responde false, fuentes [] y hechos []")
            continue
        if not f["responde"]:
            errores.append(f"{tag}: responde false en tipo {f['tipo']}")
        if f["tipo"] == "seguimiento" and not (1 <= len(f["historial"]) <= 2):
            errores.append(f"{tag}: seguimiento requiere 1-2 turnos de historial")
        if f["tipo"] != "seguimiento" and f["historial"]:
            errores.append(f"{tag}: historial no vacío fuera de 'seguimiento'")
        if not (1 <= len(f["fuentes"]) <= 2):
            errores.append(f"{tag}: debe haber 1-2 fuentes")
        textos = []
        for fu in f["fuentes"]:
            try:
                completo, lineas = fuente(fu["archivo"])
            except FileNotFoundError:
                errores.append(f"{tag}: archivo inexistente {fu['archivo']}"); continue
            textos.append(completo)
            ag = norm(fu["aguja"])
            nw = len(ag.split())
            if not (4 <= nw <= 12):
                errores.append(f"{tag}: aguja de {nw} palabras: {fu['aguja']!r}")
            if lineas is not None:
                if not any(ag in ln for ln in lineas):
                    errores.append(f"{tag}: aguja no está en una sola línea del PDF: {fu['aguja']!r}")
            elif ag not in completo:
                errores.append(f"{tag}: aguja no encontrada en {fu['archivo']}: {fu['aguja']!r}")
        base = sin_tildes(" ".join(textos))
        if not (1 <= len(f["hechos"]) <= 2):
            errores.append(f"{tag}: debe haber 1-2 grupos de hechos")
        for g in f["hechos"]:
            for alt in g:
                if not (1 <= len(alt.split()) <= 5):
                    errores.append(f"{tag}: alternativa de hecho fuera de 1-5 palabras: {alt!r}")
            if not any(sin_tildes(norm(a)) in base for a in g):
                errores.append(f"{tag}: ningún hecho del grupo {g} aparece en la fuente")
    print(f"entradas: {len(filas)}")
    for campo in ("archivo", "perfil", "tipo"):
        c = Counter()
        for _, _, f in filas:
            if campo == "archivo":
                arch = {fu["archivo"] for fu in f["fuentes"]} or {"(fuera de alcance)"}
                c.update(arch)
            else:
                c[f[campo]] += 1
        print(f"\n== por {campo}")
        for k, v in sorted(c.items()):
            print(f"  {k:50s} {v}")
    por_arch = Counter(arch for arch, _, _ in filas)
    print("\n== por fichero:", dict(por_arch))
    if errores:
        print(f"\n{len(errores)} ERRORES:")
        for e in errores:
            print("  " + e)
        return 1
    print("\nOK: todas las agujas y hechos verificados")
    return 0

if __name__ == "__main__":
    rutas = sys.argv[1:] or [os.path.join(AQUI, "consulta_ajuste.jsonl"), os.path.join(AQUI, "consulta_prueba.jsonl")]
    sys.exit(main(rutas))
