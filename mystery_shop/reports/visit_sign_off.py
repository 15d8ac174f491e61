"""The visit report's sign-off: the auditor's declaration and drawn signature, the review steps and
the supervisor's remarks, and the space for the firm's digital signature.
"""

from __future__ import annotations

import logging

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from .blocks import data_table, signature_block, table_style
from .data import Step
from .images import PictureFlowable, fit, png_picture
from .language import rt
from .theme import MUTED, esc, moment, short_moment
from .visit_context import VisitContext

log = logging.getLogger(__name__)


def sign_off(ctx: VisitContext) -> list[Flowable]:
    d, s, w = ctx.d, ctx.s, ctx.width
    block: list[Flowable] = [Paragraph(rt("Declaration and approval"), s.h1)]
    sig = d.signature
    if sig is not None:
        block.append(Paragraph(rt("AUDITOR’S DECLARATION"), s.label))
        block.append(Spacer(1, 3))
        block.append(Paragraph(esc(sig.attestation), s.italic))
        block.append(Spacer(1, 6))
        drawn: Flowable = Spacer(1, 40)
        if sig.png:
            try:
                pic = png_picture(sig.png)
                pw, ph = fit(pic.width, pic.height, 190, 58)
                drawn = PictureFlowable(pic, pw, ph)
                ctx.images += 1
            except (OSError, ValueError) as e:
                log.warning("the drawn signature could not be read: %s", e)
        signed = Table(
            [
                [drawn],
                [
                    Paragraph(
                        f"<b>{esc(sig.signed_by)}</b> · " + rt("signed {when}").format(when=moment(sig.signed_at)),
                        s.small_ink,
                    )
                ],
            ],
            colWidths=[260],
        )
        signed.setStyle(
            table_style(
                [
                    ("LINEBELOW", (0, 0), (0, 0), 0.7, MUTED),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (0, 0), 2),
                    ("TOPPADDING", (0, 1), (0, 1), 4),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ]
            )
        )
        signed.hAlign = "LEFT"
        block.append(signed)
    else:
        block.append(Paragraph(rt("The auditor has not signed this visit."), s.note))
    block += [Spacer(1, 14), Paragraph(rt("REVIEW"), s.label), Spacer(1, 3)]
    if d.steps:
        rows = [
            [
                Paragraph(f"<b>{esc(st.label)}</b>", s.cell),
                Paragraph(esc(st.who) or "—", s.cell),
                Paragraph(_when(st), s.cell),
            ]
            for st in d.steps
        ]
        t = data_table(
            [[Paragraph(h, s.head) for h in (rt("Step"), rt("By"), rt("When"))], *rows], [90, 170, w - 260], padding=3.5
        )
        block.append(t)
    else:
        block.append(Paragraph(rt("Not reviewed yet."), s.note))
    for r in d.visit_remarks:
        who = esc(r.author) + (f", {short_moment(r.at)}" if r.at else "")
        block.append(Spacer(1, 4))
        block.append(Paragraph(f"<b>{rt('Supervisor’s comment')}</b> ({who}): {esc(r.text)}", s.comment))
    block.append(Spacer(1, 16))
    block += signature_block(
        d.info,
        s,
        ctx.recorder,
        rt(
            "Any change to this file after signing breaks the signature; "
            "a PDF reader shows who signed and whether the file is intact."
        ),
    )
    return [KeepTogether(block)]


def _when(st: Step) -> str:
    """When a step happened on its device; the server's time of receipt under it where it differs (offline)."""
    if st.received is None:
        return moment(st.at)
    return f"{moment(st.at)}<br/>" + esc(rt("received by the server {when}").format(when=moment(st.received)))
