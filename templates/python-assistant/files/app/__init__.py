"""{{title}}: a secure LLM assistant built from Micro App Guard's Python template."""
