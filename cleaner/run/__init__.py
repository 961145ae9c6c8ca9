"""Running cleaner: the process pool, Dask, the Scrapy pipeline and the command line."""
