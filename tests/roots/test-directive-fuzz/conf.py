extensions = ["framework_comparison"]
framework_today = "2026-11-26"
suppress_warnings = ["ref.term"]
