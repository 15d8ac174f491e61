"""Reading audit forms from files."""

from .form_yaml import FormError, FormProblem, load_form, parse_form

__all__ = ["FormError", "FormProblem", "load_form", "parse_form"]
