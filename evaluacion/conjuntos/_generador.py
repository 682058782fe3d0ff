"""Lo común a los generadores de conjuntos de usuarios (generar_*.py): se acumulan preguntas sueltas (`q`),
conversaciones (`conv`, cada turno con el historial de los anteriores) y casi-aciertos (`fuera`), y `escribir`
numera y guarda el JSONL con el formato de evaluacion/README.md."""
import json
from pathlib import Path

L: list[dict] = []
CLAVES = ['id', 'perfil', 'historial', 'pregunta', 'responde', 'fuentes', 'hechos', 'tipo', 'conversacion']


def q(perfil, pregunta, fuentes, hechos, tipo, conv=None, hist=None):
    L.append(dict(perfil=perfil, historial=hist or [], pregunta=pregunta, responde=True,
                  fuentes=[dict(archivo=a, aguja=g) for a, g in fuentes], hechos=hechos,
                  tipo=tipo, conversacion=conv))


def conv(cid, turns):
    hist = []
    for i, (perfil, pregunta, fuentes, hechos, tipo) in enumerate(turns):
        q(perfil, pregunta, fuentes, hechos, tipo if i == 0 else 'seguimiento', cid, list(hist))
        hist.append(pregunta)


def fuera(perfil, pregunta):
    L.append(dict(perfil=perfil, historial=[], pregunta=pregunta, responde=False, fuentes=[], hechos=[],
                  tipo='fuera', conversacion=None))


def escribir(nombre: str, prefijo: str) -> None:
    for i, d in enumerate(L, 1):
        d['id'] = '%s%03d' % (prefijo, i)
    with open(Path(__file__).with_name(nombre), 'w', encoding='utf-8') as f:
        for d in L:
            f.write(json.dumps({k: d[k] for k in CLAVES}, ensure_ascii=False) + '\n')
    print(len(L), sum(1 for d in L if not d['responde']))
