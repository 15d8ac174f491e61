"""Photos (Pillow): import, orientation, EXIF capture time and GPS, thumbnails, report-size copies."""
