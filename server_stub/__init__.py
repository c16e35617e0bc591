"""A framework-free implementation of the PASOSS service API (DESIGN.md section 5)."""
