# File generated from openapi.yaml by codegen. Do not edit.
