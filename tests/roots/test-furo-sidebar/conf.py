extensions = ["furo_sidebar"]
html_theme = "furo"
