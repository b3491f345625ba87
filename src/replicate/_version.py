__title__ = "replicate"
__version__ = "2.0.0"
