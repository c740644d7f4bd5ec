extensions = ["sphinx_design", "framework_comparison"]
nitpicky = True
framework_today = "2026-11-26"
framework_pages_folder = "frameworks"
project = "Lineage"
copyright = "2026, the test"
version = release = "1"
