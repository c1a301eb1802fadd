"""The desktop app (PySide6): the only package that imports Qt.

Entry point: `simulator.gui.app.run_app()`; screenshots: `python -m simulator.gui.shots OUTDIR`.
"""
