"""``python -m foidesk`` runs the command-line interface."""

from foidesk.cli.app import main

main()
