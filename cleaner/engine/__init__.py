"""The engine: text cut into blocks, where the article is, rules matched, the guard deciding."""
