"""Rule modules for one site each, chosen by URL domain or by a fingerprint of the text."""
