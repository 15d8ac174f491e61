"""Photo screens shared by the visit and the review: the viewer, the annotation tool, the camera."""
