"""Route handlers, one module per API resource."""
