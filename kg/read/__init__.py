"""Reading: files, folders, HTML, JSON Lines and gzip become `Document`s; articles not in English are refused."""
