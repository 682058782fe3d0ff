#!/usr/bin/env python3
"""Verifica el conjunto de preguntas de usuarios.
Uso: python verificar.py [archivo.jsonl ...]  (por defecto usuarios_ajuste.jsonl + usuarios_prueba.jsonl,
o usuarios_todas.jsonl si existe y no hay splits)."""
import json, re, sys, unicodedata, collections, os
from pathlib import Path

CORPUS = Path('/work/shared/corpus')
FILES = {p.name: p for p in list((CORPUS/'normas').glob('*.md')) + list((CORPUS/'guias').iterdir())}
HERE = Path(__file__).parent
_cache = {}

def norm(s):
    s = s.lower().replace('*', '').replace('#', '')
    return re.sub(r'\s+', ' ', s).strip()

def fold(s):
    s = unicodedata.normalize('NFKD', norm(s))
    return ''.join(c for c in s if not unicodedata.combining(c))

def variantes(fo):
    """Formas equivalentes del texto fuente: 'quince (15) días' -> '15 días' y 'quince días';
    comillas tipográficas quitadas. Permite hechos en cifras o en letras."""
    a = re.sub(r'[a-zñ]+ \((\d+)\)', r'\1', fo)      # palabra (N) -> N
    b = re.sub(r' \(\d+%?\)', '', fo)                  # quita (N)
    c = re.sub(r'[“”"]', '', fo)
    return ' '.join([a, b, c])

def text_of(name):
    if name not in _cache:
        p = FILES[name]
        if p.suffix == '.pdf':
            from pypdf import PdfReader
            t = '\n'.join(pg.extract_text() for pg in PdfReader(str(p)).pages)
            lines = t.split('\n')
        else:
            t = p.read_text(encoding='utf-8')
            lines = None
        _cache[name] = (t, norm(t), fold(t), lines)
    return _cache[name]

def main(paths):
    rows = []
    for path in paths:
        for ln, line in enumerate(open(path, encoding='utf-8'), 1):
            if line.strip():
                rows.append((path, ln, json.loads(line)))
    errors, warns = [], []
    keys = ['id', 'perfil', 'historial', 'pregunta', 'responde', 'fuentes', 'hechos', 'tipo', 'conversacion']
    ids = collections.Counter(r['id'] for _, _, r in rows)
    for i, c in ids.items():
        if c > 1: errors.append(f'id repetido {i}')
    cnt_tipo, cnt_perfil, cnt_arch = collections.Counter(), collections.Counter(), collections.Counter()
    convs = collections.defaultdict(list)
    for path, ln, r in rows:
        rid = r.get('id')
        if list(r.keys()) != keys: errors.append(f'{rid}: campos {list(r.keys())}')
        if r['perfil'] not in ('candidato', 'funcionario', 'ctp', 'ciudadania'): errors.append(f'{rid}: perfil')
        if r['tipo'] not in ('amplia', 'puntual', 'seguimiento', 'fuera'): errors.append(f'{rid}: tipo')
        cnt_tipo[r['tipo']] += 1; cnt_perfil[r['perfil']] += 1
        if r['conversacion']: convs[r['conversacion']].append(r)
        if r['tipo'] == 'seguimiento' and not r['historial']: errors.append(f'{rid}: seguimiento sin historial')
        if r['tipo'] != 'seguimiento' and r['historial']: errors.append(f'{rid}: historial sin ser seguimiento')
        if not r['responde']:
            if r['fuentes'] or r['hechos']: errors.append(f'{rid}: fuera con fuentes/hechos')
            continue
        if not (1 <= len(r['fuentes']) <= 2): errors.append(f'{rid}: {len(r["fuentes"])} fuentes')
        if not r['hechos']: errors.append(f'{rid}: sin hechos')
        region, whole = '', ''
        for f in r['fuentes']:
            a = f['archivo']
            if a not in FILES: errors.append(f'{rid}: archivo {a} no existe'); continue
            cnt_arch[a] += 1
            raw, n, fo, lines = text_of(a)
            ag = norm(f['aguja'])
            nw = len(ag.split())
            if not (4 <= nw <= 12): warns.append(f'{rid}: aguja de {nw} palabras: {f["aguja"]!r}')
            pos = n.find(ag)
            if pos < 0: errors.append(f'{rid}: aguja no encontrada en {a}: {f["aguja"]!r}'); continue
            if lines is not None and not any(ag in norm(l) for l in lines):
                errors.append(f'{rid}: aguja del PDF cruza salto de línea: {f["aguja"]!r}')
            fpos = fo.find(fold(f['aguja']))
            region += ' ' + fo[max(0, fpos - 1500): fpos + 1500]
            whole += ' ' + fo + ' ' + variantes(fo)
        for g in r['hechos']:
            if not g: errors.append(f'{rid}: grupo vacío'); continue
            for alt in g:
                if fold(alt) not in whole: errors.append(f'{rid}: hecho {alt!r} no está en el archivo fuente')
            if not any(fold(alt) in region for alt in g):
                warns.append(f'{rid}: ningún hecho de {g} en la región de la aguja')
    # conversaciones
    for cid, turns in convs.items():
        turns.sort(key=lambda r: len(r['historial']))
        for k, t in enumerate(turns):
            exp = [x['pregunta'] for x in turns[:k]]
            if t['historial'] != exp: errors.append(f'{t["id"]}: historial no coincide con conversación {cid}')
            if k > 0 and t['tipo'] != 'seguimiento': errors.append(f'{t["id"]}: turno {k+1} no es seguimiento')
    for path, ln, r in rows:
        if r['tipo'] == 'seguimiento' and not r['conversacion']: errors.append(f'{r["id"]}: seguimiento sin conversación')
    n3 = sum(1 for t in convs.values() if len(t) >= 3)
    total = len(rows)
    print('Total', total)
    print('Por tipo:', dict(cnt_tipo))
    ap = cnt_tipo['amplia'] + cnt_tipo['puntual']
    if ap: print(f'  amplia / (amplia+puntual): {cnt_tipo["amplia"]/ap:.0%}   amplia / total: {cnt_tipo["amplia"]/total:.0%}')
    print('Por perfil:', dict(cnt_perfil))
    print('Por archivo:'); [print(f'  {k}: {v}') for k, v in sorted(cnt_arch.items())]
    print('Conversaciones:', len(convs), 'con 3+ turnos:', n3)
    print('Fuera de alcance (responde=false):', sum(1 for *_, r in rows if not r['responde']))
    for w in warns: print('AVISO', w)
    for e in errors: print('ERROR', e)
    print('Errores:', len(errors), 'Avisos:', len(warns))
    return 1 if errors else 0

if __name__ == '__main__':
    args = sys.argv[1:]
    if not args:
        splits = [HERE/'usuarios_ajuste.jsonl', HERE/'usuarios_prueba.jsonl']
        args = [str(p) for p in splits if p.exists()] or [str(HERE/'usuarios_todas.jsonl')]
    sys.exit(main(args))
