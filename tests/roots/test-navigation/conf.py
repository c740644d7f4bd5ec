extensions = ["framework_comparison"]
html_theme = "furo"
