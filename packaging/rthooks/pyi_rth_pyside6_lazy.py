"""Run-time hook used instead of PyInstaller's ``pyi_rth_pyside6`` (see mystery-shop.spec).

PyInstaller's hook imports ``PySide6.QtCore`` at every start, to register an
embedded ``qt.conf`` that points Qt at the bundle. Loading Qt's core library
costs about 150 ms, which the command-line uses of the app (``--version``,
``validate``, ``score``…) never need. This hook sets the same environment, then
registers the same ``qt.conf`` right after the app's first import of
``PySide6.QtCore``: before any QApplication exists, which is all Qt asks.
"""


def _pyi_rthook() -> None:
    import importlib.abc
    import importlib.util
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable

    meipass = sys._MEIPASS  # type: ignore[attr-defined]
    if sys.platform.startswith("win"):
        qt_path = os.path.join(meipass, "PySide6")
    else:
        qt_path = os.path.join(meipass, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    # As PyInstaller's hook: QtNetwork finds the bundled OpenSSL.
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(meipass, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(meipass, "DYLD_LIBRARY_PATH")

    class _ThenRegisterQtConf(importlib.abc.Loader):
        def __init__(self, inner: importlib.abc.Loader) -> None:
            self.inner = inner

        def create_module(self, spec):  # type: ignore[no-untyped-def]
            return self.inner.create_module(spec)

        def exec_module(self, module) -> None:  # type: ignore[no-untyped-def]
            self.inner.exec_module(module)
            from _pyi_rth_utils import qt as qt_rth_utils

            qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

    class _OnQtCoreImport(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)  # once; the other finders locate the real module
            spec = importlib.util.find_spec(name)
            if spec is not None and spec.loader is not None:
                spec.loader = _ThenRegisterQtConf(spec.loader)
            return spec

    sys.meta_path.insert(0, _OnQtCoreImport())


_pyi_rthook()
del _pyi_rthook
