"""The desk: a web app for disclosure units, over the precedent library's database.

Django project and app in one package. Settings are shared with the CLI
(:func:`foidesk.library.django_setup.shared_settings`); ``foidesk serve`` runs it.
"""
