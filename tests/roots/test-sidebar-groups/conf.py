extensions = ["sphinx_design", "framework_comparison", "furo_sidebar"]
html_theme = "furo"
nitpicky = True
framework_today = "2026-11-26"
framework_pages_folder = "frameworks"
project = "Sidebar groups"
copyright = "2026, the test"
version = release = "1"
