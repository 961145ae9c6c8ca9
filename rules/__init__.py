"""Built-in rule modules: one per noise family (``families/``) and one per site (``sites/``)."""
