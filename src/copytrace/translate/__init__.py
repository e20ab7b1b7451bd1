"""Machine translation of quotes, through a pluggable translator; nothing is sent unless a URL is set."""
