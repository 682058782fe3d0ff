"""Generación de PDF de prueba (fpdf2) y de PDF dañados o cifrados (pypdf)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF


def pdf_guia(ruta: Path, paginas: list[list[str] | None], titulo: str | None = "Guía de prueba") -> Path:
    """Un PDF con encabezado y pie repetidos en cada página, como las guías del DNP. Una página `None` sólo
    tiene un dibujo (como un escaneo sin OCR), con el encabezado y el pie, que no son texto del documento."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    if titulo:
        pdf.set_title(titulo)
    total = len(paginas)
    for n, lineas in enumerate(paginas, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, "Departamento Nacional de Planeación - Guía de prueba")
        pdf.set_font("Helvetica", size=11)
        if lineas is None:
            pdf.rect(20, 30, 150, 200, style="F")
        y = 20
        for linea in lineas or []:
            pdf.set_xy(10, y)
            pdf.cell(0, 6, linea)
            y += 7
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(10, 280)
        pdf.cell(0, 5, f"Página {n} de {total}")
    pdf.output(str(ruta))
    return ruta


def pdf_cifrado(origen: Path, destino: Path, clave: str = "secreta") -> Path:
    from pypdf import PdfReader, PdfWriter

    escritor = PdfWriter(clone_from=PdfReader(origen))
    escritor.encrypt(user_password=clave, owner_password=clave + "-propietario")
    with destino.open("wb") as f:
        escritor.write(f)
    return destino


def pdf_danado(destino: Path) -> Path:
    destino.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage\x00\xff" * 3)
    return destino


def pdf_sin_texto(destino: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50)
    pdf.output(str(destino))
    return destino


def pdf_con_pagina_escaneada(ruta: Path, paginas: list[list[str] | None]) -> Path:
    """Como `pdf_guia`, con alguna página `None` (sólo un dibujo, como un escaneo sin OCR)."""
    return pdf_guia(ruta, paginas, titulo="Guía con escaneo")

