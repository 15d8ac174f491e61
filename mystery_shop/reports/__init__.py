"""PDF reports (ReportLab): the visit and period reports, charts, signing and verification (pyHanko)."""
