"""Photos (Pillow): import, orientation, EXIF capture time and GPS, thumbnails, report-size copies.

The API the app and the CLI call; everything here is plain functions and frozen dataclasses, no Qt.
"""

from .decode import MAX_PIXELS, SUPPORTED
from .derived import REPORT, REPORT_SIZE, THUMB, THUMB_SIZE, copy_path, report_copy, thumbnail
from .errors import PhotoRefused
from .files import IMAGE_SUFFIXES, expand_paths
from .pipeline import ImportedPhoto, ImportResult, Status, import_photo, import_photos, iter_import

__all__ = [
    "IMAGE_SUFFIXES",
    "MAX_PIXELS",
    "REPORT",
    "REPORT_SIZE",
    "SUPPORTED",
    "THUMB",
    "THUMB_SIZE",
    "ImportResult",
    "ImportedPhoto",
    "PhotoRefused",
    "Status",
    "copy_path",
    "expand_paths",
    "import_photo",
    "import_photos",
    "iter_import",
    "report_copy",
    "thumbnail",
]
